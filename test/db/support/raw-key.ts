// The raw database key of a vault from its recovery key, as an attacker holding both would get
// it: through the key ring's recovery envelope, or (a ring from before key pairs, or none) the
// recovery key itself. Tests open the database with it directly, bypassing the backend.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import Database from 'better-sqlite3';

import { recoveryKeysOf } from '../../../db/vault/key-pairs';
import { KeyRing } from '../../../db/vault/key-ring';
import { parseRecoveryKey } from '../../../db/vault/recovery-key';

export function rawDatabaseKey(vaultDir: string, recoveryKey: string): Buffer {
  const secret = parseRecoveryKey(recoveryKey);
  const ringFile = join(vaultDir, 'keyring.json');
  if (!existsSync(ringFile)) return secret;
  const ring = KeyRing.load(ringFile);
  if (ring.isVersion1) return secret;
  const { databaseKey } = ring.openRecovery(recoveryKeysOf(secret).boxPrivate);
  if (!databaseKey) throw new Error('the recovery key does not open this vault');
  return databaseKey;
}

/** A raw connection to a vault's database with a key (no pragmas beyond the cipher's). */
export function openRaw(file: string, key: Buffer): Database.Database {
  const db = new Database(file);
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  db.pragma(`key="x'${key.toString('hex')}'"`);
  return db;
}
