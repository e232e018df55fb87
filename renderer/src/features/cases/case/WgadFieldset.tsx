// The WGAD petition's own fields inside the advocacy form: each step's date, the opinion and its
// categories; the deadlines that follow from them are worked out by Habeas and only shown.
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { WGAD_CATEGORIES, WGAD_OUTCOMES, type WgadPetition } from '../../../../../db/api';
import { SelectField, TextAreaField, TextField } from '../../../components/Field';
import { useVocab, useVocabLabel } from '../../../i18n/vocab';
import type { AdvocacyForm } from './advocacyForm';
import { useDateFormat } from '../../../shared/dates';
import { useFieldError } from './formSupport';

const STEP_DATES = ['submittedOn', 'transmittedOn', 'replyReceivedOn', 'sourceCommentsSentOn', 'opinionAdoptedOn'] as const;

export function WgadDeadlines({ petition }: { petition: WgadPetition | null }) {
  const { t } = useTranslation('case');
  const dates = useDateFormat();
  const due = (value: string | null) => (value ? dates.partial(value) : t('wgad.notYet'));
  return (
    <dl className="wgad-deadlines" aria-label={t('wgad.deadlines')}>
      <div>
        <dt>{t('wgad.replyDue')}</dt>
        <dd>{due(petition?.replyDue ?? null)}</dd>
      </div>
      <div>
        <dt>{t('wgad.sourceCommentsDue')}</dt>
        <dd>{due(petition?.sourceCommentsDue ?? null)}</dd>
      </div>
      <div>
        <dt>{t('wgad.followUpDue')}</dt>
        <dd>{due(petition?.followUpDue ?? null)}</dd>
      </div>
    </dl>
  );
}

export function WgadFieldset({ form, petition }: { form: UseFormReturn<AdvocacyForm>; petition: WgadPetition | null }) {
  const { t } = useTranslation('case');
  const vocab = useVocabLabel();
  const fieldError = useFieldError();
  const outcomes = useVocab('wgadOutcome', WGAD_OUTCOMES);
  const errors = form.formState.errors.wgad;
  const claimed = form.watch('wgad.categories');
  return (
    <fieldset className="subsection">
      <legend>{t('wgad.heading')}</legend>
      <div className="form-grid">
        {STEP_DATES.map((name) => (
          <TextField key={name} label={t(`wgad.${name}`)} placeholder={t('fullDatePlaceholder')} error={fieldError(errors?.[name]?.message)} {...form.register(`wgad.${name}`)} />
        ))}
        <TextField label={t('wgad.session')} error={fieldError(errors?.session?.message)} {...form.register('wgad.session')} />
        <TextField label={t('wgad.opinionNumber')} placeholder="Opinion No. 12/2023" error={fieldError(errors?.opinionNumber?.message)} {...form.register('wgad.opinionNumber')} />
        <SelectField label={t('wgad.outcome')} options={outcomes} error={fieldError(errors?.outcome?.message)} {...form.register('wgad.outcome')} />
      </div>
      <fieldset className="subsection">
        <legend>{t('wgad.categories')}</legend>
        <div className="checkbox-grid">
          {WGAD_CATEGORIES.map((c) => (
            <label key={c} className="checkbox-label">
              <input type="checkbox" value={c} {...form.register('wgad.categories')} />
              {vocab('wgadCategory', c)}
            </label>
          ))}
        </div>
        {WGAD_CATEGORIES.filter((c) => claimed.includes(c)).map((c) => (
          <TextAreaField key={c} label={t('wgad.categoryFacts', { category: c })} rows={2} {...form.register(`wgad.categoryFacts.${c}`)} />
        ))}
      </fieldset>
      <h4>{t('wgad.deadlines')}</h4>
      <p className="field-hint">{t('wgad.deadlinesHint')}</p>
      <WgadDeadlines petition={petition} />
    </fieldset>
  );
}
