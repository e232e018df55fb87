// Shown whenever the vault is locked: unlock with a passphrase or, when that is lost or the key
// ring is damaged, with the recovery key. It shows nothing from inside the vault.
import { useEffect, useState } from 'react';

import { useToasts } from '../../state/toasts';
import { GateFrame } from './GateFrame';
import { PassphraseUnlockForm } from './PassphraseUnlockForm';
import { RecoveryUnlockForm } from './RecoveryUnlockForm';
import type { UnlockMode } from './UnlockProblem';

export function UnlockScreen() {
  // Toasts live outside the app's tree and may name people ("Dilnoza Karimova added"): none may
  // outlast the lock.
  useEffect(() => {
    for (const toast of useToasts.getState().toasts) useToasts.getState().dismiss(toast.id);
  }, []);
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
