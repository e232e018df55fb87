// The signed, hash-chained audit log: each entry carries the hash of the one before and the
// acting session's Ed25519 signature of its own hash, so no one without a member's private key
// can change, drop or add entries unseen. verifyAudit (audit-verify.ts) checks it.
import { createHash } from 'node:crypto';

import type Database from 'better-sqlite3';

import type { AuditSigner } from './audit-signer';
import type { AuditInput, SessionUser } from './context';
import { ServiceError } from './errors';

export const GENESIS_HASH = '0'.repeat(64);

export interface StoredEntry {
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
  signer_key: string | null;
  signature: string | null;
}

/**
 * The entry's hash. Entries written before signing (signer_key null) keep the form they were
 * written with; a signed entry's hash covers its signer's key too, so the key cannot be swapped.
 */
export function hashOf(e: Omit<StoredEntry, 'hash' | 'signature'>): string {
  const fields: unknown[] = [e.seq, e.at, e.user_id, e.user_name, e.action, e.table_name, e.record_id, e.changes];
  // `!= null`: a row read from a log older than its signature columns has no signer_key at all.
  if (e.signer_key != null) fields.push(e.signer_key);
  return createHash('sha256').update(`${e.prev_hash}\n${JSON.stringify(fields)}`).digest('hex');
}

/** What an entry's signature signs: its hash, under a label no other signature of the vault uses. */
export function entrySigningBytes(hash: string): Buffer {
  return Buffer.from(`habeas audit entry v1\n${hash}`);
}

interface Statements {
  last: Database.Statement;
  insert: Database.Statement;
  /** Whether the log has its signature columns (migration 0011). */
  signed: boolean;
}

const statements = new WeakMap<Database.Database, Statements>();

function statementsOf(sqlite: Database.Database): Statements {
  let s = statements.get(sqlite);
  if (!s) {
    // A log from before migration 0011 has no signature columns (only tests write to one: the app migrates first).
    const columns = (sqlite.prepare('PRAGMA table_info(audit_entries)').all() as { name: string }[]).map((c) => c.name);
    const signed = columns.includes('signer_key');
    s = signed
      ? {
          signed,
          last: sqlite.prepare('SELECT seq, hash, signer_key FROM audit_entries ORDER BY seq DESC LIMIT 1'),
          insert: sqlite.prepare(
            `INSERT INTO audit_entries (seq, at, user_id, user_name, action, table_name, record_id, changes, prev_hash, hash, signer_key, signature)
             VALUES (@seq, @at, @user_id, @user_name, @action, @table_name, @record_id, @changes, @prev_hash, @hash, @signer_key, @signature)`,
          ),
        }
      : {
          signed,
          last: sqlite.prepare('SELECT seq, hash, NULL AS signer_key FROM audit_entries ORDER BY seq DESC LIMIT 1'),
          insert: sqlite.prepare(
            `INSERT INTO audit_entries (seq, at, user_id, user_name, action, table_name, record_id, changes, prev_hash, hash)
             VALUES (@seq, @at, @user_id, @user_name, @action, @table_name, @record_id, @changes, @prev_hash, @hash)`,
          ),
        };
    if (!signed) return s; // not kept: the next call may come after the migration that adds the columns
    statements.set(sqlite, s);
  }
  return s;
}

/**
 * Appends one entry, signed by `signer`. Once the log holds a signed entry every later one must be
 * signed: a session without a signer is refused rather than leaving a gap in the signatures.
 */
export function appendAudit(
  sqlite: Database.Database,
  entry: AuditInput,
  user: SessionUser | null,
  at: string,
  signer: AuditSigner | null = null,
): number {
  const { last, insert, signed } = statementsOf(sqlite);
  if (!signed) signer = null;
  const previous = last.get() as { seq: number; hash: string; signer_key: string | null } | undefined;
  if (!signer && previous?.signer_key) {
    throw new ServiceError('INTERNAL', 'This session cannot sign the audit log, so the change was not saved.', { reason: 'audit_signer_missing' });
  }
  const row: Omit<StoredEntry, 'hash' | 'signature'> = {
    seq: (previous?.seq ?? 0) + 1,
    at,
    user_id: user?.id ?? null,
    user_name: user?.name ?? null,
    action: entry.action,
    table_name: entry.tableName ?? null,
    record_id: entry.recordId ?? null,
    changes: entry.changes === undefined ? null : JSON.stringify(entry.changes),
    prev_hash: previous?.hash ?? GENESIS_HASH,
    signer_key: signer?.publicKey ?? null,
  };
  const hash = hashOf(row);
  const signature = signer ? signer.sign(entrySigningBytes(hash)).toString('base64') : null;
  if (signed) insert.run({ ...row, hash, signature });
  else insert.run({ seq: row.seq, at, user_id: row.user_id, user_name: row.user_name, action: row.action, table_name: row.table_name, record_id: row.record_id, changes: row.changes, prev_hash: row.prev_hash, hash });
  return row.seq;
}
