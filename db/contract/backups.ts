// Contract slice: the backups kept in the vault's backups folder, listed and deleted one by one
// (administrators). Making one is backup.create (db/contract/admin.ts).
import { z } from 'zod';

import { method } from './core';

export const BACKUP_KINDS = ['auto', 'migration', 'manual'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupInfo {
  /** The file's name inside the backups folder (never a path). */
  name: string;
  /** auto: the daily one at unlock; migration: before a schema upgrade; manual: made on request. */
  kind: BackupKind;
  bytes: number;
  /** When it was made (UTC, ISO), as its name records it. */
  madeAt: string;
}

export interface BackupList {
  /** Newest first. */
  backups: BackupInfo[];
  /** The folder they are in, for the person who wants to copy one elsewhere. */
  folder: string;
}

export const backupsApi = {
  'backup.list': method<BackupList>()({ input: z.object({}), access: ['administrator'], effect: 'read' }),
  'backup.delete': method<BackupInfo>()({
    input: z.object({ name: z.string().min(1).max(200) }),
    access: ['administrator'],
    effect: 'write',
  }),
} as const;
