// Encrypted backups: VACUUM INTO writes a copy under the same key, which is then reopened and
// checked before it counts. Automatic backups rotate; backups made under an older database key
// can be re-encrypted to the current one.
import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

import type Database from 'better-sqlite3';

import { ServiceError } from '../backend/errors';
import { keyOpens, openEncryptedDatabase, rekeyFile } from './database-file';

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
  for (const old of automatic.slice(keep)) rmSync(join(folder, old), { force: true });
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
      throw new ServiceError('INTERNAL', 'A backup could not be re-encrypted. Check free disk space and try again.');
    } finally {
      old.fill(0);
    }
  });
  options.progress?.(files.length, files.length);
  return result;
}
