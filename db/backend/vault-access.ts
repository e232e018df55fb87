// Creating and unlocking vaults. A refused unlock reads the key ring and nothing else of the
// vault, so every vault file stays byte-identical; the attempt counter lives in the state folder.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';

import Database from 'better-sqlite3';

import { DEFAULT_SETTINGS } from '../contract/admin';
import { newId } from '../features/common/records';
import { applyMigrations, planMigrations } from '../vault/migrations';
import { openEncryptedDatabase, quickCheck } from '../vault/database-file';
import { calibrateKdf } from '../vault/kdf';
import { KeyRing, normaliseUserName } from '../vault/key-ring';
import { checkPassphrase } from '../vault/passphrase-strength';
import { parseRecoveryKey } from '../vault/recovery-key';
import { UnlockAttempts } from '../vault/unlock-attempts';
import { vaultExists, type VaultFiles } from '../vault/vault-files';
import { anchorAfterCommit, auditCount } from './audit-anchoring';
import { appendAudit } from './audit-log';
import type { AuditSigner } from './audit-signer';
import type { SessionUser } from './context';
import { ServiceError } from './errors';
import { OpenVault, type VaultRuntime } from './open-vault';

export interface AccessRuntime extends VaultRuntime {
  stateDir: string;
  migrationsDir: string;
  /** Tests only: the audit signer of a session whose vault gave it none. */
  signerFor?: (user: SessionUser) => AuditSigner | null;
}

const WRONG = 'The user name or passphrase is not right.';

function openDatabase(rt: AccessRuntime, key: Buffer): Database.Database {
  const sqlite = openEncryptedDatabase(rt.files.database, key, {
    skipCheck: true,
    ...(rt.nativeBinding ? { nativeBinding: rt.nativeBinding } : {}),
  });
  try {
    checkIfDue(sqlite, rt);
  } catch (e) {
    sqlite.close();
    throw e;
  }
  return sqlite;
}

/**
 * Below INTEGRITY_CHECK_EVERY_OPEN_BYTES the quick check runs at every open (well under a second).
 * A larger vault (100,000 seeded cases is ~1.3 GiB, several seconds to check) is checked at the first unlock of
 * each day instead, so unlocking stays quick; `verify` always runs the full check.
 */
const INTEGRITY_CHECK_EVERY_OPEN_BYTES = 256 * 1024 * 1024;
const CHECKED_AT_KEY = 'integrityCheckedAt';

function checkIfDue(sqlite: Database.Database, rt: AccessRuntime): void {
  const hasSettings = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").get();
  const size = statSync(rt.files.database).size;
  const now = rt.clock();
  if (hasSettings && size >= INTEGRITY_CHECK_EVERY_OPEN_BYTES) {
    const row = sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(CHECKED_AT_KEY) as { value: string } | undefined;
    const last = row ? Date.parse(JSON.parse(row.value) as string) : NaN;
    if (now.getTime() - last < 24 * 60 * 60 * 1000) return;
  }
  quickCheck(sqlite);
  if (hasSettings) {
    sqlite
      .prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at')
      .run(CHECKED_AT_KEY, JSON.stringify(now.toISOString()), now.toISOString());
  }
}

function findUser(sqlite: Database.Database, userName: string): SessionUser | null {
  const row = sqlite
    .prepare('SELECT id, name, display_name AS displayName, role FROM users WHERE lower(name) = ? AND active = 1 AND deleted_at IS NULL')
    .get(normaliseUserName(userName)) as SessionUser | undefined;
  return row ?? null;
}

/** When the newest automatic backup was made, read from its name (written with the vault's clock). */
function latestAutomaticBackup(files: VaultFiles): Date | null {
  if (!existsSync(files.backups)) return null;
  const times = readdirSync(files.backups)
    .map((f) => /^habeas-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(?:auto|migration)-[0-9a-f]{6}\.db$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(([, y, mo, d, h, mi, s]) => Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`));
  return times.length ? new Date(Math.max(...times)) : null;
}

/** Brings the schema up to date (backing up first when an existing database has migrations waiting). */
function prepareSchema(vault: OpenVault, rt: AccessRuntime): void {
  const plan = planMigrations(vault.sqlite, rt.migrationsDir);
  if (plan.pending === 0) return;
  if (plan.applied > 0) vault.backup('migration');
  applyMigrations(vault.sqlite, rt.migrationsDir);
}

export function createVault(rt: AccessRuntime, input: { userName: string; displayName?: string; passphrase: string }): {
  vault: OpenVault;
  masterKey: Buffer;
} {
  if (vaultExists(rt.files.dir)) throw new ServiceError('CONFLICT', 'A vault already exists in this folder.');
  const strength = checkPassphrase(input.passphrase, input.userName);
  if (!strength.ok) throw new ServiceError('WEAK_PASSPHRASE', strength.message, { fields: { passphrase: strength.message }, reason: strength.reason ?? undefined });
  mkdirSync(rt.files.dir, { recursive: true, mode: 0o700 });
  rmSync(rt.files.auditHead, { force: true }); // a head left by a vault that is no longer here
  const masterKey = randomBytes(32);
  const ring = KeyRing.create(masterKey);
  ring.setSlot(input.userName, input.passphrase, masterKey, calibrateKdf(rt.kdfTargetMs));
  let sqlite: Database.Database | null = null;
  try {
    sqlite = openDatabase(rt, masterKey);
    applyMigrations(sqlite, rt.migrationsDir);
    const now = rt.clock().toISOString();
    const user: SessionUser = {
      id: newId(),
      name: input.userName.trim(),
      displayName: input.displayName?.trim() || input.userName.trim(),
      role: 'administrator',
    };
    const db = sqlite;
    db.transaction(() => {
      db.prepare(
        'INSERT INTO users (id, created_at, updated_at, name, display_name, role, active) VALUES (?, ?, ?, ?, ?, ?, 1)',
      ).run(user.id, now, now, user.name, user.displayName, user.role);
      for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
        db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run(key, JSON.stringify(value), now);
      }
      appendAudit(db, { action: 'vault.create', tableName: 'users', recordId: user.id }, user, now, null);
    })();
    // The head before the key ring: a vault whose ring was saved always has its first head.
    anchorAfterCommit(sqlite, rt.files.auditHead, null, now, 0);
    ring.save(rt.files.keyRing);
    return { vault: new OpenVault(sqlite, Buffer.from(masterKey), ring, user, rt), masterKey };
  } catch (e) {
    sqlite?.close();
    for (const f of [rt.files.database, `${rt.files.database}-wal`, `${rt.files.database}-shm`, rt.files.keyRing, rt.files.auditHead]) rmSync(f, { force: true });
    throw e;
  }
}

function finishUnlock(rt: AccessRuntime, sqlite: Database.Database, key: Buffer, ring: KeyRing, userName: string, action: string): OpenVault {
  const placeholder: SessionUser = { id: '', name: userName, displayName: userName, role: 'caseworker' };
  const booting = new OpenVault(sqlite, key, ring, placeholder, rt);
  try {
    prepareSchema(booting, rt);
    // Measured before anything this unlock writes to the log, so its head covers all of it.
    const before = auditCount(sqlite);
    const user = findUser(sqlite, userName);
    if (!user) throw new ServiceError('WRONG_PASSPHRASE', WRONG);
    const vault = new OpenVault(sqlite, Buffer.from(key), ring, user, rt, rt.signerFor?.(user) ?? null);
    key.fill(0);
    const at = rt.clock().toISOString();
    sqlite.transaction(() => appendAudit(sqlite, { action, tableName: 'users', recordId: user.id }, user, at, vault.signer))();
    anchorAfterCommit(sqlite, rt.files.auditHead, vault.signer, at, before);
    return vault;
  } catch (e) {
    booting.close();
    throw e;
  }
}

function throttle(attempts: UnlockAttempts, vaultId: string, userName: string): void {
  const waitMs = attempts.retryAfterMs(vaultId, userName);
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new ServiceError('TOO_MANY_ATTEMPTS', `Too many failed attempts. Try again in ${seconds} seconds.`, { retryAfterSeconds: seconds });
  }
}

export function unlockWithPassphrase(rt: AccessRuntime, userName: string, passphrase: string): OpenVault {
  if (!vaultExists(rt.files.dir)) throw new ServiceError('NOT_FOUND', 'There is no vault in this folder yet.');
  if (!existsSync(rt.files.keyRing)) {
    throw new ServiceError('CORRUPT', 'The key ring file is missing. Unlock with the recovery key instead.');
  }
  const ring = KeyRing.load(rt.files.keyRing);
  const attempts = new UnlockAttempts(rt.stateDir, () => rt.clock().getTime());
  throttle(attempts, ring.vaultId, userName);
  const key = ring.unwrap(userName, passphrase);
  if (!key) {
    attempts.recordFailure(ring.vaultId, userName);
    throw new ServiceError('WRONG_PASSPHRASE', WRONG);
  }
  const vault = finishUnlock(rt, openDatabase(rt, key), key, ring, userName, 'session.unlock');
  attempts.recordSuccess(ring.vaultId, userName);
  return vault;
}

export function unlockWithRecoveryKey(rt: AccessRuntime, userName: string, recoveryKey: string): OpenVault {
  if (!vaultExists(rt.files.dir)) throw new ServiceError('NOT_FOUND', 'There is no vault in this folder yet.');
  const key = parseRecoveryKey(recoveryKey);
  const ringFile = existsSync(rt.files.keyRing) ? rt.files.keyRing : null;
  const ring = ringFile ? KeyRing.load(ringFile) : KeyRing.create(key);
  const attempts = new UnlockAttempts(rt.stateDir, () => rt.clock().getTime());
  const throttleName = `${userName}#recovery`;
  throttle(attempts, ring.vaultId, throttleName);
  if (ringFile && !ring.matchesMasterKey(key)) {
    attempts.recordFailure(ring.vaultId, throttleName);
    throw new ServiceError('WRONG_PASSPHRASE', 'This recovery key does not open this vault.');
  }
  let sqlite: Database.Database;
  try {
    sqlite = openDatabase(rt, key);
  } catch (e) {
    attempts.recordFailure(ring.vaultId, throttleName);
    throw ringFile ? e : new ServiceError('WRONG_PASSPHRASE', 'This recovery key does not open this vault.');
  }
  const vault = finishUnlock(rt, sqlite, key, ring, userName, 'session.unlock.recovery');
  attempts.recordSuccess(ring.vaultId, throttleName);
  return vault;
}

export { latestAutomaticBackup };
