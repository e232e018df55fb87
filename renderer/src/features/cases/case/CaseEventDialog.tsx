// Adding or editing a note or other case event (visit, transfer, hunger strike...). Either keeps an
// encrypted draft while it is typed (one per case for a new one, one per event for an edit).
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { CASE_EVENT_KINDS, type CaseEvent, type CaseEventKind } from '../../../../../db/api';
import { call } from '../../../api/client';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/Field';
import { draftKey } from '../../../forms/draftKey';
import { useDraft } from '../../../forms/useDraft';
import { useVocab } from '../../../i18n/vocab';
import { FormDialog } from './FormDialog';
import { optionalPartialDate, orNull, requiredText, useFieldError } from './formSupport';
import { useSaveForm } from './useSaveForm';

const schema = z.object({ kind: requiredText, date: optionalPartialDate, title: requiredText, body: z.string(), confidential: z.boolean() });
type CaseEventForm = z.infer<typeof schema>;

export function CaseEventDialog({ caseId, event, onClose, onSaved }: { caseId: string; event: CaseEvent | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const fieldError = useFieldError();
  const kinds = useVocab('caseEventKind', CASE_EVENT_KINDS);
  const form = useForm<CaseEventForm>({
    resolver: zodResolver(schema),
    defaultValues: {
      kind: event?.kind ?? 'note',
      date: event?.date ?? new Date().toISOString().slice(0, 10),
      title: event?.title ?? '',
      body: event?.body ?? '',
      confidential: event?.confidential ?? false,
    },
  });
  const draft = useDraft(draftKey('case-event', event, caseId), form);
  const save = useSaveForm(
    form,
    (v) => {
      const fields = { kind: v.kind as CaseEventKind, title: v.title, body: orNull(v.body), confidential: v.confidential, ...(orNull(v.date) ? { date: v.date.trim() } : {}) };
      return event ? call('caseEvents.update', { id: event.id, ...fields }) : call('caseEvents.create', { caseId, ...fields });
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
    <FormDialog open onOpenChange={(open) => !open && onClose()} title={event ? t('events.editTitle') : t('events.addTitle')} onSubmit={(e) => void save.submit(e)} error={save.error} busy={save.busy} draft={draft} wide>
      <div className="form-grid">
        <SelectField label={t('events.kind')} options={kinds} required autoFocus error={fieldError(errors.kind?.message)} {...form.register('kind')} />
        <TextField label={t('events.date')} placeholder={t('datePlaceholder')} hint={t('partialDateHint')} error={fieldError(errors.date?.message)} {...form.register('date')} />
      </div>
      <TextField label={t('events.title')} required error={fieldError(errors.title?.message)} {...form.register('title')} />
      <TextAreaField label={t('events.body')} rows={6} error={fieldError(errors.body?.message)} {...form.register('body')} />
      <CheckboxField label={t('events.confidential')} hint={t('events.confidentialHint')} {...form.register('confidential')} />
    </FormDialog>
  );
}
