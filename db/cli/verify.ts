// `habeas verify`: the database's own page-by-page integrity check and the audit log's hash
// chain. Exits non-zero when either finds a problem, so scripts and schedulers can act on it.
import type { Command } from 'commander';

import { CliError } from './errors';
import { vaultTarget, withVaultOptions, type VaultOptions } from './options';
import { formatCount, say } from './output';
import { withSession } from './session';

export function registerVerify(program: Command): void {
  withVaultOptions(program.command('verify'))
    .description('check the database and the audit log for damage or tampering (supervisors, administrators)')
    .action(async (options: VaultOptions) => {
      await withSession(vaultTarget(options), (session) => {
        const integrity = session.call('vault.integrity', {});
        const audit = session.call('audit.verify', {});
        say(`Database: ${integrity.ok ? 'ok' : `${integrity.problems.length} problem(s)`}`);
        for (const problem of integrity.problems.slice(0, 20)) say(`  ${problem}`);
        if (integrity.problems.length > 20) say(`  … and ${formatCount(integrity.problems.length - 20)} more`);
        if (audit.ok) say(`Audit log: ok (${formatCount(audit.checked)} entries checked)`);
        else say(`Audit log: broken at entry ${audit.firstBad?.seq ?? '?'} (${audit.firstBad?.reason ?? 'unknown'}); ${formatCount(audit.checked)} entries before it are intact`);
        if (!integrity.ok || !audit.ok) {
          throw new CliError('CORRUPT', integrity.ok ? 'The audit log has been changed.' : 'The database is damaged.');
        }
      });
    });
}
