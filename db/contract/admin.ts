// Contract slice: settings, countries, the audit log and backups.
import { z } from 'zod';

import { ALL_ROLES, id, method, type Page } from './core';

export interface SettingsValues {
  idleLockMinutes: number;
  wgadReplyDays: number;
  wgadSourceCommentsDays: number;
  wgadFollowUpDays: number;
  appealWindowDays: number;
  staleCaseDays: number;
  upcomingDays: number;
  backupsToKeep: number;
}

export interface Country {
  code: string;
  nameEn: string;
  nameRu: string;
  focus: boolean;
}

export interface AuditEntry {
  seq: number;
  at: string;
  userId: string | null;
  userName: string | null;
  action: string;
  tableName: string | null;
  recordId: string | null;
  changes: unknown;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first entry whose hash or link does not match, when the chain is broken. */
  firstBad: { seq: number; reason: string } | null;
}

export interface BackupMade {
  /** Path of the verified backup inside the vault's backups folder. */
  file: string;
  bytes: number;
  verified: true;
}

const int = (min: number, max: number) => z.number().int().min(min).max(max);

export const adminApi = {
  'settings.get': method<SettingsValues>()({ input: z.object({}), access: ALL_ROLES, effect: 'read' }),
  'settings.update': method<SettingsValues>()({
    input: z
      .object({
        idleLockMinutes: int(0, 240),
        wgadReplyDays: int(1, 365),
        wgadSourceCommentsDays: int(1, 365),
        wgadFollowUpDays: int(1, 3650),
        appealWindowDays: int(1, 365),
        staleCaseDays: int(1, 3650),
        upcomingDays: int(1, 365),
        backupsToKeep: int(1, 100),
      })
      .partial(),
    access: ['administrator'],
    effect: 'write',
  }),
  'countries.list': method<Country[]>()({ input: z.object({}), access: ALL_ROLES, effect: 'read' }),
  'audit.list': method<Page<AuditEntry>>()({
    input: z.object({
      userId: id.optional(),
      tableName: z.string().max(64).optional(),
      recordId: z.string().max(64).optional(),
      action: z.string().max(64).optional(),
      from: z.string().max(40).optional(),
      to: z.string().max(40).optional(),
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
    }),
    access: ['supervisor', 'administrator'],
    effect: 'read',
  }),
  'audit.verify': method<AuditVerification>()({ input: z.object({}), access: ['supervisor', 'administrator'], effect: 'read' }),
  'backup.create': method<BackupMade>()({
    input: z.object({}),
    access: ['administrator'],
    effect: 'write',
    transaction: false,
  }),
} as const;
