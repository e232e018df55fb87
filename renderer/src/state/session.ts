// Session store: whether a vault exists, whether it is unlocked and who is signed in. Locking
// (from any source: button, shortcut, idle, sleep) resets every feature store via onLock.
import type { LockReason, Role, SessionStatus } from '../../../db/api';
import { call } from '../api/client';
import { flushDrafts } from '../forms/draftRegistry';
import { createStore } from './store';

/** stopped: the backend worker failed too often and the shell gave it up; nothing works any more. */
type Phase = 'loading' | 'no-vault' | 'locked' | 'unlocked' | 'unreachable' | 'stopped';

interface SessionState {
  phase: Phase;
  user: SessionStatus['user'];
  /** This laptop's keys were erased: only the recovery key unlocks. */
  keysErased: boolean;
  /** Why the vault last locked on its own, for the lock screen to explain; null after an unlock. */
  lockReason: LockReason | null;
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
  lockReason: null,
  async refresh() {
    if (get().phase === 'stopped') return;
    const r = await call('session.status', {});
    if (r.ok) get().applyStatus(r.value);
    else set({ phase: 'unreachable', user: null });
  },
  applyStatus(status) {
    const wasUnlocked = get().phase === 'unlocked';
    if (get().phase === 'stopped') return;
    set({ phase: phaseOf(status), user: status.user, keysErased: status.keysErased === true, ...(status.unlocked ? { lockReason: null } : {}) });
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

/**
 * Keeps the store in step with locks and unlocks the backend reports on its own, and lets the
 * shell have every pending draft written before it locks (Ctrl/Cmd+L, the menu, idle time).
 */
export function followBackendSession(): () => void {
  const offLocked = window.habeas.on('session.locked', ({ reason }) => {
    useSession.setState({ lockReason: reason });
    void useSession.getState().refresh();
  });
  const offUnlocked = window.habeas.on('session.unlocked', () => void useSession.getState().refresh());
  const offStopped = window.habeas.on('backend.stopped', () => {
    const wasUnlocked = useSession.getState().phase === 'unlocked';
    useSession.setState({ phase: 'stopped', user: null });
    if (wasUnlocked) for (const listener of lockListeners) listener();
  });
  const offFlush = window.habeas.onFlushDrafts?.(flushDrafts) ?? (() => undefined);
  return () => {
    offLocked();
    offUnlocked();
    offStopped();
    offFlush();
  };
}
