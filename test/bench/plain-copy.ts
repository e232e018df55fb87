// An unencrypted copy of a vault's database, to see what encryption costs. This fork has no
// sqlcipher_export() and VACUUM INTO takes no per-target key, so: VACUUM INTO writes an encrypted
// copy (same key), then PRAGMA rekey = '' decrypts that copy in place (rekey refuses WAL mode, and
// a VACUUM INTO target is in rollback mode, so it works there). Result: a normal SQLite file.
import { readFileSync, rmSync } from 'node:fs';

import Database from 'better-sqlite3';

import { applyKey, registerFunctions } from '../../db/vault/database-file';

export function makePlainCopy(encryptedFile: string, key: Buffer, plainFile: string): void {
  rmSync(plainFile, { force: true });
  const source = new Database(encryptedFile, { readonly: true, fileMustExist: true });
  try {
    applyKey(source, key);
    source.prepare('VACUUM INTO ?').run(plainFile);
  } finally {
    source.close();
  }
  const copy = new Database(plainFile);
  try {
    applyKey(copy, key);
    copy.pragma("rekey=''");
  } finally {
    copy.close();
  }
  if (!readFileSync(plainFile).subarray(0, 15).equals(Buffer.from('SQLite format 3'))) {
    throw new Error('The copy is still encrypted: rekey did not decrypt it.');
  }
}

/** Opens a plain database with the same pragmas the vault uses, so only encryption differs. */
export function openPlain(file: string): Database.Database {
  const db = new Database(file, { fileMustExist: true });
  // The search index triggers call habeas_search_key on every write, as on the vault's connections.
  registerFunctions(db);
  db.pragma('temp_store=MEMORY');
  db.pragma('journal_mode=WAL');
  db.pragma('synchronous=FULL');
  db.pragma('foreign_keys=ON');
  return db;
}
