// Closing a case: why (released, died, declined, transferred) and on which day, today by default.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { CLOSING_REASONS, type CaseDetail, type ClosingReason } from '../../../../../db/api';
import { call } from '../../../api/client';
import { SelectField, TextField } from '../../../components/Field';
import { useVocab } from '../../../i18n/vocab';
import { FormDialog } from './FormDialog';
import { optionalFullDate, orNull, requiredText, useFieldError } from './formSupport';
import { useSaveForm } from './useSaveForm';

const schema = z.object({ reason: requiredText, closedOn: optionalFullDate });
type CloseForm = z.infer<typeof schema>;

export function CloseCaseDialog({ detail, onClose, onSaved }: { detail: CaseDetail; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const fieldError = useFieldError();
  const reasons = useVocab('closingReason', CLOSING_REASONS);
  const form = useForm<CloseForm>({ resolver: zodResolver(schema), defaultValues: { reason: '', closedOn: '' } });
  const save = useSaveForm(
    form,
    (v) => {
      const closedOn = orNull(v.closedOn);
      return call('cases.close', { id: detail.id, reason: v.reason as ClosingReason, ...(closedOn ? { closedOn } : {}) });
    },
    () => {
      onSaved();
      onClose();
    },
  );
  const { errors } = form.formState;
  return (
    <FormDialog open onOpenChange={(open) => !open && onClose()} title={t('closeCase.title')} description={t('closeCase.description')} onSubmit={(e) => void save.submit(e)} error={save.error} busy={save.busy}>
      <SelectField label={t('closeCase.reason')} options={reasons} placeholder={t('choose')} required autoFocus error={fieldError(errors.reason?.message)} {...form.register('reason')} />
      <TextField label={t('closeCase.closedOn')} placeholder={t('fullDatePlaceholder')} hint={t('closeCase.closedOnHint')} error={fieldError(errors.closedOn?.message)} {...form.register('closedOn')} />
    </FormDialog>
  );
}
