// Verifying the audit log: every entry's hash, link and signature, who could sign it at that point
// (audit-membership.ts), and the head anchored outside the log. Names each problem with a code.
import { verify, type KeyObject } from 'node:crypto';

import type Database from 'better-sqlite3';

import type { AuditProblem, AuditProblemCode, AuditVerification } from '../contract/admin';
import { headSigningBytes, type HeadRead } from '../vault/audit-anchor';
import { signingPublicKey } from '../vault/key-pairs';
import { entrySigningBytes, GENESIS_HASH, hashOf, type StoredEntry } from './audit-log';
import { AuditMembership } from './audit-membership';

const MAX_PROBLEMS = 200;

class Problems {
  readonly list: AuditProblem[] = [];

  add(code: AuditProblemCode, seq: number, through = seq, signerKey?: string): void {
    const last = this.list[this.list.length - 1];
    if (last && last.code === code && last.through === seq - 1 && last.signerKey === signerKey) {
      last.through = through;
      return;
    }
    if (this.list.length >= MAX_PROBLEMS) return;
    this.list.push({ code, seq, through, ...(signerKey ? { signerKey } : {}) });
  }
}

const b64 = (s: string) => Buffer.from(s, 'base64');

/**
 * Entry hashes whose signature this process has already checked. The hash is recomputed from the
 * entry every time and covers its signer's key, so an entry whose hash is here is the one that was
 * checked: only its signature check is skipped, and the audit screen's next verify is quick.
 */
const verifiedEntries = new Set<string>();
const MAX_REMEMBERED = 1_000_000;

function remember(hash: string): void {
  if (verifiedEntries.size >= MAX_REMEMBERED) verifiedEntries.clear();
  verifiedEntries.add(hash);
}

/** Checks Ed25519 signatures, importing each public key once (a log has few signers and many entries). */
function signatureChecker(): (key: string, data: Buffer, signature: string) => boolean {
  const keys = new Map<string, KeyObject | null>();
  return (key, data, signature) => {
    let object = keys.get(key);
    if (object === undefined) {
      try {
        object = signingPublicKey(b64(key));
      } catch {
        object = null;
      }
      keys.set(key, object);
    }
    if (!object) return false;
    try {
      return verify(null, data, object, b64(signature));
    } catch {
      return false;
    }
  };
}

export function verifyAudit(sqlite: Database.Database, head: HeadRead): AuditVerification {
  const problems = new Problems();
  const checkSignature = signatureChecker();
  const members = new AuditMembership();
  const anchor = head.state === 'present' ? head.head : null;
  let previous = GENESIS_HASH;
  let expected = 1;
  let checked = 0;
  let legacyUnsigned = 0;
  let signedSeen = false;
  let firstHash: string | null = null;
  let lastSeq = 0;
  let hashAtAnchor: string | null = null;
  let anchorSignerWasMember: boolean | null = null;

  for (const row of sqlite.prepare('SELECT * FROM audit_entries ORDER BY seq').iterate() as IterableIterator<StoredEntry>) {
    firstHash ??= row.hash;
    if (row.seq !== expected) problems.add('entry_missing', expected, row.seq - 1);
    else if (row.prev_hash !== previous) problems.add('entry_missing', row.seq);
    if (hashOf(row) !== row.hash) {
      problems.add('entry_edited', row.seq);
    } else if (row.signer_key == null || row.signature == null) {
      // `== null`: a log older than its signature columns (a test's partial migrations) has neither.
      if (signedSeen || row.signer_key != null) problems.add('entry_unsigned', row.seq);
      else {
        legacyUnsigned += 1;
        members.legacy(row);
      }
    } else {
      signedSeen = true;
      const signatureOk = verifiedEntries.has(row.hash) || checkSignature(row.signer_key, entrySigningBytes(row.hash), row.signature);
      if (signatureOk) remember(row.hash);
      if (!signatureOk) {
        problems.add('chain_rehashed', row.seq);
      } else {
        const refused = members.signed(row);
        if (refused) problems.add(refused, row.seq, row.seq, row.signer_key);
      }
    }
    if (anchor && row.seq === anchor.count) {
      hashAtAnchor = row.hash;
      anchorSignerWasMember = members.isMember(anchor.signerKey);
    }
    previous = row.hash;
    expected = row.seq + 1;
    lastSeq = row.seq;
    checked += 1;
  }

  let unanchoredTail = 0;
  let anchorInfo: AuditVerification['anchor'] = null;
  if (head.state === 'missing') {
    if (signedSeen) problems.add('anchor_missing', 0);
  } else if (head.state === 'unreadable') {
    problems.add('anchor_invalid', 0);
  } else if (anchor) {
    const member = anchorSignerWasMember ?? members.isMember(anchor.signerKey);
    const signatureOk = checkSignature(anchor.signerKey, headSigningBytes(anchor.vaultId, anchor.count, anchor.hash), anchor.signature);
    anchorInfo = { count: anchor.count, at: anchor.at, signer: members.describe(anchor.signerKey, member) };
    if (!signatureOk || anchor.vaultId !== firstHash || !member) {
      problems.add('anchor_invalid', anchor.count, anchor.count, anchor.signerKey);
    } else if (anchor.count > lastSeq) {
      problems.add('tail_truncated', lastSeq + 1, anchor.count);
    } else {
      if (hashAtAnchor !== anchor.hash) problems.add('chain_rehashed', anchor.count);
      unanchoredTail = lastSeq - anchor.count;
    }
  }

  const first = problems.list.reduce<AuditProblem | null>((best, p) => (best === null || p.seq < best.seq ? p : best), null);
  return {
    ok: problems.list.length === 0,
    checked,
    firstBad: first ? { seq: first.seq, reason: first.code } : null,
    problems: problems.list,
    legacyUnsigned,
    unanchoredTail,
    anchor: anchorInfo,
  };
}
