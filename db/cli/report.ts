// `habeas report`: the per-country summary report, the same figures as the screen. CSV comes
// from reports.exportCsv and JSON from reports.country followed by reports.recordExport, so every
// report taken from the command line is in the audit log with who ran it and its options.
import { type Command, InvalidArgumentError, Option } from 'commander';

import { isoDate } from '../contract/core';
import { vaultTarget, withVaultOptions, type VaultOptions } from './options';
import { say } from './output';
import { withSession } from './session';

interface ReportOptions extends VaultOptions {
  country?: string;
  from: string;
  to: string;
  format: 'csv' | 'json';
  lang: 'en' | 'ru';
  includeConfidentialNames?: boolean;
}

// Checked here with the contract's own rule so a slip is a usage error naming the option, not a
// bare "some fields need attention" from the backend.
function dateOption(value: string): string {
  const parsed = isoDate.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError(`Give a real date as YYYY-MM-DD (${parsed.error.issues[0]?.message ?? 'not a date'}).`);
  return parsed.data;
}

export function registerReport(program: Command): void {
  withVaultOptions(program.command('report'))
    .description('per-country summary report for a period, beside the previous period (staff, supervisors, administrators)')
    .option('--country <code>', 'two-letter country code (default: every country with data, one section each)')
    .requiredOption('--from <date>', 'first day of the period (YYYY-MM-DD)', dateOption)
    .requiredOption('--to <date>', 'last day of the period (YYYY-MM-DD)', dateOption)
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json']).default('csv'))
    .addOption(new Option('--lang <language>', 'language of the CSV\'s label columns and second header row').choices(['en', 'ru']).default('en'))
    .option('--include-confidential-names', 'name confidential people instead of "Confidential (n)"')
    .action(async (options: ReportOptions) => {
      const input = {
        ...(options.country === undefined ? {} : { countryCode: options.country }),
        from: options.from,
        to: options.to,
        includeConfidentialNames: options.includeConfidentialNames === true,
      };
      await withSession(vaultTarget(options), (session) => {
        if (options.format === 'csv') {
          // The CSV already ends in a line break.
          process.stdout.write(session.call('reports.exportCsv', { ...input, language: options.lang }).csv);
          return;
        }
        const report = session.call('reports.country', input);
        session.call('reports.recordExport', { format: 'json', options: input });
        say(JSON.stringify(report, null, 2));
      });
    });
}
