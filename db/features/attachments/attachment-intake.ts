// Receiving a file: begin declares it (case, record, name, size, SHA-256), chunks arrive in order
// into the encrypted database, and finish hashes what was stored and keeps it only when size and
// hash agree. Nothing of the file touches the disk outside the database.
import { createHash } from 'node:crypto';

import type Database from 'better-sqlite3';

import type { ServiceContext } from '../../backend/context';
import { conflict, invalid } from '../../backend/errors';
import type { HandlersFor } from '../../backend/handler-map';
import { ATTACHMENT_CHUNK_BYTES, type attachmentsApi } from '../../contract/attachments';
import { attachments } from '../../schema';
import { requireCase } from '../detention/detention';
import { stamp, touchCase } from '../common/records';
import { requireAttachment, requireSafeFileName, requireSubject, toAttachment, type AttachmentRow } from './attachment-records';

/** A file still being received after this long without a chunk is taken as abandoned. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/** Drops files still being received: all of them at unlock (no upload outlives a session), or those idle since `before`. */
export function dropAbandonedAttachments(sqlite: Database.Database, before?: string): number {
  const ids = (
    before === undefined
      ? sqlite.prepare("SELECT id FROM attachments WHERE state = 'receiving'").pluck().all()
      : sqlite.prepare("SELECT id FROM attachments WHERE state = 'receiving' AND updated_at < ?").pluck().all(before)
  ) as string[];
  for (const id of ids) dropReceiving(sqlite, id);
  return ids.length;
}

/** A file never stored leaves nothing behind: its chunks and its row go (nothing was audited of it). */
function dropReceiving(sqlite: Database.Database, attachmentId: string): void {
  sqlite.prepare('DELETE FROM attachment_chunks WHERE attachment_id = ?').run(attachmentId);
  sqlite.prepare("DELETE FROM attachments WHERE id = ? AND state = 'receiving'").run(attachmentId);
}

/** How many bytes chunk `seq` of a file of `size` bytes holds: all are full but the last; 0 past the end. */
export function chunkLength(size: number, seq: number): number {
  return Math.max(0, Math.min(ATTACHMENT_CHUNK_BYTES, size - seq * ATTACHMENT_CHUNK_BYTES));
}

function chunkCount(ctx: ServiceContext, attachmentId: string): number {
  return ctx.sqlite.prepare('SELECT COUNT(*) FROM attachment_chunks WHERE attachment_id = ?').pluck().get(attachmentId) as number;
}

/** The size and SHA-256 of a file's stored chunks, read one chunk at a time; whether their numbers run 0, 1, 2... */
export function hashStoredChunks(sqlite: Database.Database, attachmentId: string): { size: number; sha256: string; contiguous: boolean } {
  const hash = createHash('sha256');
  let size = 0;
  let expected = 0;
  let contiguous = true;
  const rows = sqlite.prepare('SELECT seq, data FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq').iterate(attachmentId) as IterableIterator<{ seq: number; data: Buffer }>;
  for (const row of rows) {
    if (row.seq !== expected) contiguous = false;
    expected = row.seq + 1;
    hash.update(row.data);
    size += row.data.length;
  }
  return { size, sha256: hash.digest('hex'), contiguous };
}

/** What a file belongs to, as its audit entries record it. */
export function auditSubject(row: AttachmentRow) {
  return { caseId: row.caseId, subjectKind: row.subjectKind, subjectId: row.subjectId };
}

export const intakeHandlers: HandlersFor<Pick<typeof attachmentsApi, 'attachments.begin' | 'attachments.chunk' | 'attachments.finish' | 'attachments.cancel'>> = {
  'attachments.begin': (ctx, input) => {
    dropAbandonedAttachments(ctx.sqlite, new Date(Date.parse(ctx.now()) - ABANDONED_AFTER_MS).toISOString());
    const caseRow = requireCase(ctx, input.caseId);
    requireSubject(ctx, caseRow.id, input.subjectKind, input.subjectId);
    const row: AttachmentRow = {
      ...stamp(ctx),
      deletedAt: null,
      caseId: caseRow.id,
      subjectKind: input.subjectKind,
      subjectId: input.subjectId,
      fileName: requireSafeFileName(input.fileName),
      mediaType: input.mediaType === '' ? 'application/octet-stream' : input.mediaType.toLowerCase(),
      size: input.size,
      sha256: input.sha256,
      confidential: input.confidential,
      state: 'receiving',
      description: input.description === undefined || input.description === '' ? null : input.description,
      addedBy: ctx.user.id,
    };
    ctx.db.insert(attachments).values(row).run();
    return { id: row.id, chunkBytes: ATTACHMENT_CHUNK_BYTES };
  },

  'attachments.chunk': (ctx, input) => {
    const row = requireAttachment(ctx, input.id, 'receiving');
    const next = chunkCount(ctx, row.id);
    if (input.seq !== next) {
      throw conflict('A part of the file arrived out of order.', { reason: 'attachment_chunk_out_of_order', params: { expected: next } });
    }
    const expectedLength = chunkLength(row.size, input.seq);
    const bytes = Buffer.from(input.data, 'base64');
    if (expectedLength === 0 || bytes.length !== expectedLength) {
      bytes.fill(0);
      throw invalid('A part of the file has the wrong size.', { reason: 'attachment_chunk_size', params: { expected: expectedLength } });
    }
    ctx.sqlite.prepare('INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES (?, ?, ?)').run(row.id, input.seq, bytes);
    ctx.sqlite.prepare('UPDATE attachments SET updated_at = ? WHERE id = ?').run(ctx.now(), row.id);
    return { received: input.seq * ATTACHMENT_CHUNK_BYTES + bytes.length };
  },

  // Runs outside one transaction (contract: transaction false) so a refused file is dropped for good.
  'attachments.finish': (ctx, input) => {
    const row = requireAttachment(ctx, input.id, 'receiving');
    const stored = hashStoredChunks(ctx.sqlite, row.id);
    const refusal =
      !stored.contiguous || stored.size !== row.size
        ? invalid('The file did not arrive complete, so it was not saved.', { reason: 'attachment_incomplete', params: { expected: row.size, received: stored.size } })
        : stored.sha256 !== row.sha256
          ? invalid('The file arrived changed (its SHA-256 does not match), so it was not saved.', { reason: 'attachment_hash_mismatch' })
          : null;
    if (refusal) {
      ctx.sqlite.transaction(() => dropReceiving(ctx.sqlite, row.id))();
      throw refusal;
    }
    const now = ctx.now();
    const after: AttachmentRow = { ...row, state: 'stored', updatedAt: now };
    ctx.sqlite.transaction(() => {
      ctx.sqlite.prepare("UPDATE attachments SET state = 'stored', updated_at = ? WHERE id = ? AND state = 'receiving'").run(now, row.id);
      ctx.audit({
        action: 'attachments.finish',
        tableName: 'attachments',
        recordId: row.id,
        changes: { fileName: row.fileName, mediaType: row.mediaType, size: row.size, sha256: row.sha256, confidential: row.confidential, ...auditSubject(row) },
      });
      touchCase(ctx, row.caseId);
    })();
    return toAttachment(after, ctx.user.displayName, false);
  },

  'attachments.cancel': (ctx, input) => {
    const row = ctx.sqlite.prepare("SELECT id FROM attachments WHERE id = ? AND state = 'receiving' AND added_by = ?").get(input.id, ctx.user.id);
    if (row === undefined) return { cancelled: false };
    dropReceiving(ctx.sqlite, input.id);
    return { cancelled: true };
  },
};
