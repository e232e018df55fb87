// What a service function receives: the open database inside its transaction, the signed-in
// user, the clock, the audit writer and the settings. Services never open or close anything.
import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { z } from 'zod';

import type { Role } from '../contract/core';
import type * as schema from '../schema';
import type { Settings } from '../features/admin/settings-store';
import type { OpenedFiles } from '../features/attachments/opened-files';
import type { KeyRingHandle, VaultKeys } from '../vault/key-ring-handle';
import type { VaultFiles } from '../vault/vault-files';
import type { BackendEvent } from './worker-protocol';

export type Db = BetterSQLite3Database<typeof schema>;

export interface SessionUser {
  id: string;
  name: string;
  displayName: string;
  role: Role;
}

export interface AuditInput {
  /** Verb in dotted form, e.g. 'referral.create', 'case.close', 'export.csv'. */
  action: string;
  tableName?: string;
  recordId?: string;
  /** What changed, { field: [before, after] }, or a summary; never passphrases or keys. */
  changes?: unknown;
}

export interface ServiceContext {
  db: Db;
  sqlite: Database.Database;
  user: SessionUser;
  /** Current time as an ISO timestamp; injectable for tests. */
  now(): string;
  /** Current date YYYY-MM-DD (UTC). */
  today(): string;
  audit(entry: AuditInput): void;
  settings: Settings;
  /** The file holding the audit log's anchored head (db/vault/audit-anchor.ts). */
  auditHeadFile: string;
  /** After this call commits, write the head even over one the log no longer extends (audit.reanchor only). */
  reanchor(): void;
  keyRing: KeyRingHandle;
  /** Rotating the database key and the keys of older backups. */
  keys: VaultKeys;
  /** Writes a verified encrypted backup into the vault's backups folder. */
  backup(reason: string): { file: string; bytes: number };
  /** Where the vault's files are (its folder, key ring, backups): for the services that manage files. */
  vaultFiles: VaultFiles;
  /** Attachments opened in this session: tokens for attachments.read, in memory until lock. */
  openedFiles: OpenedFiles;
  emit(event: BackendEvent): void;
  progress(done: number, total: number, label?: string): void;
}

export type Handler<I extends z.ZodType, O> = (ctx: ServiceContext, input: z.output<I>) => O;
