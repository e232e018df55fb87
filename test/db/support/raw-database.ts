// The database as an attacker holding its key would open it: a plain SQLCipher connection with
// the raw database key, no backend, no triggers honoured unless they are left in place. The one
// place tests learn how the raw key is found (today the recovery key printed at creation is it).
import { join } from 'node:path';

import Database from 'better-sqlite3';

import { parseRecoveryKey } from '../../../db/vault/recovery-key';

/** The raw 32-byte key of the vault's database. */
export function rawDatabaseKey(vaultDir: string, recoveryKey: string): Buffer {
  void vaultDir; // not needed while the recovery key is the database key itself
  return parseRecoveryKey(recoveryKey);
}

/** A second connection on the vault's database file, opened with the raw key. */
export function openRawDatabase(vaultDir: string, recoveryKey: string): Database.Database {
  const key = rawDatabaseKey(vaultDir, recoveryKey).toString('hex');
  const db = new Database(join(vaultDir, 'habeas.db'));
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  db.pragma(`key="x'${key}'"`);
  return db;
}
