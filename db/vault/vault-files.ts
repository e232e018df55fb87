// Where a vault keeps its files. A vault is one folder: the encrypted database, its key ring,
// the signed head of its audit log and the folder of encrypted backups.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface VaultFiles {
  dir: string;
  database: string;
  keyRing: string;
  /** The signed head of the audit log, kept outside the database (db/vault/audit-anchor.ts). */
  auditHead: string;
  backups: string;
}

export function vaultFiles(dir: string): VaultFiles {
  return {
    dir,
    database: join(dir, 'habeas.db'),
    keyRing: join(dir, 'keyring.json'),
    auditHead: join(dir, 'audit-head.json'),
    backups: join(dir, 'backups'),
  };
}

export function vaultExists(dir: string): boolean {
  const files = vaultFiles(dir);
  return existsSync(files.database);
}
