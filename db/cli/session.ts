// The command line's way in: the same backend the app runs, in-process, reached only through
// call(): unlock first (passphrase or recovery key), then contract methods, then lock.
import { resolve } from 'node:path';

import { devBackendOptions, type DevInput as Input, type DevMethodName as MethodName, type DevOutput as Output } from '../dev/dev-api';
import { createBackend, type Backend } from '../backend/backend';
import type { Result } from '../contract/core';
import { CliError, fromApiError } from './errors';
import type { VaultTarget } from './options';
import { readPassphrase, readRecoveryKey } from './secrets';

// Beside this file whatever the working directory, so the CLI works from anywhere.
const MIGRATIONS_DIR = resolve(__dirname, '..', 'migrations');

export interface CliSession {
  call<M extends MethodName>(method: M, input: Input<M>): Output<M>;
  close(): void;
}

export function openBackend(target: VaultTarget): Backend {
  return createBackend({ ...devBackendOptions,  vaultDir: target.vaultDir, stateDir: target.stateDir, migrationsDir: MIGRATIONS_DIR });
}

export function callOn<M extends MethodName>(backend: Backend, method: M, input: Input<M>): Output<M> {
  const result = backend.call(method, input) as Result<Output<M>>;
  if (!result.ok) throw fromApiError(result.error);
  return result.value;
}

/** Opens the vault as the given user; the caller must close() the session, also on failure. */
export async function unlock(target: VaultTarget): Promise<CliSession> {
  const backend = openBackend(target);
  const session: CliSession = {
    call: (method, input) => callOn(backend, method, input),
    close: () => backend.close(),
  };
  try {
    // Say so before asking for a secret that could not be used anyway.
    if (!session.call('session.status', {}).vaultExists) throw new CliError('NOT_FOUND', `There is no vault in ${target.vaultDir}.`);
    if (target.useRecoveryKey) {
      session.call('session.unlockWithRecoveryKey', { userName: target.userName, recoveryKey: await readRecoveryKey() });
    } else {
      session.call('session.unlock', { userName: target.userName, passphrase: await readPassphrase(target.userName) });
    }
  } catch (e) {
    session.close();
    throw e;
  }
  return session;
}

/** Runs work in an unlocked session and always locks again. */
export async function withSession<T>(target: VaultTarget, work: (session: CliSession) => Promise<T> | T): Promise<T> {
  const session = await unlock(target);
  try {
    return await work(session);
  } finally {
    session.close();
  }
}
