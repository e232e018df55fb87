// The audit head, anchored outside the database: how many entries the log had, the hash of the
// last one and a member's signature over both, in its own file beside the vault (and beside each
// backup). Cutting entries off the end, or rewriting the log, no longer matches a signed head.
import { existsSync, readFileSync } from 'node:fs';

import { z } from 'zod';

import { writeJsonAtomically } from './atomic-file';

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/).max(200);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

const headShape = z.object({
  format: z.literal('habeas-audit-head'),
  version: z.literal(1),
  /** The hash of the log's first entry: the vault's identity, kept by the log itself. */
  vaultId: hex64,
  count: z.number().int().min(1),
  hash: hex64,
  /** Ed25519 public key (base64) of the member or recovery key that signed this head. */
  signerKey: b64,
  signature: b64,
  at: z.string().max(40),
});

export type AuditHead = z.infer<typeof headShape>;

/** What a head's signature signs; the label keeps it apart from the entries' own signatures. */
export function headSigningBytes(vaultId: string, count: number, hash: string): Buffer {
  return Buffer.from(`habeas audit head v1\n${vaultId}|${count}|${hash}`);
}

export type HeadRead = { state: 'missing' } | { state: 'unreadable' } | { state: 'present'; head: AuditHead };

export function readHead(file: string): HeadRead {
  if (!existsSync(file)) return { state: 'missing' };
  try {
    const parsed = headShape.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? { state: 'present', head: parsed.data } : { state: 'unreadable' };
  } catch {
    return { state: 'unreadable' };
  }
}

/**
 * Writes a temporary file (0600), flushes it and renames it over the old head, as the key ring is
 * saved. The folder is not flushed after the rename: a power cut may then bring back the previous
 * head, which is only behind (entries "not yet anchored"), never ahead of the committed log.
 */
export function writeHead(file: string, head: AuditHead): void {
  writeJsonAtomically(file, head, { indent: 1, syncFolder: false });
}

/** Where a backup's head is kept: beside the backup file. */
export function backupHeadFile(backupFile: string): string {
  return `${backupFile}.head.json`;
}
