// Creating and unlocking vaults. A refused unlock reads the key ring and nothing else of the
// vault, so every vault file stays byte-identical; the attempt counter lives in the state folder.
// An unlock also finishes or undoes a key rotation a crash interrupted, and upgrades a key ring
// made before key pairs, one user at a time.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';

import Database from 'better-sqlite3';

import { DEFAULT_SETTINGS } from '../contract/admin';
import { dropAbandonedAttachments } from '../features/attachments/attachment-intake';
import { fillCaseReferences } from '../features/cases/case-reference';
import { newId } from '../features/common/records';
import { applyMigrations, planMigrations } from '../vault/migrations';
import { openEncryptedDatabase, quickCheck } from '../vault/database-file';
import { calibrateKdf } from '../vault/kdf';
import { generateMemberKeys, recoveryKeysOf, type MemberKeys } from '../vault/key-pairs';
import { KeyRing, normaliseUserName, recoveryCopyOf } from '../vault/key-ring';
import { checkPassphrase } from '../vault/passphrase-strength';
import { parseRecoveryKey } from '../vault/recovery-key';
import { UnlockAttempts } from '../vault/unlock-attempts';
import { vaultExists, type VaultFiles } from '../vault/vault-files';
import { anchorAfterCommit, auditCount } from './audit-anchoring';
import { appendAudit } from './audit-log';
import { auditSigner, type AuditSigner } from './audit-signer';
import type { SessionUser } from './context';
import { ServiceError } from './errors';
import { removeLeftoverCopies, resolvePendingRotation } from './key-rotation';
import { OpenVault, type VaultRuntime } from './open-vault';

export interface AccessRuntime extends VaultRuntime {
  stateDir: string;
  migrationsDir: string;
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

const b64 = (x: Buffer) => x.toString('base64');
const publicsOf = (k: MemberKeys) => ({ box: b64(k.boxPublic), sign: b64(k.signPublic) });

function wipe(keys: MemberKeys | null | undefined): void {
  keys?.boxPrivate.fill(0);
  keys?.signPrivate.fill(0);
}

/** Records a member's public keys, retiring any they had. */
function recordMemberKeys(sqlite: Database.Database, userId: string, keys: MemberKeys, now: string): void {
  // Only a database held at a schema before migration 0011 lacks the table (migration tests build
  // such vaults); the audit entry still carries the public keys.
  if (!sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'member_keys'").get()) return;
  sqlite.prepare('UPDATE member_keys SET retired_at = ?, updated_at = ? WHERE user_id = ? AND retired_at IS NULL').run(now, now, userId);
  sqlite
    .prepare('INSERT INTO member_keys (id, created_at, updated_at, user_id, box_public, sign_public) VALUES (?, ?, ?, ?, ?, ?)')
    .run(newId(), now, now, userId, b64(keys.boxPublic), b64(keys.signPublic));
}

export function createVault(rt: AccessRuntime, input: { userName: string; displayName?: string; passphrase: string }): {
  vault: OpenVault;
  recoverySecret: Buffer;
} {
  if (vaultExists(rt.files.dir)) throw new ServiceError('CONFLICT', 'A vault already exists in this folder.', { reason: 'vault_exists' });
  const strength = checkPassphrase(input.passphrase, input.userName);
  if (!strength.ok) throw new ServiceError('WEAK_PASSPHRASE', strength.message, { fields: { passphrase: strength.message }, reason: strength.reason ?? 'too_guessable' });
  mkdirSync(rt.files.dir, { recursive: true, mode: 0o700 });
  rmSync(rt.files.auditHead, { force: true }); // a head left by a vault that is no longer here
  const databaseKey = randomBytes(32);
  const recoverySecret = randomBytes(32);
  const recovery = recoveryKeysOf(recoverySecret);
  const member = generateMemberKeys();
  const signer = auditSigner(member.signPrivate, member.signPublic);
  const ring = KeyRing.create(databaseKey, recovery, calibrateKdf(rt.kdfTargetMs));
  ring.setMember(input.userName, input.passphrase, member, databaseKey);
  let sqlite: Database.Database | null = null;
  try {
    sqlite = openDatabase(rt, databaseKey);
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
      recordMemberKeys(db, user.id, member, now);
      appendAudit(db, { action: 'vault.create', tableName: 'users', recordId: user.id, changes: { keys: publicsOf(member), recovery: publicsOf(recovery) } }, user, now, signer);
    })();
    // The head before the key ring: a vault whose ring was saved always has its first head.
    anchorAfterCommit(sqlite, rt.files.auditHead, signer, now, 0);
    ring.save(rt.files.keyRing);
    return { vault: new OpenVault(sqlite, databaseKey, ring, user, rt, signer), recoverySecret };
  } catch (e) {
    sqlite?.close();
    databaseKey.fill(0);
    signer.destroy();
    for (const f of [rt.files.database, `${rt.files.database}-wal`, `${rt.files.database}-shm`, rt.files.keyRing, recoveryCopyOf(rt.files.keyRing), rt.files.auditHead]) rmSync(f, { force: true });
    throw e;
  } finally {
    wipe(member);
    wipe(recovery);
  }
}

/**
 * The epoch of a rotation the audit log announces but the ring never reached (the process died
 * before the swap), unless already recorded as abandoned; null otherwise.
 */
function abandonedRotation(sqlite: Database.Database, epoch: number): number | null {
  const last = sqlite
    .prepare("SELECT action, changes FROM audit_entries WHERE action IN ('vault.rotateKey', 'vault.rotateKey.abandoned') ORDER BY seq DESC LIMIT 1")
    .get() as { action: string; changes: string | null } | undefined;
  if (last?.action !== 'vault.rotateKey' || !last.changes) return null;
  const announced = (JSON.parse(last.changes) as { epoch?: unknown }).epoch;
  return typeof announced === 'number' && announced > epoch ? announced : null;
}

/**
 * A member whose keys the database does not know yet (a database that reached the key tables by
 * migration after its ring already had key pairs) introduces them, signed with their own key, as an
 * upgrading member does; the first also introduces the recovery key pair.
 */
function introduceUnknownKeys(
  sqlite: Database.Database,
  user: SessionUser,
  publics: Pick<MemberKeys, 'boxPublic' | 'signPublic'>,
  ring: KeyRing,
  now: string,
  signer: AuditSigner | null,
): void {
  if (!sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'member_keys'").get()) return;
  const known = sqlite.prepare('SELECT 1 FROM member_keys WHERE user_id = ? AND sign_public = ? AND retired_at IS NULL').get(user.id, b64(publics.signPublic));
  if (known) return;
  const recoveryKnown =
    sqlite
      .prepare("SELECT 1 FROM audit_entries WHERE action IN ('vault.create', 'user.keys', 'vault.rotateKey') AND json_extract(changes, '$.recovery') IS NOT NULL LIMIT 1")
      .get() !== undefined;
  recordMemberKeys(sqlite, user.id, publics as MemberKeys, now);
  const recovery = ring.recovery;
  const changes = {
    keys: { box: b64(publics.boxPublic), sign: b64(publics.signPublic) },
    ...(recoveryKnown || !recovery.signPublic ? {} : { recovery: { box: recovery.boxPublic, sign: recovery.signPublic } }),
  };
  appendAudit(sqlite, { action: 'user.keys', tableName: 'users', recordId: user.id, changes }, user, now, signer);
}

/** What an unlock found before the database is opened. */
interface Opened {
  key: Buffer;
  signer: AuditSigner | null;
  /** The unlocking member's key pair when the ring has to give them one (an upgrade from version 1). */
  upgrade: MemberKeys | null;
  /** The passphrase that wraps the upgraded member's new keys. */
  passphrase?: string;
  /** The public halves of the unlocking member's keys (a member slot of a version 2 ring). */
  publics?: Pick<MemberKeys, 'boxPublic' | 'signPublic'>;
}

function finishUnlock(rt: AccessRuntime, sqlite: Database.Database, opened: Opened, ring: KeyRing, userName: string, action: string): OpenVault {
  const placeholder: SessionUser = { id: '', name: userName, displayName: userName, role: 'caseworker' };
  const booting = new OpenVault(sqlite, Buffer.from(opened.key), ring, placeholder, rt);
  let legacyRecovery: MemberKeys | null = null;
  try {
    prepareSchema(booting, rt);
    // Measured before anything this unlock writes to the log, so its head covers all of it.
    const before = auditCount(sqlite);
    const user = findUser(sqlite, userName);
    if (!user) throw new ServiceError('WRONG_PASSPHRASE', WRONG, { reason: 'wrong_passphrase' });
    const vault = new OpenVault(sqlite, Buffer.from(opened.key), ring, user, rt, opened.signer);
    const now = rt.clock().toISOString();
    // The first user to get keys introduces the recovery pair derived from the old recovery key.
    const introduced = sqlite.prepare("SELECT 1 FROM audit_entries WHERE action = 'user.keys' LIMIT 1").get() !== undefined;
    legacyRecovery = opened.upgrade && (ring.isVersion1 || (!introduced && ring.recovery.legacy)) ? recoveryKeysOf(opened.key) : null;
    sqlite.transaction(() => {
      if (opened.upgrade) {
        recordMemberKeys(sqlite, user.id, opened.upgrade, now);
        appendAudit(
          sqlite,
          {
            action: 'user.keys',
            tableName: 'users',
            recordId: user.id,
            changes: { keys: publicsOf(opened.upgrade), ...(legacyRecovery ? { recovery: publicsOf(legacyRecovery) } : {}) },
          },
          user,
          now,
          vault.signer,
        );
      }
      if (!opened.upgrade && opened.publics) introduceUnknownKeys(sqlite, user, opened.publics, ring, now, vault.signer);
      // Upkeep that belongs to migration 0013 runs on a vault that has it (tests open vaults
      // stopped at earlier migrations to check those migrations on old data).
      const documentsSchema = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attachments'").get() !== undefined;
      // No upload outlives the session that began it: files still being received are dropped.
      if (documentsSchema) dropAbandonedAttachments(sqlite);
      const abandoned = abandonedRotation(sqlite, ring.epoch);
      if (abandoned !== null) appendAudit(sqlite, { action: 'vault.rotateKey.abandoned', changes: { epoch: abandoned } }, user, now, vault.signer);
      // Cases from before references (or synced from a laptop on an older release) get theirs now.
      const filled = documentsSchema ? fillCaseReferences(sqlite) : 0;
      if (filled > 0) appendAudit(sqlite, { action: 'case.references.fill', tableName: 'cases', changes: { filled } }, user, now, vault.signer);
      appendAudit(sqlite, { action, tableName: 'users', recordId: user.id }, user, now, vault.signer);
    })();
    anchorAfterCommit(sqlite, rt.files.auditHead, vault.signer, now, before);
    if (opened.upgrade) {
      // The database records the new keys first: a crash before the ring is written leaves the
      // legacy slot, and the next unlock makes a fresh pair (retiring this one).
      if (legacyRecovery && ring.isVersion1) ring.upgrade(opened.key, legacyRecovery, calibrateKdf(rt.kdfTargetMs));
      ring.setMember(userName, opened.passphrase ?? '', opened.upgrade, opened.key);
      ring.removeLegacySlot(userName);
      ring.save(rt.files.keyRing);
    }
    booting.detach();
    return vault;
  } catch (e) {
    booting.close();
    opened.signer?.destroy();
    throw e;
  } finally {
    opened.key.fill(0);
    wipe(opened.upgrade);
    wipe(legacyRecovery);
  }
}

function throttle(attempts: UnlockAttempts, vaultId: string, userName: string): void {
  const waitMs = attempts.retryAfterMs(vaultId, userName);
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new ServiceError('TOO_MANY_ATTEMPTS', `Too many failed attempts. Try again in ${seconds} seconds.`, { reason: 'too_many_attempts', params: { seconds }, retryAfterSeconds: seconds });
  }
}

/**
 * The key a user name and passphrase give: from their version 2 slot (one derivation, whether
 * or not the slot exists), or else from a slot kept from before key pairs, which is upgraded.
 */
function openWithPassphrase(rt: AccessRuntime, ring: KeyRing, userName: string, passphrase: string): Opened | null {
  if (!ring.isVersion1) {
    const member = ring.unwrapMember(userName, passphrase);
    if (member) {
      const { key } = resolvePendingRotation(rt.files, ring, member.databaseKey, member.pendingKey, rt.nativeBinding);
      if (!key) {
        wipe(member.keys);
        return null;
      }
      const signer = auditSigner(member.keys.signPrivate, member.keys.signPublic);
      const publics = { boxPublic: Buffer.from(member.keys.boxPublic), signPublic: Buffer.from(member.keys.signPublic) };
      wipe(member.keys);
      return { key, signer, upgrade: null, publics };
    }
  }
  if (!ring.hasLegacySlot(userName)) return null;
  const legacyKey = ring.unwrapLegacy(userName, passphrase);
  if (!legacyKey) return null;
  // A legacy slot holds the key of epoch 1; after a rotation it opens nothing.
  if (!ring.matchesKey(legacyKey)) {
    legacyKey.fill(0);
    return null;
  }
  removeLeftoverCopies(rt.files);
  const keys = generateMemberKeys();
  return { key: legacyKey, signer: auditSigner(keys.signPrivate, keys.signPublic), upgrade: keys, passphrase };
}

export function unlockWithPassphrase(rt: AccessRuntime, userName: string, passphrase: string): OpenVault {
  if (!vaultExists(rt.files.dir)) throw new ServiceError('NOT_FOUND', 'There is no vault in this folder yet.', { reason: 'no_vault' });
  if (!existsSync(rt.files.keyRing)) {
    throw new ServiceError('CORRUPT', 'The key ring file is missing. Unlock with the recovery key instead.', { reason: 'key_ring_missing' });
  }
  const ring = KeyRing.load(rt.files.keyRing);
  const attempts = new UnlockAttempts(rt.stateDir, () => rt.clock().getTime());
  throttle(attempts, ring.vaultId, userName);
  const opened = openWithPassphrase(rt, ring, userName, passphrase);
  if (!opened) {
    attempts.recordFailure(ring.vaultId, userName);
    throw new ServiceError('WRONG_PASSPHRASE', WRONG, { reason: 'wrong_passphrase' });
  }
  let sqlite: Database.Database;
  try {
    sqlite = openDatabase(rt, opened.key);
  } catch (e) {
    opened.key.fill(0);
    opened.signer?.destroy();
    wipe(opened.upgrade);
    throw e;
  }
  const vault = finishUnlock(rt, sqlite, opened, ring, userName, 'session.unlock');
  attempts.recordSuccess(ring.vaultId, userName);
  return vault;
}

/** The key the recovery key gives: through the ring's recovery envelope, or (a vault from before key pairs) itself. */
function openWithRecovery(rt: AccessRuntime, ring: KeyRing | null, secret: Buffer): Opened | null {
  const pair = recoveryKeysOf(secret);
  const signer = auditSigner(pair.signPrivate, pair.signPublic);
  try {
    if (!ring || ring.isVersion1) {
      // Before key pairs the recovery key was the database key; a lost ring leaves only that to try.
      if (ring && !ring.matchesKey(secret)) return null;
      // A ring from before key pairs becomes version 2 in memory (written when a member is added or
      // reset); the session signs nothing, so the unsigned legacy part of the audit log goes on.
      if (ring) {
        ring.upgrade(secret, pair, calibrateKdf(rt.kdfTargetMs));
        signer.destroy();
      }
      removeLeftoverCopies(rt.files);
      return { key: Buffer.from(secret), signer: ring ? null : signer, upgrade: null };
    }
    const { databaseKey, pendingKey } = ring.openRecovery(pair.boxPrivate);
    const { key } = resolvePendingRotation(rt.files, ring, databaseKey, pendingKey, rt.nativeBinding);
    return key ? { key, signer, upgrade: null } : null;
  } finally {
    wipe(pair);
  }
}

export function unlockWithRecoveryKey(rt: AccessRuntime, userName: string, recoveryKey: string): OpenVault {
  if (!vaultExists(rt.files.dir)) throw new ServiceError('NOT_FOUND', 'There is no vault in this folder yet.', { reason: 'no_vault' });
  const secret = parseRecoveryKey(recoveryKey);
  const copy = recoveryCopyOf(rt.files.keyRing);
  const ringFile = existsSync(rt.files.keyRing) ? rt.files.keyRing : existsSync(copy) ? copy : null;
  const loaded = ringFile ? KeyRing.load(ringFile) : null;
  // Without a ring file the session keeps one in memory (written only if a member is added).
  const ring = loaded ?? KeyRing.create(secret, recoveryKeysOf(secret), calibrateKdf(rt.kdfTargetMs), { legacyRecovery: true });
  const attempts = new UnlockAttempts(rt.stateDir, () => rt.clock().getTime());
  const throttleName = `${userName}#recovery`;
  throttle(attempts, ring.vaultId, throttleName);
  const opened = openWithRecovery(rt, loaded, secret);
  secret.fill(0);
  if (!opened) {
    attempts.recordFailure(ring.vaultId, throttleName);
    throw new ServiceError('WRONG_PASSPHRASE', 'This recovery key does not open this vault.', { reason: 'wrong_recovery_key' });
  }
  let sqlite: Database.Database;
  try {
    sqlite = openDatabase(rt, opened.key);
  } catch (e) {
    attempts.recordFailure(ring.vaultId, throttleName);
    opened.key.fill(0);
    opened.signer?.destroy();
    throw ringFile ? e : new ServiceError('WRONG_PASSPHRASE', 'This recovery key does not open this vault.', { reason: 'wrong_recovery_key' });
  }
  const vault = finishUnlock(rt, sqlite, opened, ring, userName, 'session.unlock.recovery');
  attempts.recordSuccess(ring.vaultId, throttleName);
  return vault;
}

export { latestAutomaticBackup };
