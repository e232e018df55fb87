// The append-only, hash-chained audit log. Triggers in the migration refuse UPDATE and DELETE.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const auditEntries = sqliteTable(
  'audit_entries',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: text('user_id'),
    userName: text('user_name'),
    action: text('action').notNull(),
    tableName: text('table_name'),
    recordId: text('record_id'),
    /** JSON of what changed: { field: [before, after] } or a summary object. */
    changes: text('changes'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /** Ed25519 public key (base64) of the signer: a member's, or the vault's recovery key. Null on entries written before signing. */
    signerKey: text('signer_key'),
    /** Ed25519 signature (base64) of `hash` by signerKey. */
    signature: text('signature'),
  },
  (t) => [
    index('audit_record_idx').on(t.tableName, t.recordId),
    index('audit_user_idx').on(t.userId, t.at),
    index('audit_at_idx').on(t.at),
  ],
);
