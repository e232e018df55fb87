// The vault's integrity check (vault.integrity): SQLite's page-by-page check and its foreign-key check,
// and every stored file's bytes against the size and SHA-256 recorded at intake.
import type { HandlersFor } from '../../backend/handler-map';
import type { vaultApi } from '../../contract/vault';
import { checkStoredAttachments } from '../attachments/attachment-integrity';

export const vaultHandlers: HandlersFor<Pick<typeof vaultApi, 'vault.integrity'>> = {
  'vault.integrity': (ctx) => {
    const problems = (ctx.sqlite.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .filter((line) => line !== 'ok');
    const dangling = ctx.sqlite.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
    for (const d of dangling) problems.push(`A row of ${d.table} (rowid ${d.rowid ?? '?'}) refers to a missing row of ${d.parent}.`);
    const attachments = checkStoredAttachments(ctx);
    return { ok: problems.length === 0 && attachments.problems.length === 0, problems, attachmentsChecked: attachments.checked, attachmentProblems: attachments.problems };
  },
};
