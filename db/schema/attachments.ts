// Files kept with a case (verdicts, indictments, consent forms, letters, photos). The bytes live in
// the encrypted database itself, in chunks, so they share its key, its rotations and its backups:
// nothing of a file is ever written to disk outside the vault's encryption.
import { blob, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

import { ATTACHMENT_SUBJECTS } from '../../shared/vocabulary';
import { cases } from './cases';
import { recordColumns } from './columns';
import { users } from './reference';

export const attachments = sqliteTable(
  'attachments',
  {
    ...recordColumns,
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    /** What on the case the file belongs to; the case itself when 'case'. */
    subjectKind: text('subject_kind', { enum: ATTACHMENT_SUBJECTS }).notNull(),
    /** The court event, sentence, advocacy action or note (case event) id; null for the case. */
    subjectId: text('subject_id'),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    /** Bytes, as received. */
    size: integer('size').notNull(),
    /** Lower-case hex SHA-256 of the bytes as received (chain of custody). */
    sha256: text('sha256').notNull(),
    /** Staff never see confidential attachments. */
    confidential: integer('confidential', { mode: 'boolean' }).notNull().default(false),
    /** 'receiving' while chunks arrive; 'stored' once the hash was checked. */
    state: text('state', { enum: ['receiving', 'stored'] }).notNull().default('receiving'),
    description: text('description'),
    addedBy: text('added_by').references(() => users.id),
  },
  (t) => [index('attachments_case_idx').on(t.caseId, t.createdAt), index('attachments_subject_idx').on(t.subjectKind, t.subjectId)],
);

/** The bytes of one attachment, in order; removed when the attachment is deleted. */
export const attachmentChunks = sqliteTable(
  'attachment_chunks',
  {
    attachmentId: text('attachment_id')
      .notNull()
      .references(() => attachments.id),
    seq: integer('seq').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.attachmentId, t.seq] })],
);
