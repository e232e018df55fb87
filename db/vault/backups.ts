// Encrypted backups: VACUUM INTO writes a copy under the same key, which is then reopened and
// checked before it counts, with the signed head of its own audit log beside it
// (`<backup>.head.json`). Automatic and manual backups rotate, each kind under its own limit;
// every file is owner-only (0600) from the moment it exists. Backups made under an older database
// key can be re-encrypted to the current one.
import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, lstatSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

import type Database from 'better-sqlite3';

import { chainHead, type ChainHead } from '../backend/audit-anchoring';
import { verifyAudit } from '../backend/audit-verify';
import { ServiceError } from '../backend/errors';
import type { AuditVerification } from '../contract/admin';
import type { BackupInfo, BackupKind } from '../contract/backups';
import { backupHeadFile, readHead, writeHead, type AuditHead } from './audit-anchor';
import { keyOpens, openEncryptedDatabase, rekeyFile } from './database-file';
import { createPrivateFile, makePrivateDir, makePrivateFile } from './file-modes';

export interface BackupResult {
  file: string;
  bytes: number;
}

function stampNow(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*/, '');
}

/** Reopens a backup with the key and checks it; throws CORRUPT when it is not a sound copy. */
export function verifyBackup(file: string, key: Buffer, nativeBinding?: string): void {
  const copy = openEncryptedDatabase(file, key, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new ServiceError('CORRUPT', 'The backup failed its integrity check.', { reason: 'backup_integrity_failed' });
  } finally {
    copy.close();
  }
}

function headOfCopy(file: string, key: Buffer, nativeBinding?: string): ChainHead | null {
  const copy = openEncryptedDatabase(file, key, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    // A log not signed yet (a database before migration 0011's columns, or before its first signed
    // entry) has no head to sign: verify reads it as legacy entries.
    const hasColumn = copy.prepare("SELECT 1 FROM pragma_table_info('audit_entries') WHERE name = 'signer_key'").get() !== undefined;
    const last = hasColumn ? (copy.prepare('SELECT signer_key FROM audit_entries ORDER BY seq DESC LIMIT 1').get() as { signer_key: string | null } | undefined) : undefined;
    return last?.signer_key ? chainHead(copy) : null;
  } finally {
    copy.close();
  }
}

/** The audit log of a backup checked against the head kept beside it: members, signatures, and nothing cut off or rewritten. */
export function verifyBackupAudit(file: string, key: Buffer, nativeBinding?: string): AuditVerification {
  const copy = openEncryptedDatabase(file, key, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    return verifyAudit(copy, readHead(backupHeadFile(file)));
  } finally {
    copy.close();
  }
}

export function writeBackup(
  db: Database.Database,
  key: Buffer,
  folder: string,
  reason: string,
  options: { now?: Date; nativeBinding?: string; signHead?: (head: ChainHead) => AuditHead } = {},
): BackupResult {
  makePrivateDir(folder);
  const name = `habeas-${stampNow(options.now ?? new Date())}-${reason}-${randomBytes(3).toString('hex')}.db`;
  const file = join(folder, name);
  const partial = `${file}.partial`;
  try {
    // VACUUM INTO accepts an empty file: made first, owner-only, so the copy is never readable by others.
    createPrivateFile(partial);
    db.prepare('VACUUM INTO ?').run(partial);
    makePrivateFile(partial);
    verifyBackup(partial, key, options.nativeBinding);
    // The head of the copy itself (not of the live log, which may have moved on), signed by this session.
    const head = options.signHead ? headOfCopy(partial, key, options.nativeBinding) : null;
    if (head && options.signHead) writeHead(backupHeadFile(file), options.signHead(head));
    renameSync(partial, file);
  } catch (e) {
    rmSync(partial, { force: true });
    rmSync(backupHeadFile(file), { force: true });
    if (e instanceof ServiceError) throw e;
    throw new ServiceError('INTERNAL', 'The backup could not be written. Check free disk space and try again.', { reason: 'backup_write_failed' });
  }
  return { file, bytes: statSync(file).size };
}

/** The name of every backup this code writes: when (UTC), why, and a random suffix. */
const BACKUP_NAME = /^habeas-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-([a-z]+)-[0-9a-f]{6}\.db$/;

export type BackupFile = BackupInfo;

/** What a file name says of a backup, or null when the name is not one of ours. */
export function parseBackupName(name: string): { kind: BackupKind; madeAt: string } | null {
  const m = BACKUP_NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, reason] = m;
  if (reason !== 'auto' && reason !== 'migration' && reason !== 'manual') return null;
  const madeAt = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
  if (Number.isNaN(madeAt.getTime())) return null;
  return { kind: reason, madeAt: madeAt.toISOString() };
}

/** The backups in the folder, newest first; other files (partial copies, strays) are not listed. */
export function listBackups(folder: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const found: BackupFile[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const info = lstatSync(join(folder, name), { throwIfNoEntry: false });
    if (!info?.isFile()) continue;
    found.push({ name, kind: parsed.kind, bytes: info.size, madeAt: parsed.madeAt });
  }
  return found.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/**
 * Deletes one backup of the folder by its name. Only a plain file whose name is a backup's and which
 * sits directly in the folder is removed; a path, a stray name or a link is refused.
 */
export function deleteBackup(folder: string, name: string): BackupFile {
  const parsed = parseBackupName(name);
  if (!parsed) throw new ServiceError('VALIDATION', 'That is not the name of a backup.', { reason: 'not_a_backup' });
  const file = join(folder, name);
  const info = lstatSync(file, { throwIfNoEntry: false });
  if (!info) throw new ServiceError('NOT_FOUND', 'That backup was not found (it may have been deleted).', { reason: 'backup_not_found' });
  if (!info.isFile()) throw new ServiceError('VALIDATION', 'That is not the name of a backup.', { reason: 'not_a_backup' });
  rmSync(file);
  rmSync(backupHeadFile(file), { force: true });
  return { name, kind: parsed.kind, bytes: info.size, madeAt: parsed.madeAt };
}

/**
 * Keeps the newest `keep` backups of the given kinds and deletes the rest; returns the names removed.
 * `keep` 0 keeps every one (the manual limit's "keep all").
 */
export function rotateBackups(folder: string, keep: number, kinds: readonly BackupKind[] = ['auto', 'migration']): string[] {
  if (keep <= 0) return [];
  const old = listBackups(folder)
    .filter((b) => kinds.includes(b.kind))
    .slice(keep);
  for (const b of old) {
    rmSync(join(folder, b.name), { force: true });
    rmSync(backupHeadFile(join(folder, b.name)), { force: true });
  }
  return old.map((b) => b.name);
}

/** The key among `keys` that opens the backup (a copy), or null when none does. */
export function keyForBackup(file: string, keys: Buffer[], nativeBinding?: string): Buffer | null {
  const found = keys.find((k) => keyOpens(file, k, nativeBinding));
  return found ? Buffer.from(found) : null;
}

/**
 * Rewrites every backup of the folder made under an older key to `keys[0]` (the current key):
 * each is copied, rekeyed, verified under the new key and only then renamed over the original.
 */
export function reencryptBackups(
  folder: string,
  keys: Buffer[],
  options: { nativeBinding?: string; progress?: (done: number, total: number) => void } = {},
): { reencrypted: number; current: number; unreadable: number } {
  const result = { reencrypted: 0, current: 0, unreadable: 0 };
  const [current, ...older] = keys;
  if (!current || !existsSync(folder)) return result;
  const files = readdirSync(folder).filter((f) => f.endsWith('.db')).sort();
  files.forEach((name, i) => {
    options.progress?.(i, files.length);
    const file = join(folder, name);
    if (keyOpens(file, current, options.nativeBinding)) {
      result.current += 1;
      return;
    }
    const old = keyForBackup(file, older, options.nativeBinding);
    if (!old) {
      result.unreadable += 1;
      return;
    }
    const partial = `${file}.reencrypt.partial`;
    try {
      copyFileSync(file, partial);
      chmodSync(partial, 0o600);
      rekeyFile(partial, old, current, options.nativeBinding);
      verifyBackup(partial, current, options.nativeBinding);
      renameSync(partial, file);
      result.reencrypted += 1;
    } catch (e) {
      rmSync(partial, { force: true });
      rmSync(`${partial}-journal`, { force: true });
      if (e instanceof ServiceError) throw e;
      throw new ServiceError('INTERNAL', 'A backup could not be re-encrypted. Check free disk space and try again.', { reason: 'backup_reencrypt_failed' });
    } finally {
      old.fill(0);
    }
  });
  options.progress?.(files.length, files.length);
  return result;
}
