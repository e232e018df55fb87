// Opens the encrypted SQLite file with a raw 256-bit key in SQLCipher 4 format, checks the key on
// the first read, and sets the durability and safety pragmas every connection needs.
import { existsSync } from 'node:fs';

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
