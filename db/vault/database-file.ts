// Opens the encrypted SQLite file with a raw 256-bit key in SQLCipher 4 format, checks the key on
// the first read, and sets the durability and safety pragmas every connection needs.
import { chmodSync, existsSync } from 'node:fs';

import Database from 'better-sqlite3';

import { ServiceError } from '../backend/errors';
import { searchKey } from '../features/search/transliterate';
import { createPrivateFile, makePrivateFile } from './file-modes';

export interface OpenOptions {
  nativeBinding?: string;
  readonly?: boolean;
  /** Skip the quick integrity check; the caller runs it later (see quickCheck). */
  skipCheck?: boolean;
}

function keyPragma(key: Buffer): string {
  if (key.length !== 32) throw new ServiceError('INTERNAL', 'The database key has the wrong length.', { reason: 'key_length' });
  return `key="x'${key.toString('hex')}'"`;
}

/** Applies the cipher settings and key; must be the first thing done on a new connection. */
export function applyKey(db: Database.Database, key: Buffer): void {
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  db.pragma(keyPragma(key));
}

export function openEncryptedDatabase(file: string, key: Buffer, options: OpenOptions = {}): Database.Database {
  if (!options.readonly) {
    // SQLite would create the file 0644 (less the umask); made here 0600 first, and its -wal and
    // -shm follow the database's mode. An older vault's files are narrowed on the way in.
    if (!existsSync(file)) createPrivateFile(file);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) makePrivateFile(f);
  }
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    applyKey(db, key);
    // A wrong key only shows on the first read (SQLITE_NOTADB).
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch {
    db.close();
    throw new ServiceError('CORRUPT', 'The database could not be opened with this key: the file is damaged or belongs to another vault.', { reason: 'database_wrong_key' });
  }
  try {
    registerFunctions(db);
    // Temporary tables and sort spills stay in memory: no plaintext temp files on disk.
    db.pragma('temp_store=MEMORY');
    // 64 MiB of page cache: decrypting pages is the main cost of list queries on large vaults.
    db.pragma('cache_size=-65536');
    if (!options.readonly) {
      db.pragma('journal_mode=WAL');
      db.pragma('synchronous=FULL');
    }
    db.pragma('foreign_keys=ON');
    if (!options.skipCheck) quickCheck(db);
  } catch (e) {
    db.close();
    if (e instanceof ServiceError) throw e;
    throw new ServiceError('CORRUPT', 'The database failed its integrity check.', { reason: 'database_integrity_failed' });
  }
  return db;
}

/**
 * The SQL functions the schema relies on. The search index triggers (migration 0005) call
 * habeas_search_key on every write to a searchable table, so every connection that may write
 * must have it; a connection without it fails the write (and its transaction) rather than
 * letting the index drift.
 */
export function registerFunctions(db: Database.Database): void {
  db.function('habeas_search_key', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? searchKey(text) : ''));
}

/** SQLite's quick_check: page, record and index structure without cross-checking index contents. */
export function quickCheck(db: Database.Database): void {
  const result = db.pragma('quick_check', { simple: true });
  if (result !== 'ok') throw new ServiceError('CORRUPT', 'The database failed its integrity check.', { reason: 'database_integrity_failed' });
}

/**
 * Writes an encrypted copy of the open database under another key: VACUUM INTO makes a copy
 * under the same key (SQLite3MultipleCiphers takes no key for VACUUM INTO without URI names, and
 * refuses PRAGMA rekey in WAL mode), then the copy, in rollback-journal mode, is rekeyed. No
 * plaintext ever reaches the disk. `step` is told when each stage starts.
 */
export function copyUnderNewKey(
  db: Database.Database,
  target: string,
  oldKey: Buffer,
  newKey: Buffer,
  options: { nativeBinding?: string; step?: (stage: 'copy' | 'rekey') => void } = {},
): void {
  options.step?.('copy');
  db.prepare('VACUUM INTO ?').run(target);
  chmodSync(target, 0o600);
  options.step?.('rekey');
  rekeyFile(target, oldKey, newKey, options.nativeBinding);
}

/** Rekeys a database file that is not in WAL mode (a backup, or a fresh copy). */
export function rekeyFile(file: string, oldKey: Buffer, newKey: Buffer, nativeBinding?: string): void {
  const copy = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    applyKey(copy, oldKey);
    copy.prepare('SELECT count(*) FROM sqlite_master').get();
    if (copy.pragma('journal_mode', { simple: true }) === 'wal') copy.pragma('journal_mode=DELETE');
    copy.pragma(`rekey="x'${newKey.toString('hex')}'"`);
  } finally {
    copy.close();
  }
}

/** True when the key opens the file (read only; nothing is written). */
export function keyOpens(file: string, key: Buffer, nativeBinding?: string): boolean {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    applyKey(db, key);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}
