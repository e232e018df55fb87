// Adding or editing an advocacy action; a WGAD petition or urgent appeal also shows its own fields.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { ADVOCACY_STATUSES, ADVOCACY_TYPES, type AdvocacyAction } from '../../../../../db/api';
import { call } from '../../../api/client';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/Field';
import { draftKey } from '../../../forms/draftKey';
import { useDraft } from '../../../forms/useDraft';
import { useVocab } from '../../../i18n/vocab';
import { advocacyInput, advocacySchema, advocacyValues, type AdvocacyForm } from './advocacyForm';
import { FormDialog } from './FormDialog';
import { useFieldError } from './formSupport';
import { useSaveForm } from './useSaveForm';
import { isWgadType } from './wgad';
import { WgadFieldset } from './WgadFieldset';

const today = () => new Date().toISOString().slice(0, 10);

export function AdvocacyDialog({ caseId, action, onClose, onSaved }: { caseId: string; action: AdvocacyAction | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const fieldError = useFieldError();
  const types = useVocab('advocacyType', ADVOCACY_TYPES);
  const statuses = useVocab('advocacyStatus', ADVOCACY_STATUSES);
  const form = useForm<AdvocacyForm>({ resolver: zodResolver(advocacySchema), defaultValues: advocacyValues(action, today()) });
  const draft = useDraft(draftKey('advocacy', action, caseId), form);
  const save = useSaveForm(
    form,
    (v) => (action ? call('advocacy.update', { id: action.id, ...advocacyInput(v) }) : call('advocacy.create', { caseId, ...advocacyInput(v) })),
    () => {
      onSaved();
      onClose();
    },
    {},
    draft,
  );
  const { errors } = form.formState;
  const wgad = isWgadType(form.watch('type'));
  return (
    <FormDialog open onOpenChange={(open) => !open && onClose()} title={action ? t('advocacy.editTitle') : t('advocacy.addTitle')} onSubmit={(e) => void save.submit(e)} error={save.error} busy={save.busy} draft={draft} wide>
      <div className="form-grid">
        <SelectField label={t('advocacy.type')} options={types} required autoFocus error={fieldError(errors.type?.message)} {...form.register('type')} />
        <TextField label={t('advocacy.date')} required placeholder={t('fullDatePlaceholder')} error={fieldError(errors.date?.message)} {...form.register('date')} />
        <SelectField label={t('advocacy.status')} options={statuses} error={fieldError(errors.status?.message)} {...form.register('status')} />
        <TextField label={t('advocacy.target')} error={fieldError(errors.target?.message)} {...form.register('target')} />
        <TextField label={t('advocacy.followUpDue')} placeholder={t('fullDatePlaceholder')} error={fieldError(errors.followUpDue?.message)} {...form.register('followUpDue')} />
      </div>
      <CheckboxField label={t('advocacy.public')} hint={t('advocacy.publicHint')} error={fieldError(errors.public?.message)} {...form.register('public')} />
      {wgad ? <WgadFieldset form={form} petition={action?.wgad ?? null} /> : null}
      <TextAreaField label={t('advocacy.response')} error={fieldError(errors.response?.message)} {...form.register('response')} />
      <TextAreaField label={t('advocacy.outcome')} error={fieldError(errors.outcome?.message)} {...form.register('outcome')} />
    </FormDialog>
  );
}
