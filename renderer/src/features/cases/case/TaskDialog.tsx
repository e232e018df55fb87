// A task typed by hand for this case: what, by when, and who (the caller when left empty).
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { call } from '../../../api/client';
import { SelectField, TextField } from '../../../components/Field';
import { draftKey } from '../../../forms/draftKey';
import { useDraft } from '../../../forms/useDraft';
import { useSession } from '../../../state/session';
import { useColleagueOptions } from '../../../shared/referenceData';
import { FormDialog } from './FormDialog';
import { orNull, requiredFullDate, requiredText, useFieldError } from './formSupport';
import { useSaveForm } from './useSaveForm';

const schema = z.object({ title: requiredText, dueOn: requiredFullDate, assigneeId: z.string() });
type TaskForm = z.infer<typeof schema>;

export function TaskDialog({ caseId, onClose, onSaved }: { caseId: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const fieldError = useFieldError();
  const me = useSession((s) => s.user?.id ?? '');
  const colleagues = useColleagueOptions();
  const form = useForm<TaskForm>({ resolver: zodResolver(schema), defaultValues: { title: '', dueOn: '', assigneeId: me } });
  const draft = useDraft(draftKey('task', null, caseId), form);
  const save = useSaveForm(
    form,
    (v) => call('tasks.create', { caseId, title: v.title, dueOn: v.dueOn.trim(), assigneeId: orNull(v.assigneeId) }),
    () => {
      onSaved();
      onClose();
    },
    {},
    draft,
  );
  const { errors } = form.formState;
  return (
    <FormDialog open onOpenChange={(open) => !open && onClose()} title={t('tasks.addTitle')} onSubmit={(e) => void save.submit(e)} error={save.error} busy={save.busy} draft={draft}>
      <TextField label={t('tasks.title')} required autoFocus error={fieldError(errors.title?.message)} {...form.register('title')} />
      <TextField label={t('tasks.dueOn')} required placeholder={t('fullDatePlaceholder')} error={fieldError(errors.dueOn?.message)} {...form.register('dueOn')} />
      <SelectField label={t('tasks.assignee')} options={colleagues} placeholder={t('tasks.me')} error={fieldError(errors.assigneeId?.message)} {...form.register('assigneeId')} />
    </FormDialog>
  );
}
