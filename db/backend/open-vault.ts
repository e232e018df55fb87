// An unlocked vault: the open database, its key, the key ring and the session's audit signer, for
// one signed-in user. A key rotation swaps the database and key in place. Closing it closes the
// database and overwrites the keys in memory.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';

import type { RotationResult } from '../contract/vault';
import { OpenedFiles } from '../features/attachments/opened-files';
import * as schema from '../schema';
import { writeBackup, rotateBackups, type BackupResult } from '../vault/backups';
import { generateMemberKeys } from '../vault/key-pairs';
import type { KeyRing } from '../vault/key-ring';
import type { KeyRingHandle, PublicKeys, VaultKeys } from '../vault/key-ring-handle';
import type { VaultFiles } from '../vault/vault-files';
import { signHead, type ChainHead } from './audit-anchoring';
import type { AuditSigner } from './audit-signer';
import type { Db, SessionUser } from './context';
import { ServiceError } from './errors';
import { rotateDatabaseKey } from './key-rotation';

export interface VaultRuntime {
  files: VaultFiles;
  nativeBinding?: string;
  kdfTargetMs: number;
  clock: () => Date;
}

export interface RotationCallbacks {
  audit(entry: { action: string; changes?: unknown }): void;
  progress(stage: string, done: number, total: number): void;
}

export class OpenVault {
  private current: Database.Database;
  private drizzleDb: Db;
  private closed = false;
  /** Attachments opened in this session (tokens and stripped copies), dropped at lock. */
  readonly openedFiles = new OpenedFiles();

  constructor(
    sqlite: Database.Database,
    private masterKey: Buffer,
    private keyRing: KeyRing,
    readonly user: SessionUser,
    private readonly runtime: VaultRuntime,
    /** Signs this session's audit entries: the member's own key, or the recovery key's. */
    readonly signer: AuditSigner | null = null,
  ) {
    this.current = sqlite;
    this.drizzleDb = drizzle(sqlite, { schema });
  }

  get sqlite(): Database.Database {
    return this.current;
  }

  get db(): Db {
    return this.drizzleDb;
  }

  get keyRingHandle(): KeyRingHandle {
    const save = () => this.keyRing.save(this.runtime.files.keyRing);
    const addMember = (userName: string, passphrase: string): PublicKeys => {
      const keys = generateMemberKeys();
      try {
        this.keyRing.setMember(userName, passphrase, keys, this.masterKey);
        return { box: keys.boxPublic.toString('base64'), sign: keys.signPublic.toString('base64') };
      } finally {
        keys.boxPrivate.fill(0);
        keys.signPrivate.fill(0);
      }
    };
    return {
      addMember: (userName, passphrase) => {
        const made = addMember(userName, passphrase);
        save();
        return made;
      },
      replaceMember: (userName, passphrase, oldBoxes) => {
        for (const box of oldBoxes) this.keyRing.removeMemberByBox(box);
        this.keyRing.removeLegacySlot(userName);
        const made = addMember(userName, passphrase);
        save();
        return made;
      },
      changePassphrase: (userName, currentPassphrase, newPassphrase) => {
        const opened = this.keyRing.unwrapMember(userName, currentPassphrase);
        if (!opened?.databaseKey?.equals(this.masterKey)) return false;
        try {
          this.keyRing.setMember(userName, newPassphrase, opened.keys, this.masterKey);
        } finally {
          opened.keys.boxPrivate.fill(0);
          opened.keys.signPrivate.fill(0);
          opened.databaseKey.fill(0);
        }
        save();
        return true;
      },
      verifyPassphrase: (userName, passphrase) => {
        const opened = this.keyRing.unwrapMember(userName, passphrase);
        const ok = opened?.databaseKey?.equals(this.masterKey) ?? false;
        opened?.keys.boxPrivate.fill(0);
        opened?.keys.signPrivate.fill(0);
        opened?.databaseKey?.fill(0);
        return ok;
      },
      forgetLegacy: (userName) => {
        if (this.keyRing.removeLegacySlot(userName)) save();
      },
    };
  }

  /** The key services of this session, auditing and reporting progress through the call's context. */
  keysFor(callbacks: RotationCallbacks): VaultKeys {
    return {
      rotate: (reason) => this.rotateKey(reason, callbacks),
      known: () => this.knownKeys(),
      backupsFolder: this.runtime.files.backups,
      ...(this.runtime.nativeBinding ? { nativeBinding: this.runtime.nativeBinding } : {}),
    };
  }

  /** Every key that may open a backup of this vault: the current one first, then retired ones, newest first. */
  knownKeys(): Buffer[] {
    const rows = this.current.prepare('SELECT key FROM retired_keys ORDER BY epoch DESC').all() as { key: string }[];
    return [Buffer.from(this.masterKey), ...rows.map((r) => Buffer.from(r.key, 'base64'))];
  }

  rotateKey(reason: 'revoke' | 'manual', callbacks: RotationCallbacks): RotationResult {
    if (this.closed) throw new ServiceError('LOCKED', 'The vault is locked.', { reason: 'vault_locked' });
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the target's getters follow the swap
    const vault = this;
    return rotateDatabaseKey(
      {
        files: this.runtime.files,
        ring: this.keyRing,
        get sqlite() {
          return vault.current;
        },
        get key() {
          return vault.masterKey;
        },
        ...(this.runtime.nativeBinding ? { nativeBinding: this.runtime.nativeBinding } : {}),
        now: () => this.runtime.clock().toISOString(),
        audit: (entry) => callbacks.audit(entry),
        replace: (sqlite, key) => {
          this.current = sqlite;
          this.drizzleDb = drizzle(sqlite, { schema });
          if (key !== this.masterKey) {
            this.masterKey.fill(0);
            this.masterKey = key;
          }
        },
        lost: () => {
          this.closed = true;
          this.masterKey.fill(0);
          this.signer?.destroy();
        },
        progress: (stage, done, total) => callbacks.progress(stage, done, total),
      },
      reason,
    );
  }

  backup(reason: string): BackupResult {
    if (this.closed) throw new ServiceError('LOCKED', 'The vault is locked.', { reason: 'vault_locked' });
    const signer = this.signer;
    return writeBackup(this.current, this.masterKey, this.runtime.files.backups, reason, {
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

  /** Forgets the key without closing the database (another OpenVault carries on with it). */
  detach(): void {
    this.closed = true;
    this.openedFiles.clear();
    this.masterKey.fill(0);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.openedFiles.clear();
    try {
      if (this.current.open) this.current.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      if (this.current.open) this.current.close();
      this.masterKey.fill(0);
      this.signer?.destroy();
    }
  }
}
