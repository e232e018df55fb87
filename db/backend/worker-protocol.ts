// Messages between the process that hosts the backend (Electron main, test harness) and the
// backend worker thread. Plain structured-clone data only.
import type { Result } from '../contract/core';
import type { BackendEvent, LockReason } from '../contract/events';

export interface WorkerOptions {
  /** Folder holding the encrypted database, key ring and backups. */
  vaultDir: string;
  /** Folder outside the vault for unlock-attempt throttling state. */
  stateDir: string;
  /** Path of a better-sqlite3 addon built for the current runtime (Electron's ABI in the app). */
  nativeBinding?: string;
  /** Folder of the committed drizzle-kit migrations (shipped beside the app when packaged). */
  migrationsDir?: string;
}

export type HostMessage =
  | { type: 'call'; id: number; method: string; input: unknown }
  | { type: 'lock'; reason: LockReason };

export type { BackendEvent, BackendEventName, LockReason } from '../contract/events';

export type WorkerMessage =
  | { type: 'result'; id: number; result: Result<unknown> }
  | ({ type: 'event' } & BackendEvent)
  | { type: 'ready' };
