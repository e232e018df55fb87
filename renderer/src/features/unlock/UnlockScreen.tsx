// Shown whenever the vault is locked: unlock with a passphrase or, when that is lost or the key
// ring is damaged, with the recovery key. It shows nothing from inside the vault.
import { useState } from 'react';

import { GateFrame } from './GateFrame';
import { PassphraseUnlockForm } from './PassphraseUnlockForm';
import { RecoveryUnlockForm } from './RecoveryUnlockForm';
import type { UnlockMode } from './UnlockProblem';

export function UnlockScreen() {
  // The user name typed so far travels between the two forms; nothing else does.
  const [mode, setMode] = useState<{ kind: UnlockMode; userName: string }>({ kind: 'passphrase', userName: '' });
  return (
    <GateFrame>
      {mode.kind === 'passphrase' ? (
        <PassphraseUnlockForm key="passphrase" userName={mode.userName} onUseRecoveryKey={(userName) => setMode({ kind: 'recovery', userName })} />
      ) : (
        <RecoveryUnlockForm key="recovery" userName={mode.userName} onUsePassphrase={(userName) => setMode({ kind: 'passphrase', userName })} />
      )}
    </GateFrame>
  );
}
