// Encrypted backups: VACUUM INTO writes a copy under the same key, which is then reopened and
// checked before it counts. Automatic backups rotate; restore verifies before replacing anything.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

import type Database from 'better-sqlite3';

import { ServiceError } from '../backend/errors';
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
    if (result !== 'ok') throw new ServiceError('CORRUPT', 'The backup failed its integrity check.', { reason: 'backup_integrity_failed' });
  } finally {
    copy.close();
  }
}

export function writeBackup(
  db: Database.Database,
  key: Buffer,
  folder: string,
  reason: string,
  options: { now?: Date; nativeBinding?: string } = {},
): BackupResult {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const name = `habeas-${stampNow(options.now ?? new Date())}-${reason}-${randomBytes(3).toString('hex')}.db`;
  const file = join(folder, name);
  const partial = `${file}.partial`;
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    verifyBackup(partial, key, options.nativeBinding);
    renameSync(partial, file);
  } catch (e) {
    rmSync(partial, { force: true });
    if (e instanceof ServiceError) throw e;
    throw new ServiceError('INTERNAL', 'The backup could not be written. Check free disk space and try again.', { reason: 'backup_write_failed' });
  }
  return { file, bytes: statSync(file).size };
}

/** Keeps the newest `keep` automatic backups of the folder; hand-made ones are not touched. */
export function rotateBackups(folder: string, keep: number): void {
  const automatic = readdirSync(folder)
    .filter((f) => /^habeas-\d{8}-\d{6}-(auto|migration)-[0-9a-f]{6}\.db$/.test(f))
    .sort()
    .reverse();
  for (const old of automatic.slice(keep)) rmSync(join(folder, old), { force: true });
}
