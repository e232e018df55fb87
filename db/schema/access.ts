// Who may read what, and whose keys vouch for what: the public keys of each member (their private
// halves live only in the key ring, wrapped under the member's passphrase) and the cases a
// supervisor or administrator has granted to one staff member or caseworker; and the database keys
// of earlier epochs, kept inside the encrypted database so backups made under them still open.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

import { cases } from './cases';
import { recordColumns } from './columns';
import { users } from './reference';

export const memberKeys = sqliteTable(
  'member_keys',
  {
    ...recordColumns,
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    /** X25519 public key (base64, raw 32 bytes): the database key is sealed to it. */
    boxPublic: text('box_public').notNull(),
    /** Ed25519 public key (base64, raw 32 bytes): checks the member's audit signatures. */
    signPublic: text('sign_public').notNull(),
    /** Set when the key pair is replaced (passphrase reset) or the member revoked. */
    retiredAt: text('retired_at'),
  },
  (t) => [index('member_keys_user_idx').on(t.userId), uniqueIndex('member_keys_sign_unique').on(t.signPublic)],
);

export const caseGrants = sqliteTable(
  'case_grants',
  {
    ...recordColumns,
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    grantedBy: text('granted_by')
      .notNull()
      .references(() => users.id),
  },
  (t) => [index('case_grants_user_idx').on(t.userId, t.caseId), index('case_grants_case_idx').on(t.caseId)],
);

/** A database key replaced by a rotation (base64, raw 32 bytes), one per epoch it served. */
export const retiredKeys = sqliteTable('retired_keys', {
  epoch: integer('epoch').primaryKey(),
  key: text('key').notNull(),
  retiredAt: text('retired_at').notNull(),
});
