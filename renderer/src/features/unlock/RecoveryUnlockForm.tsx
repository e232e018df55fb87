// Unlocking with the recovery key (printed at the first run) when a passphrase is lost or the key
// ring is damaged. The key is accepted with or without dashes and spaces, in any case.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import type { ApiError } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { useSession } from '../../state/session';
import { useToasts } from '../../state/toasts';
import { SERVER, useFieldText } from '../../shared/passphrase/fieldText';
import { userNameRule } from '../../shared/passphrase/formRules';
import { UnlockProblem } from './UnlockProblem';
import { retryAfterSeconds, useRetryCountdown } from './useRetryCountdown';

const recoveryForm = z.object({
  userName: userNameRule,
  recoveryKey: z.string().trim().min(1, 'unlock:errors.recoveryKeyRequired').max(200, 'unlock:errors.recoveryKeyShape'),
});
type RecoveryValues = z.input<typeof recoveryForm>;

/** Without onUsePassphrase (keys erased) the form offers no way back to the passphrase form. */
export function RecoveryUnlockForm({ userName, onUsePassphrase }: { userName: string; onUsePassphrase?: (userName: string) => void }) {
  const { t } = useTranslation('unlock');
  const fieldText = useFieldText();
  const [problem, setProblem] = useState<ApiError | null>(null);
  const { secondsLeft, wait } = useRetryCountdown();
  const { register, handleSubmit, setFocus, setError, getValues, formState } = useForm<RecoveryValues, unknown, z.output<typeof recoveryForm>>({
    resolver: zodResolver(recoveryForm),
    defaultValues: { userName, recoveryKey: '' },
  });
  const { errors, isSubmitting } = formState;

  useEffect(() => setFocus(userName === '' ? 'userName' : 'recoveryKey'), [setFocus, userName]);

  const submit = handleSubmit(async (values) => {
    if (secondsLeft > 0) return;
    setProblem(null);
    const r = await call('session.unlockWithRecoveryKey', values);
    if (r.ok) {
      useToasts.getState().show(t('recovery.unlocked'), 'info');
      await useSession.getState().refresh();
      return;
    }
    if (r.error.code === 'VALIDATION') {
      // The only check the form cannot make itself: the key's length and alphabet.
      setError('recoveryKey', { type: SERVER, message: t('errors.recoveryKeyShape') }, { shouldFocus: true });
      return;
    }
    setProblem(r.error);
    if (r.error.code === 'TOO_MANY_ATTEMPTS') wait(retryAfterSeconds(r.error.details));
    setFocus('recoveryKey');
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-busy={isSubmitting || undefined}>
      <h1>{t('recovery.title')}</h1>
      <p className="muted">{t('recovery.intro')}</p>
      <UnlockProblem error={problem} mode="recovery" secondsLeft={secondsLeft} onUseRecoveryKey={() => setFocus('recoveryKey')} />
      <TextField {...register('userName')} label={t('fields.userName')} error={fieldText(errors.userName)} autoComplete="username" spellCheck={false} autoCapitalize="off" />
      <TextField
        {...register('recoveryKey')}
        className="input recovery-key-input"
        label={t('fields.recoveryKey')}
        hint={t('recovery.keyHint')}
        error={fieldText(errors.recoveryKey)}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        translate="no"
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={isSubmitting} disabled={secondsLeft > 0}>
          {isSubmitting ? t('unlock.unlocking') : t('unlock.submit')}
        </Button>
      </div>
      {onUsePassphrase ? (
        <p className="gate-switch-row">
          <Button variant="ghost" className="gate-switch" onClick={() => onUsePassphrase(getValues('userName'))}>
            {t('recovery.usePassphrase')}
          </Button>
        </p>
      ) : null}
    </form>
  );
}
