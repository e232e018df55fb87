// Encrypted backups: VACUUM INTO writes a copy under the same key, which is then reopened and
// checked before it counts, with the signed head of its own audit log beside it
// (`<backup>.head.json`). Automatic backups rotate; restore verifies before replacing anything.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

import type Database from 'better-sqlite3';

import { chainHead, type ChainHead } from '../backend/audit-anchoring';
import { verifyAudit } from '../backend/audit-verify';
import { ServiceError } from '../backend/errors';
import type { AuditVerification } from '../contract/admin';
import { backupHeadFile, readHead, writeHead, type AuditHead } from './audit-anchor';
import { openEncryptedDatabase } from './database-file';

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
    if (result !== 'ok') throw new ServiceError('CORRUPT', 'The backup failed its integrity check.');
  } finally {
    copy.close();
  }
}

function headOfCopy(file: string, key: Buffer, nativeBinding?: string): ChainHead | null {
  const copy = openEncryptedDatabase(file, key, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    return chainHead(copy);
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
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const name = `habeas-${stampNow(options.now ?? new Date())}-${reason}-${randomBytes(3).toString('hex')}.db`;
  const file = join(folder, name);
  const partial = `${file}.partial`;
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    verifyBackup(partial, key, options.nativeBinding);
    // The head of the copy itself (not of the live log, which may have moved on), signed by this session.
    const head = options.signHead ? headOfCopy(partial, key, options.nativeBinding) : null;
    if (head && options.signHead) writeHead(backupHeadFile(file), options.signHead(head));
    renameSync(partial, file);
  } catch (e) {
    rmSync(partial, { force: true });
    rmSync(backupHeadFile(file), { force: true });
    if (e instanceof ServiceError) throw e;
    throw new ServiceError('INTERNAL', 'The backup could not be written. Check free disk space and try again.');
  }
  return { file, bytes: statSync(file).size };
}

/** Keeps the newest `keep` automatic backups of the folder; hand-made ones are not touched. */
export function rotateBackups(folder: string, keep: number): void {
  const automatic = readdirSync(folder)
    .filter((f) => /^habeas-\d{8}-\d{6}-(auto|migration)-[0-9a-f]{6}\.db$/.test(f))
    .sort()
    .reverse();
  for (const old of automatic.slice(keep)) {
    rmSync(join(folder, old), { force: true });
    rmSync(backupHeadFile(join(folder, old)), { force: true });
  }
}
