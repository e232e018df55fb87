// `habeas timeline`: a case's timeline, one entry a line (date, kind, what happened), worded by the
// CLI's own formatter from the facts timeline.forCase returns.
import type { Command } from 'commander';

import { vaultTarget, withVaultOptions, type VaultOptions } from './options';
import { say } from './output';
import { withSession } from './session';
import { timelineLine } from '../features/timeline/timeline-text';

interface TimelineOptions extends VaultOptions {
  case: string;
}

export function registerTimeline(program: Command): void {
  withVaultOptions(program.command('timeline'))
    .description("a case's timeline, oldest first (confidential entries only as their kind, unless your role sees them)")
    .requiredOption('--case <id>', 'the case id')
    .action(async (options: TimelineOptions) => {
      await withSession(vaultTarget(options), (session) => {
        // The reference first, so a printed timeline can be matched to its case file.
        const { reference, countryCode, openedOn } = session.call('cases.get', { id: options.case });
        say(['Case', reference ?? 'without a reference', countryCode, `opened ${openedOn}`].join('\t'));
        for (const entry of session.call('timeline.forCase', { caseId: options.case })) {
          const { title, detail } = timelineLine(entry);
          say([entry.date ?? 'date unknown', entry.kind, title, detail].filter((p) => p !== null).join('\t'));
        }
      });
    });
}
