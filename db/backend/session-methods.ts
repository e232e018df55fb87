// The calls that work while the vault is locked: status, passphrase strength, creating the vault,
// unlocking, locking and erasing this laptop's keys. They change the backend's session rather than
// the data.
import { existsSync } from 'node:fs';

import type { z } from 'zod';

import type { MethodDef } from '../contract/core';
import type { SessionStatus, sessionApi } from '../contract/session';
import { readSettings } from '../features/admin/settings-store';
import { eraseKeys, keysErased } from '../vault/erase';
import { tightenVaultModes } from '../vault/file-modes';
import { KeyRing } from '../vault/key-ring';
import { checkPassphrase } from '../vault/passphrase-strength';
import { formatRecoveryKey } from '../vault/recovery-key';
import { removeStaleFiles } from '../vault/stale-files';
import { UnlockAttempts } from '../vault/unlock-attempts';
import { readUnlockPolicy } from '../vault/unlock-policy';
import { vaultExists } from '../vault/vault-files';
import { anchorAfterCommit, auditCount } from './audit-anchoring';
import { appendAudit } from './audit-log';
import type { BackendState } from './backend';
import { ServiceError } from './errors';
import type { OpenVault } from './open-vault';
import type { AccessRuntime } from './vault-access';
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
    keysErased: keysErased(state.runtime.files),
  };
}

/**
 * Housekeeping of the vault folder, at the backend's start and before each unlock: stale leftovers
 * of interrupted writes go, and every file is made owner-only. Never stands in the way of an unlock.
 */
export function tidyVaultFolder(rt: Pick<AccessRuntime, 'files' | 'stateDir'>): void {
  try {
    removeStaleFiles(rt.files, rt.stateDir);
    tightenVaultModes(rt.files);
  } catch {
    // A folder that cannot be tidied now (read-only media, a file in use) is tidied at a later start.
  }
}

const ERASED = "This laptop's keys were erased. Only the recovery key opens the vault now.";

function refuseIfErased(state: BackendState): void {
  if (keysErased(state.runtime.files)) throw new ServiceError('CONFLICT', ERASED, { reason: 'keys_erased' });
}

/** Erases the keys, records it while a session is open, then locks. */
function erase(state: BackendState): { erased: true; slotsRemoved: number } {
  const { slotsRemoved } = eraseKeys(state.runtime.files, state.runtime.stateDir);
  const vault = state.vault;
  if (vault) {
    try {
      const at = state.runtime.clock().toISOString();
      const before = auditCount(vault.sqlite);
      vault.sqlite.transaction(() => appendAudit(vault.sqlite, { action: 'session.eraseKeys', changes: { slotsRemoved } }, vault.user, at, vault.signer))();
      anchorAfterCommit(vault.sqlite, state.runtime.files.auditHead, vault.signer, at, before);
    } catch {
      // The keys are gone either way; a failed audit entry must not keep the session open.
    }
  }
  // Also when locked: the lock event tells the window to show the lock screen afresh.
  if (vault) state.lock('keys_erased');
  else state.emit({ event: 'session.locked', payload: { reason: 'keys_erased' } });
  return { erased: true, slotsRemoved };
}

/**
 * After a refused passphrase: when the vault's policy erases the keys after N failed unlocks and the
 * count across user names has reached N, the keys are erased and the refusal says so.
 */
function eraseIfPolicyReached(state: BackendState, refusal: unknown): void {
  if (!(refusal instanceof ServiceError) || refusal.code !== 'WRONG_PASSPHRASE') return;
  const limit = readUnlockPolicy(state.runtime.files.dir).eraseAfterFailedUnlocks;
  if (limit === null || !existsSync(state.runtime.files.keyRing)) return;
  const vaultId = KeyRing.load(state.runtime.files.keyRing).vaultId;
  const failures = new UnlockAttempts(state.runtime.stateDir, () => state.runtime.clock().getTime()).failuresAcrossNames(vaultId);
  if (failures < limit) return;
  erase(state);
  throw new ServiceError('CONFLICT', ERASED, { reason: 'keys_erased', params: { failedUnlocks: failures } });
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
    // Refused before anything changes: whoever is signed in stays signed in.
    if (vaultExists(state.runtime.files.dir)) {
      throw new ServiceError('CONFLICT', 'A vault already exists in this folder.', { reason: 'vault_exists' });
    }
    state.lock('user');
    const { vault, recoverySecret } = createVault(state.runtime, input);
    const recoveryKey = formatRecoveryKey(recoverySecret);
    recoverySecret.fill(0);
    start(state, vault);
    return { recoveryKey, userId: vault.user.id };
  },
  'session.unlock': (state, input) => {
    tidyVaultFolder(state.runtime);
    refuseIfErased(state);
    let vault: OpenVault;
    try {
      vault = unlockWithPassphrase(state.runtime, input.userName, input.passphrase);
    } catch (e) {
      eraseIfPolicyReached(state, e);
      throw e;
    }
    return start(state, vault);
  },
  'session.unlockWithRecoveryKey': (state, input) => {
    tidyVaultFolder(state.runtime);
    return start(state, unlockWithRecoveryKey(state.runtime, input.userName, input.recoveryKey));
  },
  'session.lock': (state) => {
    state.lock('user');
    return status(state);
  },
  'session.eraseKeys': (state, input) => {
    if (!input.confirm) {
      throw new ServiceError('VALIDATION', "Erasing this laptop's keys needs confirm: true.", { reason: 'confirmation_required' });
    }
    if (!vaultExists(state.runtime.files.dir)) throw new ServiceError('NOT_FOUND', 'There is no vault in this folder yet.', { reason: 'no_vault' });
    return erase(state);
  },
};
