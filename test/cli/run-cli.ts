// Runs the real command line as a child process, the way a user or a script would, with the
// passphrase and state folder in the environment. Each unlock pays the full Argon2 cost.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';

import Database from 'better-sqlite3';

import { applyKey } from '../../db/vault/database-file';
import { rawDatabaseKey } from '../db/support/raw-key';

export const REPO = resolve(__dirname, '..', '..');
export const PASSPHRASE = 'orbit lantern quietly 73 meadow';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], env: Record<string, string | undefined> = {}): CliRun {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, HABEAS_RECOVERY_KEY: undefined, ...env };
  for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k];
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'db/cli/main.ts', ...args], {
    cwd: REPO,
    env: childEnv,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The database opened directly with the key behind a recovery key, as an attacker with the key could. */
export function openWithRecoveryKey(file: string, recoveryKey: string): Database.Database {
  const db = new Database(file);
  applyKey(db, rawDatabaseKey(dirname(file), recoveryKey));
  return db;
}
