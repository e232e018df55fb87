// Opening a stored file (audited, with the purpose and the hash) and reading it back chunk by chunk
// with the session-scoped token the opening gave. An export may ask for a copy without metadata; the
// copy lives in the backend's memory only, until it is read, the vault locks or newer openings push it out.
import { createHash } from 'node:crypto';

import type Database from 'better-sqlite3';

import { notFound } from '../../backend/errors';
import type { HandlersFor } from '../../backend/handler-map';
import { ATTACHMENT_CHUNK_BYTES, type attachmentsApi } from '../../contract/attachments';
import { auditSubject } from './attachment-intake';
import { caseNameWithheld, requireAttachment, withheldFileName, type AttachmentRow } from './attachment-records';
import { isJpeg, isPng, stripJpegMetadata, stripPngMetadata } from './image-metadata';
import { isPdf, stripPdfMetadata } from './pdf-metadata';

/** The whole stored file in memory (for stripping its metadata). */
function storedBytes(sqlite: Database.Database, row: AttachmentRow): Buffer {
  const whole = Buffer.alloc(row.size);
  let at = 0;
  const chunks = sqlite.prepare('SELECT data FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq').pluck().iterate(row.id) as IterableIterator<Buffer>;
  for (const chunk of chunks) {
    if (at + chunk.length > whole.length) break;
    chunk.copy(whole, at);
    chunk.fill(0);
    at += chunk.length;
  }
  return whole;
}

/** The file without its metadata, or null when it is of no kind we strip or could not be read as one. */
export function withoutMetadata(bytes: Buffer): Buffer | null {
  if (isJpeg(bytes)) return stripJpegMetadata(bytes);
  if (isPng(bytes)) return stripPngMetadata(bytes);
  if (isPdf(bytes)) return stripPdfMetadata(bytes);
  return null;
}

export const readingHandlers: HandlersFor<Pick<typeof attachmentsApi, 'attachments.open' | 'attachments.read'>> = {
  'attachments.open': (ctx, input) => {
    const row = requireAttachment(ctx, input.id);
    let copy: Buffer | null = null;
    if (input.purpose === 'export' && input.stripMetadata === true) {
      const original = storedBytes(ctx.sqlite, row);
      copy = withoutMetadata(original);
      original.fill(0);
    }
    const size = copy ? copy.length : row.size;
    const sha256 = copy ? createHash('sha256').update(copy).digest('hex') : row.sha256;
    const withheld = caseNameWithheld(ctx, row.caseId);
    ctx.audit({
      action: 'attachments.open',
      tableName: 'attachments',
      recordId: row.id,
      changes: {
        purpose: input.purpose,
        sha256: row.sha256,
        size: row.size,
        ...(copy ? { stripped: true, strippedSha256: sha256, strippedSize: size } : input.stripMetadata ? { stripped: false } : {}),
        ...auditSubject(row),
      },
    });
    const token = ctx.openedFiles.add({ attachmentId: row.id, userId: ctx.user.id, size, copy });
    return {
      token,
      size,
      sha256,
      mediaType: row.mediaType,
      fileName: withheld ? withheldFileName(row) : row.fileName,
      chunkBytes: ATTACHMENT_CHUNK_BYTES,
      stripped: copy !== null,
    };
  },

  'attachments.read': (ctx, input) => {
    const opened = ctx.openedFiles.get(input.token, ctx.user.id);
    if (!opened) throw notFound('The opened file', { reason: 'attachment_token_unknown' });
    const missing = () => notFound('That part of the file', { reason: 'attachment_chunk_not_found' });
    const start = input.seq * ATTACHMENT_CHUNK_BYTES;
    if (start >= opened.size && !(opened.size === 0 && input.seq === 0)) throw missing();
    if (opened.copy) return { data: opened.copy.subarray(start, start + ATTACHMENT_CHUNK_BYTES).toString('base64') };
    // Still stored and still the caller's to see (it may have been deleted or made confidential since).
    requireAttachment(ctx, opened.attachmentId);
    if (opened.size === 0) return { data: '' };
    const chunk = ctx.sqlite.prepare('SELECT data FROM attachment_chunks WHERE attachment_id = ? AND seq = ?').pluck().get(opened.attachmentId, input.seq) as Buffer | undefined;
    if (!chunk) throw missing();
    const data = chunk.toString('base64');
    chunk.fill(0);
    return { data };
  },
};
