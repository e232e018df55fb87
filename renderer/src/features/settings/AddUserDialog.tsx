// Adding a colleague: user name, display name, role and a first passphrase (typed twice, with the
// strength hint) that the administrator hands over in person; the colleague can change it later.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { ROLES, type ApiError, type User } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/Field';
import { useVocab } from '../../i18n/vocab';
import { SERVER, useFieldText } from '../../shared/passphrase/fieldText';
import { passphraseRule, repeatMatches, repeatMismatch, userNameRule } from '../../shared/passphrase/formRules';
import { NewPassphraseFields } from '../../shared/passphrase/NewPassphraseFields';
import { useWeakPassphraseText } from '../../shared/passphrase/weakPassphrase';
import { SettingsProblem } from './SettingsProblem';

const addUserForm = z
  .object({
    name: userNameRule,
    displayName: z.string().trim().min(1, 'settings:users.displayNameRequired').max(200, 'unlock:errors.displayNameTooLong'),
    role: z.enum(ROLES),
    passphrase: passphraseRule,
    repeat: z.string(),
  })
  .refine(repeatMatches, repeatMismatch);
type AddUserValues = z.input<typeof addUserForm>;

export function AddUserDialog({ open, onOpenChange, onAdded }: { open: boolean; onOpenChange: (open: boolean) => void; onAdded: (user: User) => void }) {
  const { t } = useTranslation('settings');
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t('users.add.title')} description={t('users.add.intro')}>
      {/* Mounted only while open: a closed dialog keeps no passphrase in memory. */}
      {open ? <AddUserForm onCancel={() => onOpenChange(false)} onAdded={onAdded} /> : null}
    </Dialog>
  );
}

function AddUserForm({ onCancel, onAdded }: { onCancel: () => void; onAdded: (user: User) => void }) {
  const { t } = useTranslation('settings');
  const fieldText = useFieldText();
  const weakText = useWeakPassphraseText();
  const roles = useVocab('role', ROLES);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const { register, handleSubmit, setError, watch, formState } = useForm<AddUserValues, unknown, z.output<typeof addUserForm>>({
    resolver: zodResolver(addUserForm),
    defaultValues: { name: '', displayName: '', role: 'caseworker', passphrase: '', repeat: '' },
  });
  const { errors, isSubmitting } = formState;

  const submit = handleSubmit(async (values) => {
    setProblem(null);
    const r = await call('users.add', { name: values.name, displayName: values.displayName, role: values.role, passphrase: values.passphrase });
    if (r.ok) onAdded(r.value);
    else if (r.error.code === 'WEAK_PASSPHRASE') setError('passphrase', { type: SERVER, message: weakText(r.error) }, { shouldFocus: true });
    else if (r.error.code === 'CONFLICT' && 'name' in ((r.error.details as { fields?: object } | undefined)?.fields ?? {}))
      setError('name', { type: SERVER, message: t('errors.nameTaken') }, { shouldFocus: true });
    else setProblem(r.error);
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <SettingsProblem error={problem} />
      {/* Radix focuses the first focusable element on open: the user name. */}
      <TextField {...register('name')} label={t('users.name')} hint={t('users.nameHint')} error={fieldText(errors.name)} autoComplete="off" spellCheck={false} required />
      <TextField {...register('displayName')} label={t('users.displayName')} error={fieldText(errors.displayName)} autoComplete="off" required />
      <SelectField {...register('role')} label={t('users.role')} options={roles} error={fieldText(errors.role)} />
      <NewPassphraseFields
        passphrase={register('passphrase')}
        repeat={register('repeat')}
        value={watch('passphrase')}
        userName={watch('name')}
        passphraseLabel={t('users.add.passphrase')}
        passphraseError={fieldText(errors.passphrase)}
        repeatError={fieldText(errors.repeat)}
      />
      <div className="form-actions">
        <Button onClick={onCancel}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={isSubmitting}>
          {t('users.add.submit')}
        </Button>
      </div>
    </form>
  );
}
