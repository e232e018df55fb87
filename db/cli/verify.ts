// `habeas verify`: the database's own page-by-page integrity check, every stored file's SHA-256, and
// the audit log's signed, anchored hash chain. Exits non-zero when either finds a problem, so scripts and schedulers can act on it.
import { Option, type Command } from 'commander';

import { attachmentLines } from './attachment-text';
import { auditLines, type Language } from './audit-text';

import { CliError } from './errors';
import { vaultTarget, withVaultOptions, type VaultOptions } from './options';
import { formatCount, say } from './output';
import { withSession } from './session';

export function registerVerify(program: Command): void {
  withVaultOptions(program.command('verify'))
    .description('check the database, the attached files and the audit log (signatures, members, anchored head) for damage or tampering (supervisors, administrators)')
    .addOption(new Option('--lang <language>', 'language of the audit findings').choices(['en', 'ru']).default('en'))
    .action(async (options: VaultOptions & { lang: Language }) => {
      await withSession(vaultTarget(options), (session) => {
        const integrity = session.call('vault.integrity', {});
        const audit = session.call('audit.verify', {});
        const pages = integrity.problems.length === 0;
        say(`Database: ${pages ? 'ok' : `${integrity.problems.length} problem(s)`}`);
        for (const problem of integrity.problems.slice(0, 20)) say(`  ${problem}`);
        if (integrity.problems.length > 20) say(`  … and ${formatCount(integrity.problems.length - 20)} more`);
        for (const line of attachmentLines(integrity, options.lang)) say(line);
        for (const line of auditLines(audit, options.lang)) say(line);
        if (!integrity.ok || !audit.ok) {
          const what = !pages ? 'The database is damaged.' : integrity.attachmentProblems.length > 0 ? 'Attached files are damaged.' : 'The audit log has been changed.';
          throw new CliError('CORRUPT', what);
        }
      });
    });
}
