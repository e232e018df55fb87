// Shown whenever the vault is locked: unlock with a passphrase or, when that is lost or the key
// ring is damaged, with the recovery key. It shows nothing from inside the vault. When the vault
// locked because the backend was restarted, it says so above the form.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useSession } from '../../state/session';
import { GateFrame } from './GateFrame';
import { PassphraseUnlockForm } from './PassphraseUnlockForm';
import { RecoveryUnlockForm } from './RecoveryUnlockForm';
import type { UnlockMode } from './UnlockProblem';

export function UnlockScreen() {
  const { t } = useTranslation('unlock');
  const lockReason = useSession((s) => s.lockReason);
  // The user name typed so far travels between the two forms; nothing else does.
  const [mode, setMode] = useState<{ kind: UnlockMode; userName: string }>({ kind: 'passphrase', userName: '' });
  return (
    <GateFrame>
      {lockReason === 'backend_restarted' ? (
        <p className="notice-banner" role="status">
          {t('lockReasons.backend_restarted')}
        </p>
      ) : null}
      {mode.kind === 'passphrase' ? (
        <PassphraseUnlockForm key="passphrase" userName={mode.userName} onUseRecoveryKey={(userName) => setMode({ kind: 'recovery', userName })} />
      ) : (
        <RecoveryUnlockForm key="recovery" userName={mode.userName} onUsePassphrase={(userName) => setMode({ kind: 'passphrase', userName })} />
      )}
    </GateFrame>
  );
}
