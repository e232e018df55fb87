// A real encrypted vault in a temporary folder, driven through the same backend as the app.
// The clock is settable so deadline rules can be tested on fixed dates.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type Database from 'better-sqlite3';

import { devBackendOptions, type DevInput as Input, type DevMethodName as MethodName, type DevOutput as Output } from '../../../db/dev/dev-api';
import type { Result, Role } from '../../../db/contract/core';
import { createBackend, type Backend } from '../../../db/backend/backend';
import type { SessionUser } from '../../../db/backend/context';
import type { BackendEvent } from '../../../db/backend/worker-protocol';
import { openRawDatabase } from './raw-database';

export const ADMIN_PASSPHRASE = 'correct horse battery staple 42';
export const USER_PASSPHRASE = 'violet thunder marble canyon 7';

export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(`${code}: ${message}`);
  }
}

/** A valid UUIDv7 that names no record. */
export const MISSING_ID = '0190a5b2-7c3d-7e4f-8a1b-2c3d4e5f6a7b';

/** The ApiCallError a call threw; fails the test when it did not throw one. */
export function failure(fn: () => unknown): ApiCallError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiCallError) return e;
    throw e;
  }
  throw new Error('expected the call to fail');
}

export interface TestVault {
  dir: string;
  vaultDir: string;
  stateDir: string;
  backend: Backend;
  events: BackendEvent[];
  call<M extends MethodName>(method: M, input: Input<M>): Output<M>;
  result<M extends MethodName>(method: M, input: Input<M>): Result<Output<M>>;
  /** For the methods that answer with a promise (documents laid out asynchronously); works for any. */
  callAsync<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  resultAsync<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  signInAs(role: Role, name?: string): SessionUser;
  signInAsAdmin(): SessionUser;
  setToday(date: string): void;
  readonly recoveryKey: string;
  /** Raw handle on the open database (opened with the raw key, see raw-key.ts), for assertions only; a key rotation makes it stale. */
  readonly sqlite: Database.Database;
  close(): void;
}

export interface TestVaultOptions {
  today?: string;
  kdfTargetMs?: number;
  /** The migrations folder; read again at every unlock, so a test can add migrations between unlocks. */
  migrationsDir?: string;
}

const MIGRATIONS = join(__dirname, '../../../db/migrations');

/**
 * A copy of the committed migrations folder holding only those before `firstLeftOut` (a tag
 * prefix such as '0005'), for tests of a migration on a vault made before it. The copy is
 * removed with the folder given.
 */
export function migrationsBefore(firstLeftOut: string, into: string): string {
  const folder = join(into, 'migrations');
  cpSync(MIGRATIONS, folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((e) => e.tag < firstLeftOut);
  writeFileSync(journalFile, JSON.stringify(journal, null, 2));
  return folder;
}

/** Puts the whole committed migrations folder back in place of a partial copy. */
export function restoreMigrations(folder: string): void {
  cpSync(MIGRATIONS, folder, { recursive: true });
}

export function createTestVault(options: TestVaultOptions = {}): TestVault {
  const dir = mkdtempSync(join(tmpdir(), 'habeas-test-'));
  const vaultDir = join(dir, 'vault');
  const stateDir = join(dir, 'state');
  let now = new Date(`${options.today ?? '2026-01-15'}T10:00:00.000Z`);
  const events: BackendEvent[] = [];
  const backend = createBackend({
    ...devBackendOptions,
    vaultDir,
    stateDir,
    ...(options.migrationsDir ? { migrationsDir: options.migrationsDir } : {}),
    kdfTargetMs: options.kdfTargetMs ?? 1,
    clock: () => {
      now = new Date(now.getTime() + 1); // strictly increasing timestamps
      return new Date(now);
    },
    onEvent: (e) => events.push(e),
  });

  const result = <M extends MethodName>(method: M, input: Input<M>) => backend.call(method, input) as Result<Output<M>>;
  const call = <M extends MethodName>(method: M, input: Input<M>): Output<M> => {
    const r = result(method, input);
    if (!r.ok) throw new ApiCallError(r.error.code, r.error.message, r.error.details);
    return r.value;
  };

  const resultAsync = async <M extends MethodName>(method: M, input: Input<M>) => (await backend.callAsync(method, input)) as Result<Output<M>>;
  const callAsync = async <M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> => {
    const r = await resultAsync(method, input);
    if (!r.ok) throw new ApiCallError(r.error.code, r.error.message, r.error.details);
    return r.value;
  };

  const created = call('session.createVault', { userName: 'admin', displayName: 'Administrator', passphrase: ADMIN_PASSPHRASE });
  let raw: Database.Database | null = null;
  const passphrases = new Map<string, string>([['admin', ADMIN_PASSPHRASE]]);

  const unlockAs = (name: string): SessionUser => {
    const passphrase = passphrases.get(name) ?? USER_PASSPHRASE;
    const status = call('session.unlock', { userName: name, passphrase });
    if (!status.user) throw new Error('unlock gave no user');
    return status.user;
  };

  const vault: TestVault = {
    dir,
    vaultDir,
    stateDir,
    backend,
    events,
    call,
    result,
    callAsync,
    resultAsync,
    recoveryKey: created.recoveryKey,
    signInAsAdmin: () => unlockAs('admin'),
    signInAs(role, name = role) {
      if (!passphrases.has(name)) {
        const current = backend.status().user;
        if (current?.role !== 'administrator') unlockAs('admin');
        call('users.add', { name, displayName: name, role, passphrase: USER_PASSPHRASE });
        passphrases.set(name, USER_PASSPHRASE);
      }
      return unlockAs(name);
    },
    setToday(date) {
      now = new Date(`${date}T10:00:00.000Z`);
    },
    get sqlite() {
      // A second connection with the same key, so tests can look at what is stored.
      if (!raw) raw = openRawDatabase(vaultDir, created.recoveryKey);
      return raw;
    },
    close() {
      raw?.close();
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return vault;
}
