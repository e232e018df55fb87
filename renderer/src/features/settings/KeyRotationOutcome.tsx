// What a key rotation did, for the administrator who ran it: who can still unlock, users who need a
// passphrase reset, a new recovery key when one was made (shown once, like at vault creation), and
// the warning that older backups are still readable with the old key, with what to do about them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError, ReencryptResult, RotationResult } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { RecoveryKeySheet } from '../unlock/RecoveryKeySheet';
import { SettingsProblem } from './SettingsProblem';

/** Moves focus to the backups section of Settings (where backups are listed and made). */
export function goToBackups(): void {
  const section = document.getElementById('settings-backup');
  section?.scrollIntoView({ block: 'start' });
  (section?.closest('section') ?? section)?.querySelector<HTMLElement>('button, a, [tabindex]')?.focus();
}

export function KeyRotationOutcome({ result, onGoToBackups }: { result: RotationResult; onGoToBackups: () => void }) {
  const { t } = useTranslation('settings');
  const [recoveryStored, setRecoveryStored] = useState(!result.recoveryKey);
  const [busy, setBusy] = useState(false);
  const [reencrypted, setReencrypted] = useState<ReencryptResult | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);

  if (!recoveryStored && result.recoveryKey) {
    return (
      <div className="settings-rotation-recovery">
        <p className="settings-warning">{t('rotation.newRecoveryKey')}</p>
        <RecoveryKeySheet recoveryKey={result.recoveryKey} onContinue={() => setRecoveryStored(true)} />
      </div>
    );
  }

  const reencrypt = async () => {
    setBusy(true);
    setProblem(null);
    const r = await call('backup.reencryptOld', {});
    setBusy(false);
    if (r.ok) setReencrypted(r.value);
    else setProblem(r.error);
  };

  return (
    <div role="status" className="settings-rotation-result">
      <p>{t('rotation.done', { epoch: result.epoch, count: result.sealedTo })}</p>
      {result.needPassphraseReset.length > 0 ? <p className="settings-warning">{t('rotation.needReset', { count: result.needPassphraseReset.length })}</p> : null}
      {result.oldBackups > 0 && !reencrypted ? (
        <>
          <p className="settings-warning">{t('rotation.oldBackups', { count: result.oldBackups })}</p>
          <div className="form-actions settings-actions">
            <Button busy={busy} onClick={() => void reencrypt()}>
              {busy ? t('rotation.reencrypting') : t('rotation.reencrypt')}
            </Button>
            <Button onClick={onGoToBackups}>{t('rotation.goToBackups')}</Button>
          </div>
        </>
      ) : null}
      {reencrypted ? <p>{t('rotation.reencrypted', { count: reencrypted.reencrypted, unreadable: reencrypted.unreadable })}</p> : null}
      <SettingsProblem error={problem} />
    </div>
  );
}

/** The stage the backend reports while a rotation runs (prepare, copy, rekey, verify, seal, swap, done). */
export function RotationProgress({ stage }: { stage: string | null }) {
  const { t } = useTranslation('settings');
  if (!stage) return null;
  return (
    <p role="status" className="muted">
      {t(`rotation.stage.${stage}`, { defaultValue: t('rotation.working') })}
    </p>
  );
}

/** Listens to the backend's progress events for one method while `active`. */
export function watchProgress(method: string, onStage: (stage: string) => void): () => void {
  return window.habeas.on('progress', (p) => {
    if (p.method === method && p.label) onStage(p.label);
  });
}
