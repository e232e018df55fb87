// Finding attachments and what they belong to, with the need-to-know rules applied: a file on a case
// the caller may not see, a confidential file for staff, and one still being received are all
// NOT_FOUND alike, so a refusal tells nothing about what exists.
import type { ServiceContext } from '../../backend/context';
import { conflict, invalid, notFound } from '../../backend/errors';
import type { Attachment, AttachmentView } from '../../contract/attachments';
import type { ErrorReason } from '../../contract/core';
import type { AttachmentSubject } from '../../../shared/vocabulary';
import type { attachments } from '../../schema';
import { caseIsVisible, nameGuard, withholdsConfidentialNames } from '../common/visibility';

export type AttachmentRow = typeof attachments.$inferSelect;

/** Whether staff are kept from the file: they never see confidential ones. */
export function hiddenFromCaller(ctx: ServiceContext, row: Pick<AttachmentRow, 'confidential'>): boolean {
  return row.confidential && ctx.user.role === 'staff';
}

/** A live, stored attachment the caller may see; NOT_FOUND otherwise. */
export function requireAttachment(ctx: ServiceContext, attachmentId: string, state: AttachmentRow['state'] = 'stored'): AttachmentRow {
  const row = ctx.sqlite
    .prepare(
      `SELECT id, created_at AS createdAt, updated_at AS updatedAt, deleted_at AS deletedAt, case_id AS caseId,
              subject_kind AS subjectKind, subject_id AS subjectId, file_name AS fileName, media_type AS mediaType,
              size, sha256, confidential, state, description, added_by AS addedBy
         FROM attachments WHERE id = ? AND deleted_at IS NULL`,
    )
    .get(attachmentId) as (Omit<AttachmentRow, 'confidential'> & { confidential: number }) | undefined;
  const found = row ? { ...row, confidential: row.confidential === 1 } : undefined;
  const missing = () => notFound('The file', { reason: 'attachment_not_found' });
  if (!found || hiddenFromCaller(ctx, found) || !caseIsVisible(ctx, found.caseId)) throw missing();
  // A file being received is its sender's alone; chunks for one already stored are a conflict.
  if (found.state === 'receiving' && found.addedBy !== ctx.user.id) throw missing();
  if (found.state !== state) {
    if (state === 'receiving') throw conflict('This file is no longer being received.', { reason: 'attachment_not_receiving' });
    throw missing();
  }
  return found;
}

const SUBJECT_QUERIES: Record<Exclude<AttachmentSubject, 'case'>, { sql: string; reason: ErrorReason; what: string }> = {
  court_event: {
    sql: `SELECT 1 FROM court_events x JOIN detention_episodes e ON e.id = x.episode_id
           WHERE x.id = ? AND e.case_id = ? AND x.deleted_at IS NULL AND e.deleted_at IS NULL`,
    reason: 'court_event_not_found',
    what: 'The court event',
  },
  sentence: {
    sql: `SELECT 1 FROM sentences x JOIN detention_episodes e ON e.id = x.episode_id
           WHERE x.id = ? AND e.case_id = ? AND x.deleted_at IS NULL AND e.deleted_at IS NULL`,
    reason: 'sentence_not_found',
    what: 'The sentence',
  },
  advocacy: {
    sql: 'SELECT 1 FROM advocacy_actions x WHERE x.id = ? AND x.case_id = ? AND x.deleted_at IS NULL',
    reason: 'advocacy_not_found',
    what: 'The advocacy action',
  },
  note: {
    sql: 'SELECT 1 FROM case_events x WHERE x.id = ? AND x.case_id = ? AND x.deleted_at IS NULL',
    reason: 'case_event_not_found',
    what: 'The note',
  },
};

/** The record a file is added to exists on that case (the case itself needs no subject id). */
export function requireSubject(ctx: ServiceContext, caseId: string, kind: AttachmentSubject, subjectId: string | null): void {
  if (kind === 'case') {
    if (subjectId !== null) throw invalid('A file kept with the case itself names no other record.', { reason: 'attachment_subject_invalid' });
    return;
  }
  if (subjectId === null) throw invalid('Choose the record this file belongs to.', { reason: 'attachment_subject_invalid' });
  const query = SUBJECT_QUERIES[kind];
  if (ctx.sqlite.prepare(query.sql).get(subjectId, caseId) === undefined) throw notFound(query.what, { reason: query.reason });
}

/** What the app shows itself from memory; SVG and anything else only by export. */
export function viewOf(mediaType: string): AttachmentView {
  const type = mediaType.toLowerCase();
  if (type === 'application/pdf') return 'pdf';
  if (['image/png', 'image/jpeg', 'image/gif', 'image/webp'].includes(type)) return 'image';
  return null;
}

/**
 * Whether the caller may not read the name of the case's person. Staff see a non-confidential file
 * on such a case, but not its name or description, which could name the person; that is no more
 * than the case file itself tells them.
 */
export function caseNameWithheld(ctx: ServiceContext, caseId: string): boolean {
  if (!withholdsConfidentialNames(ctx)) return false;
  const person = ctx.sqlite
    .prepare('SELECT p.id AS id, p.confidentiality AS confidentiality FROM cases c JOIN people p ON p.id = c.person_id WHERE c.id = ?')
    .get(caseId) as { id: string; confidentiality: string } | undefined;
  if (!person) return false;
  return nameGuard(ctx).withheld(person.id, person.confidentiality === 'confidential') !== null;
}

/** The neutral name a withheld file goes by: its hash's start and its extension, if a short plain one. */
export function withheldFileName(row: Pick<AttachmentRow, 'fileName' | 'sha256'>): string {
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(row.fileName)?.[1];
  return `file-${row.sha256.slice(0, 12)}${extension ? `.${extension.toLowerCase()}` : ''}`;
}

export function toAttachment(row: AttachmentRow, addedByName: string | null, withheld: boolean): Attachment {
  return {
    id: row.id,
    caseId: row.caseId,
    subjectKind: row.subjectKind,
    subjectId: row.subjectId,
    fileName: withheld ? withheldFileName(row) : row.fileName,
    mediaType: row.mediaType,
    size: row.size,
    sha256: row.sha256,
    confidential: row.confidential,
    description: withheld ? null : row.description,
    addedBy: row.addedBy,
    addedByName,
    addedAt: row.createdAt,
    view: viewOf(row.mediaType),
    ...(withheld ? { nameWithheld: true } : {}),
  };
}

/** A file name as given, refused when it could name a path: no separators, no control characters, not '.' or '..'. */
export function requireSafeFileName(fileName: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[/\\\u0000-\u001f\u007f]/.test(fileName) || fileName === '.' || fileName === '..') {
    throw invalid('A file name cannot contain folder separators or control characters.', { reason: 'attachment_name_unsafe' });
  }
  return fileName;
}
