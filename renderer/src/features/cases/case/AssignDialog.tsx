// Choosing who works on a case: a caseworker and a supervisor, either of them left empty.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import type { CaseDetail } from '../../../../../db/api';
import { call } from '../../../api/client';
import { SelectField } from '../../../components/Field';
import { useColleagueOptions } from '../../../shared/referenceData';
import { FormDialog } from './FormDialog';
import { useSaveForm } from './useSaveForm';

const schema = z.object({ caseworkerId: z.string(), supervisorId: z.string() });
type AssignForm = z.infer<typeof schema>;

export function AssignDialog({ detail, onClose, onSaved }: { detail: CaseDetail; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const caseworkers = useColleagueOptions(['caseworker', 'supervisor', 'administrator']);
  const supervisors = useColleagueOptions(['supervisor', 'administrator']);
  const form = useForm<AssignForm>({
    resolver: zodResolver(schema),
    defaultValues: { caseworkerId: detail.caseworkerId ?? '', supervisorId: detail.supervisorId ?? '' },
  });
  const save = useSaveForm(
    form,
    (v) => call('cases.assign', { id: detail.id, caseworkerId: v.caseworkerId || null, supervisorId: v.supervisorId || null }),
    () => {
      onSaved();
      onClose();
    },
  );
  const { errors } = form.formState;
  return (
    <FormDialog open onOpenChange={(open) => !open && onClose()} title={t('assign.title')} onSubmit={(e) => void save.submit(e)} error={save.error} busy={save.busy}>
      <SelectField label={t('assign.caseworker')} options={caseworkers} placeholder={t('header.nobody')} autoFocus error={errors.caseworkerId?.message} {...form.register('caseworkerId')} />
      <SelectField label={t('assign.supervisor')} options={supervisors} placeholder={t('header.nobody')} error={errors.supervisorId?.message} {...form.register('supervisorId')} />
    </FormDialog>
  );
}
