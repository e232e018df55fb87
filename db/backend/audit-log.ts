// The hash-chained audit log: each entry carries the hash of the one before, so changing or
// removing any entry breaks the chain at that point, and verify() names the first broken entry.
import { createHash } from 'node:crypto';

import type Database from 'better-sqlite3';

import type { AuditVerification } from '../contract/admin';
import type { AuditInput, SessionUser } from './context';

export const GENESIS_HASH = '0'.repeat(64);

interface StoredEntry {
  seq: number;
  at: string;
  user_id: string | null;
  user_name: string | null;
  action: string;
  table_name: string | null;
  record_id: string | null;
  changes: string | null;
  prev_hash: string;
  hash: string;
}

function hashOf(e: Omit<StoredEntry, 'hash'>): string {
  const canonical = JSON.stringify([e.seq, e.at, e.user_id, e.user_name, e.action, e.table_name, e.record_id, e.changes]);
  return createHash('sha256').update(`${e.prev_hash}\n${canonical}`).digest('hex');
}

export function appendAudit(sqlite: Database.Database, entry: AuditInput, user: SessionUser | null, at: string): number {
  const last = sqlite.prepare('SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
  const row: Omit<StoredEntry, 'hash'> = {
    seq: (last?.seq ?? 0) + 1,
    at,
    user_id: user?.id ?? null,
    user_name: user?.name ?? null,
    action: entry.action,
    table_name: entry.tableName ?? null,
    record_id: entry.recordId ?? null,
    changes: entry.changes === undefined ? null : JSON.stringify(entry.changes),
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  sqlite
    .prepare(
      `INSERT INTO audit_entries (seq, at, user_id, user_name, action, table_name, record_id, changes, prev_hash, hash)
       VALUES (@seq, @at, @user_id, @user_name, @action, @table_name, @record_id, @changes, @prev_hash, @hash)`,
    )
    .run({ ...row, hash: hashOf(row) });
  return row.seq;
}

export function verifyAuditChain(sqlite: Database.Database): AuditVerification {
  let previous = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (const row of sqlite.prepare('SELECT * FROM audit_entries ORDER BY seq').iterate() as IterableIterator<StoredEntry>) {
    if (row.seq !== expectedSeq) return { ok: false, checked, firstBad: { seq: expectedSeq, reason: 'entry missing' } };
    if (row.prev_hash !== previous) return { ok: false, checked, firstBad: { seq: row.seq, reason: 'link to the previous entry does not match' } };
    if (hashOf(row) !== row.hash) return { ok: false, checked, firstBad: { seq: row.seq, reason: 'contents changed after writing' } };
    previous = row.hash;
    expectedSeq += 1;
    checked += 1;
  }
  return { ok: true, checked, firstBad: null };
}
