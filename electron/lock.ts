// When the shell locks the session on its own: after idleLockMinutes without input, on Ctrl/Cmd+L,
// and when the computer sleeps or its screen locks. The backend then closes the database. Ctrl/Cmd+L
// and idle first let the window write its pending drafts (flushDrafts, which gives up after a
// timeout); sleep locks at once, since the machine may be gone before the window answers.
import { powerMonitor } from 'electron';
import type { Input, WebContents } from 'electron';

import type { LockReason } from '../db/backend/worker-protocol';
import type { BackendHost } from './backend-host';
import { logLock } from './log';

export interface LockTriggerDeps {
  host: Pick<BackendHost, 'lock' | 'on'>;
  contents: Pick<WebContents, 'on' | 'off'>;
  platform: NodeJS.Platform;
  /** Asks the window to write its pending drafts; resolves (never rejects) when done or timed out. */
  flushDrafts?: () => Promise<unknown>;
  /** How often system idle time is checked. */
  pollMs?: number;
}

type KeyInput = Pick<Input, 'type' | 'key' | 'code' | 'control' | 'meta' | 'alt' | 'shift'>;

/**
 * Cmd+L on macOS, Ctrl+L elsewhere, with no other modifier. The physical key counts too, so the
 * hotkey works with a Russian or Kazakh layout, where that key types д.
 */
export function isLockHotkey(input: KeyInput, platform: NodeJS.Platform): boolean {
  const isL = input.key.toLowerCase() === 'l' || input.code === 'KeyL';
  if (input.type !== 'keyDown' || !isL || input.alt || input.shift) return false;
  return platform === 'darwin' ? input.meta && !input.control : input.control && !input.meta;
}

/** Installs every trigger; returns a function removing them all again. */
export function startLockTriggers({ host, contents, platform, pollMs = 15_000, flushDrafts }: LockTriggerDeps): () => void {
  const lockAfterFlush = (reason: LockReason): void => {
    if (!flushDrafts) {
      host.lock(reason);
      return;
    }
    void flushDrafts()
      .catch(() => undefined)
      .then(() => host.lock(reason));
  };
  let unlocked = false;
  let idleLockMinutes = 0;

  const unsubscribers = [
    host.on('session.unlocked', (payload) => {
      unlocked = true;
      idleLockMinutes = payload.idleLockMinutes;
    }),
    host.on('settings.changed', (payload) => {
      idleLockMinutes = payload.idleLockMinutes;
    }),
    host.on('session.locked', () => {
      unlocked = false;
    }),
  ];

  const checkIdle = (): void => {
    if (!unlocked || idleLockMinutes <= 0) return;
    if (powerMonitor.getSystemIdleTime() >= idleLockMinutes * 60) {
      // Stop re-sending while the backend's 'session.locked' event is on its way.
      unlocked = false;
      logLock('idle');
      lockAfterFlush('idle');
    }
  };
  const idleTimer = setInterval(checkIdle, pollMs);

  const onInput = (event: { preventDefault: () => void }, input: Input): void => {
    if (!isLockHotkey(input, platform)) return;
    event.preventDefault();
    logLock('hotkey');
    lockAfterFlush('hotkey');
  };
  contents.on('before-input-event', onInput);

  const onSleep = (): void => {
    logLock('sleep');
    host.lock('sleep');
  };
  powerMonitor.on('suspend', onSleep);
  powerMonitor.on('lock-screen', onSleep);

  return () => {
    clearInterval(idleTimer);
    for (const unsubscribe of unsubscribers) unsubscribe();
    contents.off('before-input-event', onInput);
    powerMonitor.off('suspend', onSleep);
    powerMonitor.off('lock-screen', onSleep);
  };
}
