// Contract slice: the vault's own integrity check, for supervisors and administrators; rotating the
// database key and re-encrypting backups made under an older one, for administrators.
import { z } from 'zod';

import { method } from './core';

/** What the check of stored files can find: bytes that no longer hash to the SHA-256 recorded at intake, or chunks missing or cut. */
export const ATTACHMENT_PROBLEM_CODES = ['attachment_hash_mismatch', 'attachment_incomplete'] as const;
export type AttachmentProblemCode = (typeof ATTACHMENT_PROBLEM_CODES)[number];

/** One stored file whose chunks do not match what intake recorded. */
export interface AttachmentProblem {
  code: AttachmentProblemCode;
  attachmentId: string;
  caseId: string;
  fileName: string;
  /** Size and SHA-256 recorded at intake. */
  size: number;
  sha256: string;
  /** Bytes found in its chunks. */
  storedSize: number;
}

export interface VaultIntegrity {
  ok: boolean;
  /** SQLite's own words for each problem found (page damage, broken indexes, dangling references). */
  problems: string[];
  /** Stored files whose every chunk was read and hashed. */
  attachmentsChecked: number;
  /** Those that no longer match their recorded size and SHA-256. */
  attachmentProblems: AttachmentProblem[];
}

/** What a key rotation did. */
export interface RotationResult {
  /** The key epoch now in force (1 for a new vault, +1 per rotation). */
  epoch: number;
  /** How many members the new key was sealed to. */
  sealedTo: number;
  /** Active users still on a key-ring slot from before key pairs: they cannot open the vault until an administrator resets their passphrase. */
  needPassphraseReset: string[];
  /** Backups in the backups folder still under an older key (readable by anyone who held it). */
  oldBackups: number;
  /** The new recovery key, shown once, when the old one had to be replaced (it equalled an older database key). */
  recoveryKey?: string;
}

export interface ReencryptResult {
  /** Backups rewritten under the current key and verified. */
  reencrypted: number;
  /** Backups already under the current key. */
  current: number;
  /** Backups no known key opens (left untouched). */
  unreadable: number;
}

export const vaultApi = {
  /** Full page-by-page integrity check and foreign-key check of the open database, and every stored file's size and SHA-256. */
  'vault.integrity': method<VaultIntegrity>()({
    input: z.object({}),
    access: ['supervisor', 'administrator'],
    effect: 'read',
  }),
  /** A new database key: the database is re-encrypted and the key sealed to every active member and the recovery key. */
  'vault.rotateKey': method<RotationResult>()({
    input: z.object({}),
    access: ['administrator'],
    effect: 'write',
    transaction: false,
  }),
  /** Re-encrypts every backup made under an older key to the current one (each verified, then swapped in). */
  'backup.reencryptOld': method<ReencryptResult>()({
    input: z.object({}),
    access: ['administrator'],
    effect: 'write',
    transaction: false,
  }),
} as const;
