// Adding or editing a sentence: term, start, credit for pre-trial detention, the verdict it came
// from, and, for a later change (appeal, amnesty, pardon...), the sentence it supersedes. On a
// change the start and credit carry over from the earlier sentence when left empty. Choosing the
// verdict fills in its date and proposes the credit (useVerdictPrefill.ts), all still editable.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { SENTENCE_CHANGES, SENTENCE_TYPES, type SentenceChange, type SentenceInChain, type SentenceType } from '../../../../../db/api';
import { call } from '../../../api/client';
import { CheckboxField, SelectField, TextField } from '../../../components/Field';
import { draftKey } from '../../../forms/draftKey';
import { useDraft } from '../../../forms/useDraft';
import { useVocab, useVocabLabel } from '../../../i18n/vocab';
import { useDateFormat } from '../../../shared/dates';
import { FormDialog } from './FormDialog';
import { optionalPartialDate, orNull, requiredText, toCount, useFieldError, wholeNumber } from './formSupport';
import { useTermText } from './sentenceText';
import type { EpisodeRecords } from './useDetention';
import { useSaveForm } from './useSaveForm';
import { useVerdictPrefill } from './useVerdictPrefill';

const schema = z.object({
  type: requiredText,
  life: z.boolean(),
  years: wholeNumber,
  months: wholeNumber,
  days: wholeNumber,
  startDate: optionalPartialDate,
  creditDays: wholeNumber,
  handedDownOn: optionalPartialDate,
  courtEventId: z.string(),
  supersedesId: z.string(),
  change: z.string(),
});
type SentenceForm = z.infer<typeof schema>;

const count = (n: number | undefined) => (n ? String(n) : '');

export function SentenceDialog({ records, sentence, onClose, onSaved }: { records: EpisodeRecords; sentence: SentenceInChain | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const fieldError = useFieldError();
  const vocab = useVocabLabel();
  const dates = useDateFormat();
  const term = useTermText();
  const types = useVocab('sentenceType', SENTENCE_TYPES);
  const changes = useVocab('sentenceChange', SENTENCE_CHANGES);
  const verdicts = records.courtEvents.map((c) => ({ value: c.id, label: `${vocab('courtEventKind', c.kind)}, ${dates.partial(c.date)}` }));
  const earlier = records.sentences
    .filter((s) => s.supersededById === null && s.id !== sentence?.id)
    .map((s) => ({ value: s.id, label: `${term(s)}${s.handedDownOn ? `, ${dates.partial(s.handedDownOn)}` : ''}` }));
  const form = useForm<SentenceForm>({
    resolver: zodResolver(schema),
    defaultValues: {
      type: sentence?.type ?? 'imprisonment',
      life: sentence?.life ?? false,
      years: count(sentence?.years),
      months: count(sentence?.months),
      days: count(sentence?.days),
      startDate: sentence?.startDate ?? '',
      creditDays: count(sentence?.creditDays),
      handedDownOn: sentence?.handedDownOn ?? '',
      courtEventId: sentence?.courtEventId ?? '',
      supersedesId: sentence?.supersedesId ?? '',
      change: sentence?.change ?? '',
    },
  });
  const draft = useDraft(draftKey('sentence', sentence, records.episode.id), form);
  const isChange = form.watch('supersedesId') !== '';
  const proposal = useVerdictPrefill(form, records.courtEvents);
  const creditHint = proposal
    ? [
        proposal.counted === 0
          ? t('sentence.creditNothing')
          : proposal.maxDays > proposal.days
            ? t('sentence.creditProposedRange', { count: proposal.days, max: proposal.maxDays })
            : t('sentence.creditProposed', { count: proposal.days }),
        proposal.unknownArrest > 0 ? t('sentence.creditUnknownArrest', { count: proposal.unknownArrest }) : null,
      ]
        .filter((part) => part !== null)
        .join(' ')
    : t('sentence.creditHint');
  const save = useSaveForm(
    form,
    (v) => {
      const common = {
        type: v.type as SentenceType,
        life: v.life,
        years: toCount(v.years),
        months: toCount(v.months),
        days: toCount(v.days),
        handedDownOn: orNull(v.handedDownOn),
        courtEventId: orNull(v.courtEventId),
      };
      if (sentence) {
        return call('sentences.update', {
          id: sentence.id,
          ...common,
          startDate: orNull(v.startDate),
          creditDays: toCount(v.creditDays),
          ...(sentence.supersedesId && v.change ? { change: v.change as SentenceChange } : {}),
        });
      }
      const carried = v.supersedesId !== '';
      return call('sentences.create', {
        episodeId: records.episode.id,
        ...common,
        // Left out on a change, the backend carries start and credit over from the earlier sentence.
        ...(v.startDate.trim() || !carried ? { startDate: orNull(v.startDate) } : {}),
        ...(v.creditDays.trim() || !carried ? { creditDays: toCount(v.creditDays) } : {}),
        supersedesId: orNull(v.supersedesId),
        change: orNull(v.change) as SentenceChange | null,
      });
    },
    () => {
      onSaved();
      onClose();
    },
    {},
    draft,
  );
  const { errors } = form.formState;
  const number = { inputMode: 'numeric' as const, autoComplete: 'off' };
  return (
    <FormDialog open onOpenChange={(open) => !open && onClose()} title={sentence ? t('sentence.editTitle') : t('sentence.addTitle')} onSubmit={(e) => void save.submit(e)} error={save.error} busy={save.busy} draft={draft} wide>
      <div className="form-grid">
        <SelectField label={t('sentence.type')} options={types} required autoFocus error={fieldError(errors.type?.message)} {...form.register('type')} />
        <SelectField label={t('sentence.verdict')} options={verdicts} placeholder={t('sentence.noVerdict')} error={fieldError(errors.courtEventId?.message)} {...form.register('courtEventId')} />
        <TextField label={t('sentence.handedDownOn')} placeholder={t('datePlaceholder')} hint={t('partialDateHint')} error={fieldError(errors.handedDownOn?.message)} {...form.register('handedDownOn')} />
      </div>
      <fieldset className="subsection">
        <legend>{t('sentence.term')}</legend>
        <div className="term-grid">
          <TextField label={t('sentence.yearsLabel')} {...number} error={fieldError(errors.years?.message)} {...form.register('years')} />
          <TextField label={t('sentence.monthsLabel')} {...number} error={fieldError(errors.months?.message)} {...form.register('months')} />
          <TextField label={t('sentence.daysLabel')} {...number} error={fieldError(errors.days?.message)} {...form.register('days')} />
          <CheckboxField label={t('sentence.lifeLabel')} {...form.register('life')} />
        </div>
      </fieldset>
      <div className="form-grid">
        <TextField
          label={t('sentence.startDate')}
          placeholder={t('datePlaceholder')}
          hint={isChange && !sentence ? t('sentence.carriedOver') : t('partialDateHint')}
          error={fieldError(errors.startDate?.message)}
          {...form.register('startDate')}
        />
        <TextField label={t('sentence.creditDays')} {...number} hint={creditHint} error={fieldError(errors.creditDays?.message)} {...form.register('creditDays')} />
      </div>
      {!sentence ? (
        <div className="form-grid">
          <SelectField label={t('sentence.supersedesLabel')} options={earlier} placeholder={t('sentence.supersedesNone')} error={fieldError(errors.supersedesId?.message)} {...form.register('supersedesId')} />
          {isChange ? <SelectField label={t('sentence.change')} options={changes} placeholder={t('choose')} required error={fieldError(errors.change?.message)} {...form.register('change')} /> : null}
        </div>
      ) : sentence.supersedesId ? (
        <SelectField label={t('sentence.change')} options={changes} error={fieldError(errors.change?.message)} {...form.register('change')} />
      ) : null}
    </FormDialog>
  );
}
