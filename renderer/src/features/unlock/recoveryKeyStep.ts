// Whether the first-run screen is showing the new vault's recovery key. Creating the vault unlocks
// it at once, so App keeps FirstRunScreen up (instead of the app) until the key has been stored.
// Only this flag lives here: the key itself stays in the screen's own state and nowhere else.
import { onLock } from '../../state/session';
import { createStore } from '../../state/store';

interface RecoveryKeyStep {
  showing: boolean;
  begin: () => void;
  end: () => void;
}

export const useRecoveryKeyStep = createStore<RecoveryKeyStep>((set) => ({
  showing: false,
  begin: () => set({ showing: true }),
  end: () => set({ showing: false }),
}));

// A lock (idle, sleep) takes the key off the screen like everything else.
onLock(() => useRecoveryKeyStep.getState().end());
