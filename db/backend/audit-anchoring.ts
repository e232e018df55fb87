// Anchoring the audit head after a commit. The head file moves forward only when the log still
// extends the head it holds: a log that was cut or rewritten is never blessed by the next write,
// so verify keeps naming the damage. Crash window: a call's entries commit first and the head is
// written after, so a crash in between leaves the head behind by that one call's entries; verify
// counts them as not yet anchored, and the next call's head covers them.
import type Database from 'better-sqlite3';

import { headSigningBytes, readHead, writeHead, type AuditHead, type HeadRead as StoredHead } from '../vault/audit-anchor';

type HeadRead = StoredHead | { state: 'forced' };
import { verifySignature } from '../vault/key-pairs';
import type { AuditSigner } from './audit-signer';

export interface ChainHead {
  count: number;
  hash: string;
  /** The first entry's hash: the vault's identity in every head. */
  vaultId: string;
}

/** The log's last entry and first hash, or null for an empty log. */
export function chainHead(sqlite: Database.Database): ChainHead | null {
  const last = sqlite.prepare('SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  if (!last) return null;
  const first = sqlite.prepare('SELECT hash FROM audit_entries ORDER BY seq LIMIT 1').get() as { hash: string };
  return { count: last.seq, hash: last.hash, vaultId: first.hash };
}

/** How many entries the log holds now (its last seq); read before a call so its anchor knows what it added. */
export function auditCount(sqlite: Database.Database): number {
  const row = sqlite.prepare('SELECT max(seq) AS n FROM audit_entries').get() as { n: number | null };
  return row.n ?? 0;
}

export function signHead(signer: AuditSigner, head: ChainHead, at: string): AuditHead {
  return {
    format: 'habeas-audit-head',
    version: 1,
    vaultId: head.vaultId,
    count: head.count,
    hash: head.hash,
    signerKey: signer.publicKey,
    signature: signer.sign(headSigningBytes(head.vaultId, head.count, head.hash)).toString('base64'),
    at,
  };
}

/** Whether the log still holds the stored head: same vault, and entry `count` with that hash. */
function stillHolds(sqlite: Database.Database, stored: AuditHead, now: ChainHead): boolean {
  if (stored.vaultId !== now.vaultId || stored.count > now.count) return false;
  const row = sqlite.prepare('SELECT hash FROM audit_entries WHERE seq = ?').get(stored.count) as { hash: string } | undefined;
  return row?.hash === stored.hash;
}

function signatureHolds(stored: AuditHead): boolean {
  return verifySignature(
    Buffer.from(stored.signerKey, 'base64'),
    headSigningBytes(stored.vaultId, stored.count, stored.hash),
    Buffer.from(stored.signature, 'base64'),
  );
}

// The head this process wrote last, per file: when the file still holds it, it needs no new check.
const lastWritten = new Map<string, AuditHead>();

export type AnchorOutcome = 'written' | 'current' | 'unsigned' | 'empty' | 'kept';

/**
 * Writes the signed head after entries committed. `before` is the log's length before the call:
 * a missing head file is created only when nothing signed was written before this call (a new
 * vault, or the first signed entries of an older one); otherwise a missing, unreadable or no
 * longer matching head is kept as it is ('kept') for verify to report. `force` (audit.reanchor,
 * whose entry records what it replaced) writes the head regardless.
 */
export function anchorAudit(sqlite: Database.Database, file: string, signer: AuditSigner | null, at: string, before: number, force = false): AnchorOutcome {
  if (!signer) return 'unsigned';
  const now = chainHead(sqlite);
  if (!now) return 'empty';
  const stored: HeadRead = force ? { state: 'forced' } : readHead(file);
  if (stored.state === 'unreadable') return 'kept';
  if (stored.state === 'missing') {
    const signedBefore = sqlite.prepare('SELECT 1 FROM audit_entries WHERE seq <= ? AND signer_key IS NOT NULL LIMIT 1').get(before);
    if (signedBefore) return 'kept';
  } else if (stored.state === 'present') {
    const head = stored.head;
    if (head.count === now.count && head.hash === now.hash && head.vaultId === now.vaultId) return 'current';
    // A head this process wrote needs no second signature check; any other head must be sound.
    const known = lastWritten.get(file);
    const ours = known !== undefined && JSON.stringify(known) === JSON.stringify(head);
    if (!stillHolds(sqlite, head, now) || (!ours && !signatureHolds(head))) return 'kept';
  }
  const next = signHead(signer, now, at);
  writeHead(file, next);
  lastWritten.set(file, next);
  return 'written';
}

/**
 * anchorAudit at a commit point. The entries are already committed, so a head that cannot be
 * written (a full disk) does not undo the call: the head stays behind and the next call catches up.
 */
export function anchorAfterCommit(sqlite: Database.Database, file: string, signer: AuditSigner | null, at: string, before: number, force = false): AnchorOutcome | 'failed' {
  try {
    return anchorAudit(sqlite, file, signer, at, before, force);
  } catch {
    return 'failed';
  }
}
