// An administrator sets a new passphrase for someone who has lost theirs (or for themselves after
// a recovery-key unlock). Only that person's key-ring slot changes.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import type { ApiError, User } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { SERVER, useFieldText } from '../../shared/passphrase/fieldText';
import { passphraseRule, repeatMatches, repeatMismatch } from '../../shared/passphrase/formRules';
import { NewPassphraseFields } from '../../shared/passphrase/NewPassphraseFields';
import { useWeakPassphraseText } from '../../shared/passphrase/weakPassphrase';
import { SettingsProblem } from './SettingsProblem';

const resetForm = z.object({ passphrase: passphraseRule, repeat: z.string() }).refine(repeatMatches, repeatMismatch);
type ResetValues = z.input<typeof resetForm>;

export function ResetPassphraseDialog({ user, onClose, onDone }: { user: User | null; onClose: () => void; onDone: (user: User) => void }) {
  const { t } = useTranslation('settings');
  return (
    <Dialog
      open={user !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={t('users.reset.title', { name: user?.displayName ?? '' })}
      description={t('users.reset.intro')}
    >
      {user ? <ResetForm user={user} onCancel={onClose} onDone={onDone} /> : null}
    </Dialog>
  );
}

function ResetForm({ user, onCancel, onDone }: { user: User; onCancel: () => void; onDone: (user: User) => void }) {
  const { t } = useTranslation('settings');
  const fieldText = useFieldText();
  const weakText = useWeakPassphraseText();
  const [problem, setProblem] = useState<ApiError | null>(null);
  const { register, handleSubmit, setError, watch, formState } = useForm<ResetValues, unknown, z.output<typeof resetForm>>({
    resolver: zodResolver(resetForm),
    defaultValues: { passphrase: '', repeat: '' },
  });
  const { errors, isSubmitting } = formState;

  const submit = handleSubmit(async (values) => {
    setProblem(null);
    const r = await call('users.resetPassphrase', { userId: user.id, newPassphrase: values.passphrase });
    if (r.ok) onDone(r.value);
    else if (r.error.code === 'WEAK_PASSPHRASE') setError('passphrase', { type: SERVER, message: weakText(r.error) }, { shouldFocus: true });
    else setProblem(r.error);
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <SettingsProblem error={problem} />
      <NewPassphraseFields
        passphrase={register('passphrase')}
        repeat={register('repeat')}
        value={watch('passphrase')}
        userName={user.name}
        passphraseError={fieldText(errors.passphrase)}
        repeatError={fieldText(errors.repeat)}
      />
      <div className="form-actions">
        <Button onClick={onCancel}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={isSubmitting}>
          {t('users.reset.submit')}
        </Button>
      </div>
    </form>
  );
}
