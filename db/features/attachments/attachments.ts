// The attachments service: listing a case's files, changing their name, description or
// confidentiality, and deleting one (its bytes go, its record stays for the chain of custody);
// receiving and reading files are in attachment-intake.ts and attachment-reading.ts.
import type { ServiceContext } from '../../backend/context';
import type { HandlersFor } from '../../backend/handler-map';
import type { Attachment, attachmentsApi } from '../../contract/attachments';
import { requireCase } from '../detention/detention';
import { touchCase } from '../common/records';
import { intakeHandlers } from './attachment-intake';
import { readingHandlers } from './attachment-reading';
import { caseNameWithheld, requireAttachment, requireSafeFileName, toAttachment, type AttachmentRow } from './attachment-records';

const ROW_COLUMNS = `a.id, a.created_at AS createdAt, a.updated_at AS updatedAt, a.deleted_at AS deletedAt, a.case_id AS caseId,
  a.subject_kind AS subjectKind, a.subject_id AS subjectId, a.file_name AS fileName, a.media_type AS mediaType, a.size,
  a.sha256, a.confidential, a.state, a.description, a.added_by AS addedBy, u.display_name AS addedByName`;

type ListedRow = Omit<AttachmentRow, 'confidential'> & { confidential: number; addedByName: string | null };

function listed(row: ListedRow, withheld: boolean): Attachment {
  const { addedByName, ...rest } = row;
  return toAttachment({ ...rest, confidential: row.confidential === 1 }, addedByName, withheld);
}

function addedByName(ctx: ServiceContext, userId: string | null): string | null {
  if (userId === null) return null;
  return (ctx.sqlite.prepare('SELECT display_name FROM users WHERE id = ?').pluck().get(userId) as string | undefined) ?? null;
}

export const attachmentsHandlers: HandlersFor<typeof attachmentsApi> = {
  'attachments.list': (ctx, input) => {
    const caseRow = requireCase(ctx, input.caseId);
    const conditions = ["a.case_id = ?", "a.state = 'stored'", 'a.deleted_at IS NULL'];
    const params: string[] = [caseRow.id];
    if (ctx.user.role === 'staff') conditions.push('a.confidential = 0');
    if (input.subjectKind !== undefined) {
      conditions.push('a.subject_kind = ?');
      params.push(input.subjectKind);
    }
    if (input.subjectId !== undefined) {
      conditions.push('a.subject_id = ?');
      params.push(input.subjectId);
    }
    const rows = ctx.sqlite
      .prepare(`SELECT ${ROW_COLUMNS} FROM attachments a LEFT JOIN users u ON u.id = a.added_by WHERE ${conditions.join(' AND ')} ORDER BY a.created_at DESC, a.id DESC`)
      .all(...params) as ListedRow[];
    const withheld = caseNameWithheld(ctx, caseRow.id);
    return rows.map((row) => listed(row, withheld));
  },

  ...intakeHandlers,
  ...readingHandlers,

  'attachments.update': (ctx, input) => {
    const before = requireAttachment(ctx, input.id);
    const after: AttachmentRow = {
      ...before,
      ...(input.fileName !== undefined ? { fileName: requireSafeFileName(input.fileName) } : {}),
      ...(input.confidential !== undefined ? { confidential: input.confidential } : {}),
      ...(input.description !== undefined ? { description: input.description === '' ? null : input.description } : {}),
      updatedAt: ctx.now(),
    };
    ctx.sqlite
      .prepare('UPDATE attachments SET file_name = ?, confidential = ?, description = ?, updated_at = ? WHERE id = ?')
      .run(after.fileName, after.confidential ? 1 : 0, after.description, after.updatedAt, after.id);
    const changes: Record<string, [unknown, unknown]> = {};
    if (after.fileName !== before.fileName) changes.fileName = [before.fileName, after.fileName];
    if (after.confidential !== before.confidential) changes.confidential = [before.confidential, after.confidential];
    // A description can name sources: the log records only that it changed.
    if (after.description !== before.description) changes.description = ['(changed)', '(changed)'];
    ctx.audit({ action: 'attachments.update', tableName: 'attachments', recordId: after.id, changes });
    touchCase(ctx, after.caseId);
    return toAttachment(after, addedByName(ctx, after.addedBy), caseNameWithheld(ctx, after.caseId));
  },

  'attachments.delete': (ctx, input) => {
    const row = requireAttachment(ctx, input.id);
    const now = ctx.now();
    // Freed pages are overwritten with zeros, so the bytes do not linger in the file's free list.
    const secureDelete = ctx.sqlite.pragma('secure_delete', { simple: true }) as number;
    ctx.sqlite.pragma('secure_delete = ON');
    try {
      ctx.sqlite.prepare('DELETE FROM attachment_chunks WHERE attachment_id = ?').run(row.id);
    } finally {
      ctx.sqlite.pragma(`secure_delete = ${secureDelete === 0 ? 'OFF' : secureDelete === 2 ? 'FAST' : 'ON'}`);
    }
    ctx.sqlite.prepare('UPDATE attachments SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, row.id);
    ctx.openedFiles.forgetAttachment(row.id);
    ctx.audit({
      action: 'attachments.delete',
      tableName: 'attachments',
      recordId: row.id,
      changes: { deletedAt: [null, now], fileName: row.fileName, size: row.size, sha256: row.sha256 },
    });
    touchCase(ctx, row.caseId);
    return { id: row.id };
  },
};
