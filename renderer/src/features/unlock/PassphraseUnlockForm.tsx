// Unlocking with a user name and passphrase. A refusal keeps the user name, clears the passphrase
// and puts the cursor back in it; after too many attempts the button waits out the backend's delay.
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
import { useFieldText } from '../../shared/passphrase/fieldText';
import { passphraseRule, userNameRule } from '../../shared/passphrase/formRules';
import { UnlockProblem } from './UnlockProblem';
import { retryAfterSeconds, useRetryCountdown } from './useRetryCountdown';

const unlockForm = z.object({ userName: userNameRule, passphrase: passphraseRule });
type UnlockValues = z.input<typeof unlockForm>;

export function PassphraseUnlockForm({ userName, onUseRecoveryKey }: { userName: string; onUseRecoveryKey: (userName: string) => void }) {
  const { t } = useTranslation('unlock');
  const fieldText = useFieldText();
  const [problem, setProblem] = useState<ApiError | null>(null);
  const { secondsLeft, wait } = useRetryCountdown();
  const { register, handleSubmit, setFocus, resetField, getValues, formState } = useForm<UnlockValues, unknown, z.output<typeof unlockForm>>({
    resolver: zodResolver(unlockForm),
    defaultValues: { userName, passphrase: '' },
  });
  const { errors, isSubmitting } = formState;

  useEffect(() => setFocus(userName === '' ? 'userName' : 'passphrase'), [setFocus, userName]);

  const submit = handleSubmit(async (values) => {
    if (secondsLeft > 0) return;
    setProblem(null);
    const r = await call('session.unlock', values);
    if (r.ok) {
      await useSession.getState().refresh();
      return;
    }
    setProblem(r.error);
    // Keys erased (by this attempt, under the erase-after-N policy, or before): the status turns the screen to the recovery form.
    if (r.error.code === 'CONFLICT') await useSession.getState().refresh();
    if (r.error.code === 'TOO_MANY_ATTEMPTS') wait(retryAfterSeconds(r.error.details));
    if (r.error.code === 'WRONG_PASSPHRASE') resetField('passphrase');
    if (r.error.code === 'WRONG_PASSPHRASE' || r.error.code === 'TOO_MANY_ATTEMPTS') setFocus('passphrase');
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-busy={isSubmitting || undefined}>
      <h1>{t('unlock.title')}</h1>
      <p className="muted">{t('unlock.intro')}</p>
      <UnlockProblem error={problem} mode="passphrase" secondsLeft={secondsLeft} onUseRecoveryKey={() => onUseRecoveryKey(getValues('userName'))} />
      <TextField {...register('userName')} label={t('fields.userName')} error={fieldText(errors.userName)} autoComplete="username" spellCheck={false} autoCapitalize="off" />
      <TextField {...register('passphrase')} type="password" label={t('fields.passphrase')} error={fieldText(errors.passphrase)} autoComplete="current-password" spellCheck={false} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={isSubmitting} disabled={secondsLeft > 0}>
          {isSubmitting ? t('unlock.unlocking') : t('unlock.submit')}
        </Button>
      </div>
      <p className="gate-switch-row">
        <Button variant="ghost" className="gate-switch" onClick={() => onUseRecoveryKey(getValues('userName'))}>
          {t('unlock.useRecoveryKey')}
        </Button>
      </p>
    </form>
  );
}
