// The shell's log: a file under userData/logs, never the console. Call inputs and results hold
// case data and passphrases, so this module only accepts method names, error codes and reasons.
import { ipcMain } from 'electron';
import log from 'electron-log/main';

import type { ApiError } from '../db/contract/core';
import { migrationCauseText, migrationFailureOf } from '../db/contract/migration-failure';

/** electron-log's own IPC channel; we never call log.initialize(), so nobody may write through it. */
const ELECTRON_LOG_CHANNEL = '__ELECTRON_LOG__';

export function setUpLog(): void {
  log.transports.console.level = false;
  log.transports.file.level = 'info';
  // electron-log listens on its channel as soon as it is imported; the renderer has no business there.
  ipcMain.removeAllListeners(ELECTRON_LOG_CHANNEL);
  ipcMain.removeHandler(ELECTRON_LOG_CHANNEL);
}

export function logStart(version: string, packaged: boolean): void {
  log.info(`Habeas ${version} starting (${packaged ? 'packaged' : 'development'})`);
}

/**
 * A call that failed: only the method name and the error code, never input or message details;
 * and for a migration that failed at unlock, its cause, which holds no stored values or keys.
 */
export function logCallFailure(method: string, error: Pick<ApiError, 'code' | 'details'>): void {
  const cause = migrationFailureOf(error);
  log.warn(`call ${method} failed: ${error.code}${cause ? ` (${migrationCauseText(cause)})` : ''}`);
}

/** A message or request refused by a guard; `what` must be a fixed description, never user data. */
export function logRefused(what: string, origin?: string): void {
  log.warn(origin === undefined ? `refused ${what}` : `refused ${what} from ${origin}`);
}

export function logLock(reason: string): void {
  log.info(`locking session: ${reason}`);
}

/** Failures of the shell itself (worker death, missing files): the error's message and code only. */
export function logShellError(what: string, error?: unknown): void {
  const detail = error instanceof Error ? `: ${error.name}: ${error.message}` : '';
  log.error(`${what}${detail}`);
}

export function logInfo(message: string): void {
  log.info(message);
}
