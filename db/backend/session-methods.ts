// The calls that work while the vault is locked: status, passphrase strength, creating the vault,
// unlocking and locking. They change the backend's session rather than the data.
import { existsSync } from 'node:fs';

import type { z } from 'zod';

import type { MethodDef } from '../contract/core';
import type { SessionStatus, sessionApi } from '../contract/session';
import { readSettings } from '../features/admin/settings-store';
import { KeyRing } from '../vault/key-ring';
import { checkPassphrase } from '../vault/passphrase-strength';
import { formatRecoveryKey } from '../vault/recovery-key';
import { UnlockAttempts } from '../vault/unlock-attempts';
import { vaultExists } from '../vault/vault-files';
import type { BackendState } from './backend';
import type { OpenVault } from './open-vault';
import { createVault, latestAutomaticBackup, unlockWithPassphrase, unlockWithRecoveryKey } from './vault-access';

type LockedSlice = Omit<typeof sessionApi, 'session.changePassphrase'>;
type LockedHandlers = {
  [K in keyof LockedSlice]: LockedSlice[K] extends MethodDef<infer I, infer O> ? (state: BackendState, input: z.output<I>) => O : never;
};

function status(state: BackendState, retryAfterSeconds = 0): SessionStatus {
  const user = state.vault?.user ?? null;
  return {
    vaultExists: vaultExists(state.runtime.files.dir),
    unlocked: state.vault !== null,
    user: user ? { ...user } : null,
    retryAfterSeconds,
  };
}

/** Seconds the named user must still wait before the next unlock attempt. */
function retryAfterFor(state: BackendState, userName: string): number {
  const ringFile = state.runtime.files.keyRing;
  if (!existsSync(ringFile)) return 0;
  try {
    const ring = KeyRing.load(ringFile);
    const ms = new UnlockAttempts(state.runtime.stateDir, () => state.runtime.clock().getTime()).retryAfterMs(ring.vaultId, userName);
    return Math.ceil(ms / 1000);
  } catch {
    return 0;
  }
}

function start(state: BackendState, vault: OpenVault): SessionStatus {
  state.lock('user');
  state.vault = vault;
  const settings = readSettings(vault.db).all();
  try {
    vault.backupIfDue(settings.backupsToKeep, latestAutomaticBackup(state.runtime.files));
  } catch {
    // A failed daily backup must not keep the caseworker out; the next unlock tries again.
  }
  state.emit({
    event: 'session.unlocked',
    payload: { userName: vault.user.name, role: vault.user.role, idleLockMinutes: settings.idleLockMinutes },
  });
  return status(state);
}

export const sessionHandlers: LockedHandlers = {
  'session.status': (state, input) => status(state, input.userName ? retryAfterFor(state, input.userName) : 0),
  'session.checkPassphrase': (_state, input) => checkPassphrase(input.passphrase, input.userName),
  'session.createVault': (state, input) => {
    state.lock('user');
    const { vault, recoverySecret } = createVault(state.runtime, input);
    const recoveryKey = formatRecoveryKey(recoverySecret);
    recoverySecret.fill(0);
    start(state, vault);
    return { recoveryKey, userId: vault.user.id };
  },
  'session.unlock': (state, input) => start(state, unlockWithPassphrase(state.runtime, input.userName, input.passphrase)),
  'session.unlockWithRecoveryKey': (state, input) =>
    start(state, unlockWithRecoveryKey(state.runtime, input.userName, input.recoveryKey)),
  'session.lock': (state) => {
    state.lock('user');
    return status(state);
  },
};
