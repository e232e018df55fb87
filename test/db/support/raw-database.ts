// The database as an attacker holding its key would open it: a plain SQLCipher connection with
// the raw database key, no backend, no triggers honoured unless they are left in place. The key
// is found as raw-key.ts finds it (the key ring's recovery envelope opened with the recovery key).
import { join } from 'node:path';

import type Database from 'better-sqlite3';

import { openRaw, rawDatabaseKey } from './raw-key';

export { rawDatabaseKey };

/** A second connection on the vault's database file, opened with the raw key. */
export function openRawDatabase(vaultDir: string, recoveryKey: string): Database.Database {
  const key = rawDatabaseKey(vaultDir, recoveryKey);
  try {
    return openRaw(join(vaultDir, 'habeas.db'), key);
  } finally {
    key.fill(0);
  }
}
