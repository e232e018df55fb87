// `habeas attachments`: the files kept with a case, one a line (when added, what it belongs to,
// size, SHA-256, name), from attachments.list, so the chain of custody can be checked from a script.
// Staff get only non-confidential files, and neutral names where the person's name is withheld.
import type { Command } from 'commander';

import { vaultTarget, withVaultOptions, type VaultOptions } from './options';
import { formatCount, say } from './output';
import { withSession } from './session';

interface AttachmentsOptions extends VaultOptions {
  case: string;
}

export function registerAttachments(program: Command): void {
  withVaultOptions(program.command('attachments'))
    .description("the files kept with a case, newest first: date added, record, size, SHA-256, confidential flag and name")
    .requiredOption('--case <id>', 'the case id')
    .action(async (options: AttachmentsOptions) => {
      await withSession(vaultTarget(options), (session) => {
        for (const a of session.call('attachments.list', { caseId: options.case })) {
          const record = a.subjectId === null ? a.subjectKind : `${a.subjectKind}:${a.subjectId}`;
          say([a.addedAt.slice(0, 10), record, `${formatCount(a.size)} bytes`, a.sha256, a.confidential ? 'confidential' : '-', a.fileName].join('\t'));
        }
      });
    });
}
