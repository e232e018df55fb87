// Why an unlock was refused, in words a caseworker can act on: a wrong passphrase or key, a wait
// after too many attempts (with the seconds left), a damaged vault (with the way out), or keys
// erased on this laptop (only the recovery key opens the vault).
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../../../db/api';
import { Button } from '../../components/Button';
import { ErrorMessage, useErrorText } from '../../components/ErrorMessage';

export type UnlockMode = 'passphrase' | 'recovery';

interface UnlockProblemProps {
  error: ApiError | null;
  mode: UnlockMode;
  secondsLeft: number;
  onUseRecoveryKey: () => void;
}

function Damaged({ error, mode, onUseRecoveryKey }: Pick<UnlockProblemProps, 'mode' | 'onUseRecoveryKey'> & { error: ApiError }) {
  const { t } = useTranslation('unlock');
  const text = useErrorText();
  return (
    <div className="error-banner" role="alert">
      <p className="gate-problem-title">{t('problems.corruptTitle')}</p>
      {/* Which part is damaged, from the error's reason. */}
      <p>{text(error)}</p>
      <p>{mode === 'passphrase' ? t('problems.corruptTryRecovery') : t('problems.corruptRecoveryFailed')}</p>
      <p>{t('problems.corruptBackups')}</p>
      {mode === 'passphrase' ? (
        <Button variant="primary" onClick={onUseRecoveryKey}>
          {t('unlock.useRecoveryKey')}
        </Button>
      ) : null}
    </div>
  );
}

export function UnlockProblem({ error, mode, secondsLeft, onUseRecoveryKey }: UnlockProblemProps) {
  const { t } = useTranslation('unlock');
  if (!error) return null;
  switch (error.code) {
    case 'WRONG_PASSPHRASE':
      return (
        <div className="error-banner" role="alert">
          {mode === 'passphrase' ? t('problems.wrongPassphrase') : t('problems.wrongRecoveryKey')}
        </div>
      );
    case 'TOO_MANY_ATTEMPTS':
      return (
        <div className="error-banner">
          <p role="alert">{t('problems.tooManyAttempts')}</p>
          {/* Not a live region: a number announced every second would drown everything else. */}
          <p className="gate-countdown">{secondsLeft > 0 ? t('problems.waitSeconds', { count: secondsLeft }) : t('problems.tryAgainNow')}</p>
        </div>
      );
    case 'CORRUPT':
      return <Damaged error={error} mode={mode} onUseRecoveryKey={onUseRecoveryKey} />;
    case 'CONFLICT':
      if ((error.details as { reason?: unknown } | undefined)?.reason !== 'keys_erased') return <ErrorMessage error={error} />;
      // The screen turns to the recovery form on the next status; said here too, as the answer to this attempt.
      return (
        <div className="error-banner" role="alert">
          {t('erase.erasedExplain')}
        </div>
      );
    default:
      return <ErrorMessage error={error} />;
  }
}
