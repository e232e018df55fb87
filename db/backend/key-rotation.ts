// Rotating the database key: a new random key, an encrypted copy of the database under it that is
// checked before anything depends on it, the new key sealed to every remaining member and to the
// recovery public key (no passphrase needed), then the copy swapped in atomically. A crash at any
// step leaves either the old vault or the new one: resolvePendingRotation settles it at unlock.
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

import type Database from 'better-sqlite3';

import type { RotationResult } from '../contract/vault';
import { copyUnderNewKey, keyOpens, openEncryptedDatabase } from '../vault/database-file';
import { recoveryKeysOf } from '../vault/key-pairs';
import { syncFolder } from '../vault/atomic-file';
import type { KeyRing } from '../vault/key-ring';
import { formatRecoveryKey } from '../vault/recovery-key';
import type { VaultFiles } from '../vault/vault-files';
import { ServiceError } from './errors';

export type RotationStage = 'prepared' | 'copied' | 'verified' | 'pending' | 'closed' | 'swapped' | 'reopened' | 'finalised';

/** Test hook: a simulated crash at a stage (the process "dies": nothing after it runs, not even cleanup). */
export const rotationFaults: { crashAt: RotationStage | null } = { crashAt: null };

export class SimulatedCrash extends Error {
  constructor(readonly stage: RotationStage) {
    super(`simulated crash after ${stage}`);
  }
}

function reach(stage: RotationStage): void {
  if (rotationFaults.crashAt === stage) throw new SimulatedCrash(stage);
}

const COPY = /^(.*)\.rotate-\d+\.tmp(-journal)?$/;

function copyFileOf(files: VaultFiles, epoch: number): string {
  return `${files.database}.rotate-${epoch}.tmp`;
}

/** Removes encrypted copies a rotation left behind (a crash before the swap). */
export function removeLeftoverCopies(files: VaultFiles): void {
  if (!existsSync(files.dir)) return;
  const db = basename(files.database);
  for (const f of readdirSync(files.dir)) {
    const m = COPY.exec(f);
    if (m && m[1] === db) rmSync(join(files.dir, f), { force: true });
  }
}

/**
 * At unlock: a ring with a rotation pending is settled by the key that opens the database.
 * Returns the key to use (null when neither opens it) and the epoch abandoned, if it was.
 */
export function resolvePendingRotation(
  files: VaultFiles,
  ring: KeyRing,
  current: Buffer | null,
  pending: Buffer | null,
  nativeBinding?: string,
): { key: Buffer | null; abandoned: number | null } {
  const waiting = ring.pending;
  if (!waiting) {
    // Copies are removed only once a key is known to be right: a refused unlock changes no file.
    if (current) removeLeftoverCopies(files);
    return { key: current, abandoned: null };
  }
  if (pending && ring.isPendingKey(pending) && keyOpens(files.database, pending, nativeBinding)) {
    removeLeftoverCopies(files);
    ring.finishRotation();
    ring.save(files.keyRing);
    current?.fill(0);
    return { key: pending, abandoned: null };
  }
  if (current && keyOpens(files.database, current, nativeBinding)) {
    removeLeftoverCopies(files);
    ring.abandonRotation();
    ring.save(files.keyRing);
    pending?.fill(0);
    return { key: current, abandoned: waiting.epoch };
  }
  return { key: null, abandoned: null };
}

/** What the rotation needs from the open vault. */
export interface RotationTarget {
  files: VaultFiles;
  ring: KeyRing;
  sqlite: Database.Database;
  key: Buffer;
  nativeBinding?: string;
  now(): string;
  /** Appends an audit entry to the open database (inside the caller's transaction). */
  audit(entry: { action: string; changes?: unknown }): void;
  /** Puts the reopened database and its key in place of the old ones. */
  replace(sqlite: Database.Database, key: Buffer): void;
  /** The database is closed and could not be reopened: the session must end. */
  lost(): void;
  progress(stage: string, done: number, total: number): void;
}

interface Member {
  user_id: string;
  box_public: string;
}

export function rotateDatabaseKey(t: RotationTarget, reason: 'revoke' | 'manual'): RotationResult {
  if (t.ring.pending) throw new ServiceError('CONFLICT', 'A key rotation is already under way; lock and unlock the vault to finish it.', { reason: 'rotation_under_way' });
  const TOTAL = 6;
  const members = t.sqlite
    .prepare(
      `SELECT k.user_id, k.box_public FROM member_keys k JOIN users u ON u.id = k.user_id
       WHERE k.retired_at IS NULL AND k.deleted_at IS NULL AND u.active = 1 AND u.deleted_at IS NULL`,
    )
    .all() as Member[];
  const withKeys = new Set(members.map((m) => m.user_id));
  const needPassphraseReset = (t.sqlite.prepare('SELECT id FROM users WHERE active = 1 AND deleted_at IS NULL').all() as { id: string }[])
    .map((u) => u.id)
    .filter((id) => !withKeys.has(id));

  const oldEpoch = t.ring.epoch;
  const epoch = oldEpoch + 1;
  const newKey = randomBytes(32);
  const replaceRecovery = t.ring.recovery.legacy === true;
  const newSecret = replaceRecovery ? randomBytes(32) : null;
  const recoveryPair = newSecret ? recoveryKeysOf(newSecret) : null;
  const recovery = recoveryPair
    ? { boxPublic: recoveryPair.boxPublic, signPublic: recoveryPair.signPublic }
    : { boxPublic: Buffer.from(t.ring.recovery.boxPublic, 'base64'), signPublic: Buffer.from(t.ring.recovery.signPublic, 'base64') };
  recoveryPair?.boxPrivate.fill(0);
  recoveryPair?.signPrivate.fill(0);

  t.progress('prepare', 0, TOTAL);
  t.sqlite.transaction(() => {
    t.sqlite
      .prepare('INSERT INTO retired_keys (epoch, key, retired_at) VALUES (?, ?, ?) ON CONFLICT(epoch) DO UPDATE SET key = excluded.key, retired_at = excluded.retired_at')
      .run(oldEpoch, t.key.toString('base64'), t.now());
    t.audit({
      action: 'vault.rotateKey',
      changes: {
        epoch,
        reason,
        ...(recoveryPair ? { recovery: { box: recovery.boxPublic.toString('base64'), sign: recovery.signPublic.toString('base64') } } : {}),
      },
    });
  })();
  reach('prepared');

  const copy = copyFileOf(t.files, epoch);
  let swapped = false;
  let closed = false;
  try {
    removeLeftoverCopies(t.files);
    copyUnderNewKey(t.sqlite, copy, t.key, newKey, {
      ...(t.nativeBinding ? { nativeBinding: t.nativeBinding } : {}),
      step: (stage) => t.progress(stage, stage === 'copy' ? 1 : 2, TOTAL),
    });
    reach('copied');
    t.progress('verify', 3, TOTAL);
    verifyCopy(t, copy, newKey);
    reach('verified');

    t.progress('seal', 4, TOTAL);
    t.ring.beginRotation(
      newKey,
      members.map((m) => m.box_public),
      recovery,
    );
    t.ring.save(t.files.keyRing);
    reach('pending');

    t.progress('swap', 5, TOTAL);
    t.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    t.sqlite.close();
    closed = true;
    rmSync(`${t.files.database}-wal`, { force: true });
    rmSync(`${t.files.database}-shm`, { force: true });
    reach('closed');
    renameSync(copy, t.files.database);
    syncFolder(dirname(t.files.database));
    swapped = true;
    reach('swapped');
  } catch (e) {
    if (e instanceof SimulatedCrash) throw e;
    if (!swapped) {
      // Nothing depends on the copy yet: the vault stays under the old key.
      rmSync(copy, { force: true });
      rmSync(`${copy}-journal`, { force: true });
      if (t.ring.pending) {
        t.ring.abandonRotation();
        t.ring.save(t.files.keyRing);
      }
      if (closed) t.replace(openEncryptedDatabase(t.files.database, t.key, nb(t)), Buffer.from(t.key));
      t.sqlite.transaction(() => t.audit({ action: 'vault.rotateKey.abandoned', changes: { epoch } }))();
      newKey.fill(0);
      if (e instanceof ServiceError) throw e;
      throw new ServiceError('INTERNAL', 'The database key could not be changed; the vault is unchanged under its old key. Check free disk space and try again.', { reason: 'rotation_failed' });
    }
    throw e;
  }

  try {
    // The copy passed its quick check before the swap; reopening need not repeat it.
    t.replace(openEncryptedDatabase(t.files.database, newKey, { skipCheck: true, ...nb(t) }), newKey);
  } catch (e) {
    t.lost();
    if (e instanceof ServiceError) throw e;
    throw new ServiceError('INTERNAL', 'The key was changed but the vault could not be reopened; unlock it again to finish.', { reason: 'rotation_reopen_failed' });
  }
  reach('reopened');
  t.ring.finishRotation();
  t.ring.save(t.files.keyRing);
  reach('finalised');
  t.progress('done', TOTAL, TOTAL);

  const result: RotationResult = {
    epoch,
    sealedTo: members.length,
    needPassphraseReset,
    oldBackups: countBackups(t.files.backups),
  };
  if (newSecret) {
    result.recoveryKey = formatRecoveryKey(newSecret);
    newSecret.fill(0);
  }
  return result;
}

function nb(t: RotationTarget): { nativeBinding?: string } {
  return t.nativeBinding ? { nativeBinding: t.nativeBinding } : {};
}

/** The copy opens with the new key only, passes the quick check and holds every audit entry. */
function verifyCopy(t: RotationTarget, copy: string, newKey: Buffer): void {
  if (keyOpens(copy, t.key, t.nativeBinding)) throw new ServiceError('INTERNAL', 'The copy still opens with the old key.', { reason: 'rotation_failed' });
  const check = openEncryptedDatabase(copy, newKey, { readonly: true, ...nb(t) });
  try {
    const count = (db: Database.Database) => (db.prepare('SELECT count(*) AS n, max(seq) AS last FROM audit_entries').get() as { n: number; last: number | null });
    const a = count(check);
    const b = count(t.sqlite);
    if (a.n !== b.n || a.last !== b.last) throw new ServiceError('INTERNAL', 'The copy under the new key is not complete.', { reason: 'rotation_failed' });
  } finally {
    check.close();
  }
}

function countBackups(folder: string): number {
  if (!existsSync(folder)) return 0;
  return readdirSync(folder).filter((f) => f.endsWith('.db')).length;
}
