// Adding or editing a court event: its date (as much as is known), kind, court and outcome.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { COURT_EVENT_KINDS, type CourtEvent, type CourtEventKind } from '../../../../../db/api';
import { call } from '../../../api/client';
import { SelectField, TextAreaField, TextField } from '../../../components/Field';
import { draftKey } from '../../../forms/draftKey';
import { useDraft } from '../../../forms/useDraft';
import { useVocab } from '../../../i18n/vocab';
import { FormDialog } from './FormDialog';
import { orNull, requiredPartialDate, requiredText, useFieldError } from './formSupport';
import { useSaveForm } from './useSaveForm';

const schema = z.object({ date: requiredPartialDate, kind: requiredText, court: z.string(), outcome: z.string() });
type CourtEventForm = z.infer<typeof schema>;

export function CourtEventDialog({ episodeId, courtEvent, onClose, onSaved }: { episodeId: string; courtEvent: CourtEvent | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const fieldError = useFieldError();
  const kinds = useVocab('courtEventKind', COURT_EVENT_KINDS);
  const form = useForm<CourtEventForm>({
    resolver: zodResolver(schema),
    defaultValues: { date: courtEvent?.date ?? '', kind: courtEvent?.kind ?? 'trial_hearing', court: courtEvent?.court ?? '', outcome: courtEvent?.outcome ?? '' },
  });
  const draft = useDraft(draftKey('court-event', courtEvent, episodeId), form);
  const save = useSaveForm(
    form,
    (v) => {
      const fields = { date: v.date, kind: v.kind as CourtEventKind, court: orNull(v.court), outcome: orNull(v.outcome) };
      return courtEvent ? call('courtEvents.update', { id: courtEvent.id, ...fields }) : call('courtEvents.create', { episodeId, ...fields });
    },
    () => {
      onSaved();
      onClose();
    },
    {},
    draft,
  );
  const { errors } = form.formState;
  return (
    <FormDialog open onOpenChange={(open) => !open && onClose()} title={courtEvent ? t('courtEvent.editTitle') : t('courtEvent.addTitle')} onSubmit={(e) => void save.submit(e)} error={save.error} busy={save.busy} draft={draft}>
      <TextField label={t('courtEvent.date')} required placeholder={t('datePlaceholder')} hint={t('partialDateHint')} autoFocus error={fieldError(errors.date?.message)} {...form.register('date')} />
      <SelectField label={t('courtEvent.kind')} options={kinds} required error={fieldError(errors.kind?.message)} {...form.register('kind')} />
      <TextField label={t('courtEvent.court')} error={fieldError(errors.court?.message)} {...form.register('court')} />
      <TextAreaField label={t('courtEvent.outcome')} error={fieldError(errors.outcome?.message)} {...form.register('outcome')} />
    </FormDialog>
  );
}
