// Revoking someone: they can no longer unlock, their records and history stay, and the database key
// is changed so the key they knew opens nothing (progress, then the outcome). The two refusals
// the backend would give (yourself, the last administrator) are explained before anyone clicks.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError, RevokedUser, User } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { goToBackups, KeyRotationOutcome, RotationProgress, watchProgress } from './KeyRotationOutcome';
import { SettingsProblem } from './SettingsProblem';

interface RevokeUserDialogProps {
  user: User | null;
  /** The signed-in administrator's id. */
  selfId: string | undefined;
  activeAdministrators: number;
  onClose: () => void;
  onDone: (user: User) => void;
}

export function RevokeUserDialog({ user, selfId, activeAdministrators, onClose, onDone }: RevokeUserDialogProps) {
  const { t } = useTranslation('settings');
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [stage, setStage] = useState<string | null>(null);
  const [revoked, setRevoked] = useState<RevokedUser | null>(null);

  let refusal: string | null = null;
  if (user?.id === selfId) refusal = t('errors.revokeSelf');
  else if (user?.role === 'administrator' && activeAdministrators <= 1) refusal = t('errors.lastAdministrator');

  const close = () => {
    setProblem(null);
    if (revoked) {
      setRevoked(null);
      onDone(revoked);
    } else onClose();
  };

  const revoke = async () => {
    if (!user) return;
    setBusy(true);
    setProblem(null);
    const off = watchProgress('users.revoke', setStage);
    const r = await call('users.revoke', { userId: user.id });
    off();
    setBusy(false);
    setStage(null);
    if (r.ok) setRevoked(r.value);
    else setProblem(r.error);
  };

  return (
    <Dialog open={user !== null} onOpenChange={(open) => (open ? undefined : close())} title={t('users.revoke.title', { name: user?.displayName ?? '' })}>
      {revoked ? (
        <KeyRotationOutcome
          result={revoked.rotation}
          onGoToBackups={() => {
            close();
            goToBackups();
          }}
        />
      ) : refusal ? (
        <p className="error-banner">{refusal}</p>
      ) : (
        <>
          <p>{t('users.revoke.explain', { name: user?.displayName ?? '', userName: user?.name ?? '' })}</p>
          <p className="muted">{t('users.revoke.rotates')}</p>
        </>
      )}
      {busy ? <RotationProgress stage={stage ?? 'prepare'} /> : null}
      <SettingsProblem error={problem} />
      <div className="form-actions">
        <Button onClick={close}>{refusal || revoked ? t('actions.close') : t('actions.cancel')}</Button>
        {refusal || revoked ? null : (
          <Button variant="danger" busy={busy} onClick={() => void revoke()}>
            {t('users.revoke.submit')}
          </Button>
        )}
      </div>
    </Dialog>
  );
}
