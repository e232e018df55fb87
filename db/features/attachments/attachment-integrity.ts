// The check `verify` runs over stored files: every chunk of every live, stored attachment is read
// and hashed, and a file whose bytes no longer add up to the size and SHA-256 recorded at intake
// (chain of custody) is named with a stable code.
import type { ServiceContext } from '../../backend/context';
import type { AttachmentProblem } from '../../contract/vault';
import { hashStoredChunks } from './attachment-intake';

interface StoredFile {
  id: string;
  caseId: string;
  fileName: string;
  size: number;
  sha256: string;
}

export function checkStoredAttachments(ctx: ServiceContext): { checked: number; problems: AttachmentProblem[] } {
  const files = ctx.sqlite
    .prepare("SELECT id, case_id AS caseId, file_name AS fileName, size, sha256 FROM attachments WHERE state = 'stored' AND deleted_at IS NULL ORDER BY created_at, id")
    .all() as StoredFile[];
  const problems: AttachmentProblem[] = [];
  files.forEach((file, i) => {
    const stored = hashStoredChunks(ctx.sqlite, file.id);
    const code = !stored.contiguous || stored.size !== file.size ? 'attachment_incomplete' : stored.sha256 !== file.sha256 ? 'attachment_hash_mismatch' : null;
    if (code) problems.push({ code, attachmentId: file.id, caseId: file.caseId, fileName: file.fileName, size: file.size, sha256: file.sha256, storedSize: stored.size });
    ctx.progress(i + 1, files.length, 'attachments');
  });
  return { checked: files.length, problems };
}
