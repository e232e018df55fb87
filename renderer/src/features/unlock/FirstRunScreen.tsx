// Shown when this computer has no vault yet: create it, then show its recovery key once. The key
// lives only in this component's state; Continue forgets it and opens the app.
import { useEffect, useState } from 'react';

import { useSession } from '../../state/session';
import { CreateVaultForm } from './CreateVaultForm';
import { GateFrame } from './GateFrame';
import { RecoveryKeySheet } from './RecoveryKeySheet';
import { useRecoveryKeyStep } from './recoveryKeyStep';

export function FirstRunScreen() {
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const phase = useSession((s) => s.phase);
  const { begin, end } = useRecoveryKeyStep.getState();

  // If the vault locks while the key is up (sleep, idle), the key leaves the screen.
  useEffect(() => {
    if (phase === 'locked') {
      setRecoveryKey(null);
      end();
    }
  }, [phase, end]);

  const finish = () => {
    setRecoveryKey(null);
    end();
    void useSession.getState().refresh();
  };

  return (
    <GateFrame wide={recoveryKey !== null}>
      {recoveryKey === null ? (
        <CreateVaultForm onStart={begin} onCreated={setRecoveryKey} onFailed={end} />
      ) : (
        <RecoveryKeySheet recoveryKey={recoveryKey} onContinue={finish} />
      )}
    </GateFrame>
  );
}
