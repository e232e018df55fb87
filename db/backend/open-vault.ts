// An unlocked vault: the open database, the master key and the key ring, for one signed-in user.
// Closing it closes the database and overwrites the key in memory.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';

import * as schema from '../schema';
import { writeBackup, rotateBackups, type BackupResult } from '../vault/backups';
import { calibrateKdf } from '../vault/kdf';
import type { KeyRing } from '../vault/key-ring';
import type { KeyRingHandle } from '../vault/key-ring-handle';
import type { VaultFiles } from '../vault/vault-files';
import { signHead, type ChainHead } from './audit-anchoring';
import type { AuditSigner } from './audit-signer';
import type { Db, SessionUser } from './context';
import { ServiceError } from './errors';

export interface VaultRuntime {
  files: VaultFiles;
  nativeBinding?: string;
  kdfTargetMs: number;
  clock: () => Date;
}

export class OpenVault {
  readonly db: Db;
  private closed = false;

  constructor(
    readonly sqlite: Database.Database,
    private readonly masterKey: Buffer,
    private keyRing: KeyRing,
    readonly user: SessionUser,
    private readonly runtime: VaultRuntime,
    /** Signs this session's audit entries; null until the member's key pair is unlocked. */
    readonly signer: AuditSigner | null = null,
  ) {
    this.db = drizzle(sqlite, { schema });
  }

  get keyRingHandle(): KeyRingHandle {
    return {
      setPassphrase: (userName, passphrase) => {
        this.keyRing.setSlot(userName, passphrase, this.masterKey, calibrateKdf(this.runtime.kdfTargetMs));
        this.keyRing.save(this.runtime.files.keyRing);
      },
      removeUser: (userName) => {
        if (this.keyRing.removeSlot(userName)) this.keyRing.save(this.runtime.files.keyRing);
      },
      verifyPassphrase: (userName, passphrase) => {
        const key = this.keyRing.unwrap(userName, passphrase);
        const ok = key !== null && key.equals(this.masterKey);
        key?.fill(0);
        return ok;
      },
    };
  }

  backup(reason: string): BackupResult {
    if (this.closed) throw new ServiceError('LOCKED', 'The vault is locked.');
    const signer = this.signer;
    return writeBackup(this.sqlite, this.masterKey, this.runtime.files.backups, reason, {
      now: this.runtime.clock(),
      ...(signer ? { signHead: (head: ChainHead) => signHead(signer, head, this.runtime.clock().toISOString()) } : {}),
      ...(this.runtime.nativeBinding ? { nativeBinding: this.runtime.nativeBinding } : {}),
    });
  }

  /** Automatic backup at most once a day, keeping the newest `keep`. */
  backupIfDue(keep: number, latestAutomaticAt: Date | null): void {
    const dayMs = 24 * 60 * 60 * 1000;
    if (latestAutomaticAt && this.runtime.clock().getTime() - latestAutomaticAt.getTime() < dayMs) return;
    this.backup('auto');
    rotateBackups(this.runtime.files.backups, keep);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.sqlite.close();
      this.masterKey.fill(0);
      this.signer?.destroy();
    }
  }
}
