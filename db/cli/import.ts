// `habeas import FILE`: brings a CSV, XLSX or JSON file into the vault through the same contract
// calls as the import wizard (imports.inspect, imports.dryRun, imports.run). Without --mapping the
// mapping guessed from the headers is used; --set gives one value for every row (a country, say).
// --dry-run prints the plan row by row; both end with the one summary line scripts can read.
import { existsSync, readFileSync, statSync } from 'node:fs';

import { type Command, InvalidArgumentError, Option } from 'commander';

import { decisionsFor, MERGE_POLICIES, type MergePolicy } from '../contract/import-decisions';
import { IMPORT_FIELDS, IMPORT_MAX_BYTES, importMapping, type ImportCounts, type ImportField, type ImportMapping, type ImportPlan } from '../contract/imports';
import { conflictText } from '../importer/import-messages';
import { CliError, usage } from './errors';
import { vaultTarget, withVaultOptions, type VaultOptions } from './options';
import { say } from './output';
import { type CliSession, withSession } from './session';

interface ImportOptions extends VaultOptions {
  mapping?: string;
  set: [ImportField, string][];
  dryRun?: boolean;
  sheet?: string;
  encoding?: 'utf-8' | 'windows-1251';
  delimiter?: string;
  mergeDuplicates?: MergePolicy | true;
}

function isField(s: string): s is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(s);
}

function setOption(value: string, previous: [ImportField, string][]): [ImportField, string][] {
  const at = value.indexOf('=');
  const field = at > 0 ? value.slice(0, at).trim() : '';
  if (!isField(field)) throw new InvalidArgumentError(`Write FIELD=VALUE with FIELD one of: ${IMPORT_FIELDS.join(', ')}.`);
  return [...previous, [field, value.slice(at + 1).trim()]];
}

function mergeOption(value: string): MergePolicy {
  const policy = MERGE_POLICIES.find((p) => p === value);
  if (!policy) throw new InvalidArgumentError(`Write one of: ${MERGE_POLICIES.join(', ')}.`);
  return policy;
}

function delimiterOption(value: string): string {
  const named: Record<string, string> = { tab: '\t', '\\t': '\t', comma: ',', semicolon: ';', pipe: '|' };
  const d = named[value.toLowerCase()] ?? value;
  if (d.length !== 1) throw new InvalidArgumentError('Give one character, or tab, comma, semicolon or pipe.');
  return d;
}

/** The mapping from a JSON file, a saved preset (preset:NAME) or, without the option, the guess. */
function chooseMapping(session: CliSession, option: string | undefined, suggested: ImportMapping): ImportMapping {
  if (option === undefined) return suggested;
  if (option.startsWith('preset:') && !existsSync(option)) {
    const name = option.slice('preset:'.length);
    const preset = session.call('imports.presets.list', {}).find((p) => p.name === name);
    if (!preset) throw new CliError('NOT_FOUND', `There is no saved mapping called "${name}".`);
    return preset.mapping;
  }
  if (!existsSync(option)) throw usage(`The mapping file ${option} does not exist (for a saved mapping write preset:NAME).`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(option, 'utf8'));
  } catch {
    throw usage(`The mapping file ${option} is not valid JSON.`);
  }
  const parsed = importMapping.safeParse(json);
  if (!parsed.success) throw usage(`The mapping file ${option} is not a mapping: ${parsed.error.issues[0]?.message ?? 'unexpected shape'}.`);
  return parsed.data;
}

export const summaryLine = (c: ImportCounts): string =>
  `created ${c.created}, updated ${c.updated}, skipped ${c.skipped}, possible duplicates ${c.possibleDuplicates}`;

function printPlan(plan: ImportPlan): void {
  for (const r of plan.rows) {
    say(`row ${r.row}\t${r.action}\t${r.reason}`);
    for (const d of r.duplicates) {
      const other = d.against === 'file' ? `row ${d.row ?? '?'}` : `person ${d.personId ?? '?'} in the vault`;
      say(`\tpossible duplicate ${d.key}: ${other}${d.strong ? ' (strong)' : ''}${d.decision ? `, ${d.decision}` : ''}`);
    }
    for (const w of r.warnings) say(`\twarning: ${w}`);
    for (const c of r.conflicts) say(`\tconflict: ${conflictText(c)}`);
  }
}

export function registerImport(program: Command): void {
  withVaultOptions(program.command('import').argument('<file>', 'CSV, XLSX or JSON file to import'))
    .description('import people and cases from a spreadsheet (caseworkers, supervisors, administrators)')
    .option('--mapping <file>', 'JSON file of the column mapping, or preset:NAME for a saved one (default: guessed from the headers)')
    .option('--set <field=value>', 'one value for every row, e.g. --set country=CN (repeatable)', setOption, [])
    .option('--dry-run', 'show what would happen, row by row, and change nothing')
    .option('--sheet <name>', 'XLSX: the sheet to read (default: the first)')
    .addOption(new Option('--encoding <encoding>', 'CSV: the text encoding (default: guessed)').choices(['utf-8', 'windows-1251']))
    .option('--delimiter <char>', 'CSV: the delimiter, one character or tab (default: guessed)', delimiterOption)
    .option(
      '--merge-duplicates [policy]',
      'merge possible duplicates: all (the default when no policy is given), name-country (the strong ones and those sharing name and country), strong, or none; what is not merged is kept apart (default: none)',
      mergeOption,
    )
    .action(async (file: string, options: ImportOptions) => {
      if (!existsSync(file) || !statSync(file).isFile()) throw usage(`The file ${file} does not exist.`);
      // Checked before reading: the backend would refuse it anyway, after the whole file was in memory twice.
      if (statSync(file).size > IMPORT_MAX_BYTES) throw usage(`The file ${file} is larger than 25 MiB; split it into smaller files.`);
      const source = {
        fileName: file.split(/[\\/]/).pop() ?? file,
        content: readFileSync(file).toString('base64'),
        ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
        ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
        ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
      };
      await withSession(vaultTarget(options), (session) => {
        const inspected = session.call('imports.inspect', source);
        const chosen = chooseMapping(session, options.mapping, inspected.suggested);
        const mapping: ImportMapping = { ...chosen, fixed: { ...chosen.fixed, ...Object.fromEntries(options.set) } };
        let plan = session.call('imports.dryRun', { ...source, mapping });
        // A bare --merge-duplicates gives true: every duplicate, as before policies existed.
        const policy: MergePolicy = options.mergeDuplicates === true ? 'all' : (options.mergeDuplicates ?? 'none');
        const decisions = policy === 'none' ? {} : decisionsFor(plan.rows, policy);
        if (options.dryRun) {
          if (policy !== 'none') plan = session.call('imports.dryRun', { ...source, mapping, decisions });
          printPlan(plan);
          say(summaryLine(plan.counts));
          return;
        }
        const result = session.call('imports.run', { ...source, mapping, decisions });
        for (const c of result.conflicts) say(`row ${c.row}\tconflict: ${conflictText(c)}`);
        say(summaryLine(result.counts));
      });
    });
}
