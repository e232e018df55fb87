// Events the backend sends to the window without being asked: progress of long work and
// changes of the session. Part of the contract, so the renderer can type its listeners.
/** backend_restarted: the backend worker stopped unexpectedly and was started again, locked. */
export type LockReason = 'user' | 'idle' | 'hotkey' | 'sleep' | 'shutdown' | 'keys_erased' | 'backend_restarted';

export type BackendEvent =
  | { event: 'progress'; payload: { method: string; done: number; total: number; label?: string } }
  | { event: 'session.locked'; payload: { reason: LockReason } }
  | { event: 'session.unlocked'; payload: { userName: string; role: string; idleLockMinutes: number } }
  | { event: 'settings.changed'; payload: { idleLockMinutes: number } }
  /** Sent by the shell's menu, not the backend: the window asks whether to erase this laptop's keys. */
  | { event: 'erase.requested'; payload: Record<string, never> }
  /** The backend worker stopped too often and is not started again: the window shows it, nothing more works. */
  | { event: 'backend.stopped'; payload: { restarts: number } };

export type BackendEventName = BackendEvent['event'];
export type BackendEventPayload<E extends BackendEventName> = Extract<BackendEvent, { event: E }>['payload'];
