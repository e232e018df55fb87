// Session store: whether a vault exists, whether it is unlocked and who is signed in. Locking
// (from any source: button, shortcut, idle, sleep) resets every feature store via onLock.
import type { Role, SessionStatus } from '../../../db/api';
import { call } from '../api/client';
import { flushDrafts } from '../forms/draftRegistry';
import { createStore } from './store';

type Phase = 'loading' | 'no-vault' | 'locked' | 'unlocked' | 'unreachable';

interface SessionState {
  phase: Phase;
  user: SessionStatus['user'];
  /** This laptop's keys were erased: only the recovery key unlocks. */
  keysErased: boolean;
  refresh: () => Promise<void>;
  applyStatus: (status: SessionStatus) => void;
  lock: () => Promise<void>;
  hasRole: (...roles: Role[]) => boolean;
}

const lockListeners = new Set<() => void>();

/** Registers a reset to run whenever the vault locks; returns the unregister function. */
export function onLock(listener: () => void): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

function phaseOf(status: SessionStatus): Phase {
  if (!status.vaultExists) return 'no-vault';
  return status.unlocked ? 'unlocked' : 'locked';
}

export const useSession = createStore<SessionState>((set, get) => ({
  phase: 'loading',
  user: null,
  keysErased: false,
  async refresh() {
    const r = await call('session.status', {});
    if (r.ok) get().applyStatus(r.value);
    else set({ phase: 'unreachable', user: null });
  },
  applyStatus(status) {
    const wasUnlocked = get().phase === 'unlocked';
    set({ phase: phaseOf(status), user: status.user, keysErased: status.keysErased === true });
    if (wasUnlocked && !status.unlocked) for (const listener of lockListeners) listener();
  },
  async lock() {
    // What was typed in the last moments reaches its encrypted draft before the database closes.
    await flushDrafts();
    const r = await call('session.lock', {});
    if (r.ok) get().applyStatus(r.value);
  },
  hasRole(...roles) {
    const role = get().user?.role;
    return role !== undefined && roles.includes(role);
  },
}));

/** Keeps the store in step with locks and unlocks the backend reports on its own. */
export function followBackendSession(): () => void {
  const offLocked = window.habeas.on('session.locked', () => void useSession.getState().refresh());
  const offUnlocked = window.habeas.on('session.unlocked', () => void useSession.getState().refresh());
  return () => {
    offLocked();
    offUnlocked();
  };
}
