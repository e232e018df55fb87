// Contract slice: settings, countries, the audit log and backups.
import { z } from 'zod';

import { ALL_ROLES, id, method, type Page } from './core';

/**
 * Every organisation setting, once: its range and its default. The contract's input, the store's
 * per-key check, the deadline rules, a new vault's rows and the settings form all read this.
 */
export const SETTING_RULES = {
  /** Minutes without input before the vault locks itself; 0 never locks. */
  idleLockMinutes: { min: 0, max: 240, fallback: 10 },
  /** Government reply due this many days after transmission (WGAD methods of work: 60). */
  wgadReplyDays: { min: 1, max: 365, fallback: 60 },
  /** Source comments due this many days after the government reply. */
  wgadSourceCommentsDays: { min: 1, max: 365, fallback: 30 },
  /** Follow-up with the WGAD this many days after an opinion. */
  wgadFollowUpDays: { min: 1, max: 3650, fallback: 180 },
  /** Appeal window after a verdict; it varies by country and by court, hence a setting. */
  appealWindowDays: { min: 1, max: 365, fallback: 10 },
  /** An active case with no activity for this many days is flagged. */
  staleCaseDays: { min: 1, max: 3650, fallback: 90 },
  /** How far ahead a deadline counts as upcoming rather than later. */
  upcomingDays: { min: 1, max: 365, fallback: 30 },
  /** Automatic backups kept in the vault's backups folder. */
  backupsToKeep: { min: 1, max: 100, fallback: 10 },
  /** Backups made on request kept in the vault's backups folder, the oldest deleted first; 0 keeps every one. */
  manualBackupsToKeep: { min: 0, max: 100, fallback: 10 },
  /**
   * 1: caseworkers see only the cases assigned to them and those granted to them (case_grants),
   * everywhere: lists, files, search, deadlines, review and report figures. 0 (the default): all cases.
   */
  caseworkersOwnCasesOnly: { min: 0, max: 1, fallback: 0 },
} as const satisfies Record<string, { min: number; max: number; fallback: number }>;

export type SettingKey = keyof typeof SETTING_RULES;
export const SETTING_KEYS = Object.keys(SETTING_RULES) as SettingKey[];

/** One setting's check: a whole number in its range. */
export const settingRule = (key: SettingKey): z.ZodNumber => z.number().int().min(SETTING_RULES[key].min).max(SETTING_RULES[key].max);

/** All settings, each checked by its rule. */
export const settingsShape = z.object(Object.fromEntries(SETTING_KEYS.map((key) => [key, settingRule(key)])) as Record<SettingKey, z.ZodNumber>);

export type SettingsValues = z.infer<typeof settingsShape>;

export const DEFAULT_SETTINGS: Readonly<SettingsValues> = Object.freeze(
  Object.fromEntries(SETTING_KEYS.map((key) => [key, SETTING_RULES[key].fallback])) as SettingsValues,
);

/**
 * A stored setting that could not be used: the default is in force for this key alone, every other
 * setting keeps its stored value. Facts only; the renderer and CLI make the words.
 */
export interface SettingProblem {
  code: 'SETTING_INVALID';
  key: SettingKey;
  /** out_of_range: a number outside [min, max]; not_whole: a fraction; not_number: any other value; unreadable: not JSON. */
  reason: 'out_of_range' | 'not_whole' | 'not_number' | 'unreadable';
  /** The stored text, as kept in the settings table (cut to 100 characters). */
  stored: string;
  min: number;
  max: number;
  fallback: number;
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

/**
 * What verify found wrong with the audit log, as facts (words are made by the renderer and the CLI):
 * - entry_edited: an entry's contents no longer match its hash;
 * - entry_missing: a number is skipped, or an entry's link does not name the one before it;
 * - tail_truncated: the anchored head counts entries beyond the end of the log (seq..through are gone);
 * - chain_rehashed: hashes agree with each other but not with what was signed (the entry's own
 *   signature, or the anchored head's hash at its count);
 * - entry_unsigned: an entry without a signature after the log began to be signed;
 * - signer_not_member: a valid signature by a key no member held at that point (a stranger's, or a
 *   revoked or replaced member's key used afterwards), or a membership change by a key not allowed to make it;
 * - signer_not_user: signed by another member's key than the user the entry names;
 * - anchor_missing: the log is signed but no head is anchored outside it;
 * - anchor_invalid: the anchored head is unreadable, of another vault, badly signed, or signed by a non-member.
 */
export const AUDIT_PROBLEMS = [
  'entry_edited',
  'entry_missing',
  'tail_truncated',
  'chain_rehashed',
  'entry_unsigned',
  'signer_not_member',
  'signer_not_user',
  'anchor_missing',
  'anchor_invalid',
] as const;
export type AuditProblemCode = (typeof AUDIT_PROBLEMS)[number];

export interface AuditProblem {
  code: AuditProblemCode;
  /** The first entry concerned (for anchor problems, the head's count; 0 when there is none). */
  seq: number;
  /** The last entry of a run of consecutive entries with the same problem (equal to seq for one). */
  through: number;
  /** The signing key concerned (base64), for signer_* and anchor_invalid. */
  signerKey?: string;
}

/** Who holds a signing key, as the log itself records it. */
export interface AuditSignerInfo {
  key: string;
  /** The member's user id and name from the entry that gave them the key; null for the recovery key or a stranger. */
  userId: string | null;
  userName: string | null;
  recovery: boolean;
  /** Whether the key was a member's (or the recovery key) at the head's count. */
  member: boolean;
}

export interface AuditVerification {
  ok: boolean;
  /** Entries read. */
  checked: number;
  /** The first problem, when there is one. */
  firstBad: { seq: number; reason: AuditProblemCode } | null;
  /** Every problem found, runs of the same problem on consecutive entries merged; at most 200. */
  problems: AuditProblem[];
  /** Entries written before the log was signed (the unsigned start of an older vault); not an error. */
  legacyUnsigned: number;
  /** Entries after the anchored head: the last call's when a crash came between its commit and its head; not an error. */
  unanchoredTail: number;
  /** The anchored head and who signed it (who anchored, or re-anchored, the log); null when none could be read. */
  anchor: { count: number; at: string; signer: AuditSignerInfo } | null;
}

export interface BackupMade {
  /** Path of the verified backup inside the vault's backups folder. */
  file: string;
  bytes: number;
  verified: true;
}


export const adminApi = {
  'settings.get': method<SettingsValues>()({ input: z.object({}), access: ALL_ROLES, effect: 'read' }),
  /** Stored settings that could not be used (their defaults are in force); empty when all are good. */
  'settings.problems': method<SettingProblem[]>()({ input: z.object({}), access: ALL_ROLES, effect: 'read' }),
  'settings.update': method<SettingsValues>()({
    input: settingsShape.partial(),
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
  /**
   * Accepts the log as it now stands: an 'audit.reanchor' entry records the head it replaces and the
   * problems verify named, and a new head signed by this administrator is written over the old one.
   * Problems inside the log stay named; the new head says who re-anchored. Answers what verify found before.
   */
  'audit.reanchor': method<AuditVerification>()({ input: z.object({}), access: ['administrator'], effect: 'write' }),
  'backup.create': method<BackupMade>()({
    input: z.object({}),
    access: ['administrator'],
    effect: 'write',
    transaction: false,
  }),
} as const;
