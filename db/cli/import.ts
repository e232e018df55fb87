// `habeas import FILE`: brings a CSV, XLSX or JSON file into the vault through the same contract
// calls as the import wizard (imports.inspect, imports.dryRun, imports.run). Without --mapping the
// mapping guessed from the headers is used; --set gives one value for every row (a country, say).
// A mapping file may also correct values ("values": {"country": {"Turkey": "TR"}}) and teach
// country names ("aliases": {"Burma": "MM"}, or --alias Burma=MM), as the wizard's value review
// does. --dry-run prints the mapping (which column went where, which were left out and why), the
// values it could not read with their counts, then the plan row by row; both modes end with why
// rows are skipped and the one summary line scripts can read.
import { existsSync, readFileSync, statSync } from 'node:fs';

import { type Command, InvalidArgumentError, Option } from 'commander';

import { z } from 'zod';

import { decisionsFor, MERGE_POLICIES, type MergePolicy } from '../contract/import-decisions';
import {
  IMPORT_FIELDS, IMPORT_MAX_BYTES, importCountryAliases, importMapping, importValueOverrides, type ImportCounts, type ImportField, type ImportInspection,
  type ImportMapping, type ImportPlan,
} from '../contract/imports';
import { conflictText, fieldLabel, skippedLine } from '../features/import/import-messages';
import { CliError, usage } from './errors';
import { vaultTarget, withVaultOptions, type VaultOptions } from './options';
import { say, warn } from './output';
import { type CliSession, withSession } from './session';

interface ImportOptions extends VaultOptions {
  mapping?: string;
  set: [ImportField, string][];
  alias: [string, string][];
  value: [ImportField, string, string][];
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

function aliasOption(value: string, previous: [string, string][]): [string, string][] {
  const at = value.lastIndexOf('=');
  const name = at > 0 ? value.slice(0, at).trim() : '';
  const code = value.slice(at + 1).trim().toUpperCase();
  if (!name || !/^[A-Z]{2}$/u.test(code)) throw new InvalidArgumentError('Write NAME=CODE with a two-letter country code, e.g. --alias "Burma=MM".');
  return [...previous, [name, code]];
}

function valueOption(value: string, previous: [ImportField, string, string][]): [ImportField, string, string][] {
  const colon = value.indexOf(':');
  const at = value.lastIndexOf('=');
  const field = colon > 0 ? value.slice(0, colon).trim() : '';
  if (!isField(field) || at < colon + 2) throw new InvalidArgumentError('Write FIELD:VALUE_IN_FILE=VALUE_TO_STORE, e.g. --value "sentence:Six Years=6 years" (an empty VALUE_TO_STORE leaves it empty).');
  return [...previous, [field, value.slice(colon + 1, at).trim(), value.slice(at + 1).trim()]];
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

/** A mapping file: the mapping, plus value corrections per field (or column) and country names to remember. */
const mappingFile = importMapping.extend({ values: importValueOverrides.optional(), aliases: importCountryAliases.optional() });
type Overrides = z.output<typeof importValueOverrides>;

interface Chosen {
  mapping: ImportMapping;
  values: Overrides;
  aliases: Record<string, string>;
  /** Where the mapping came from, for the dry run's heading. */
  from: 'guess' | 'file' | 'preset';
}

/** The mapping from a JSON file, a saved preset (preset:NAME) or, without the option, the guess. */
function chooseMapping(session: CliSession, option: string | undefined, suggested: ImportMapping): Chosen {
  if (option === undefined) return { mapping: suggested, values: {}, aliases: {}, from: 'guess' };
  if (option.startsWith('preset:') && !existsSync(option)) {
    const name = option.slice('preset:'.length);
    const preset = session.call('imports.presets.list', {}).find((p) => p.name === name);
    if (!preset) throw new CliError('NOT_FOUND', `There is no saved mapping called "${name}".`);
    return { mapping: preset.mapping, values: {}, aliases: {}, from: 'preset' };
  }
  if (!existsSync(option)) throw usage(`The mapping file ${option} does not exist (for a saved mapping write preset:NAME).`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(option, 'utf8'));
  } catch {
    throw usage(`The mapping file ${option} is not valid JSON.`);
  }
  // "values" may be keyed by a column's header too: it stands for the field that column is mapped to.
  if (json && typeof json === 'object' && 'values' in json && json.values && typeof json.values === 'object' && 'columns' in json && json.columns && typeof json.columns === 'object') {
    const columns = json.columns as Record<string, unknown>;
    json = { ...json, values: Object.fromEntries(Object.entries(json.values).map(([k, v]) => [!isField(k) && typeof columns[k] === 'string' ? columns[k] : k, v])) };
  }
  const parsed = mappingFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw usage(`The mapping file ${option} is not a mapping: ${issue ? `${issue.path.join('.') || 'the file'}: ${issue.message}` : 'unexpected shape'}.`);
  }
  const { values = {}, aliases = {}, ...mapping } = parsed.data;
  return { mapping, values, aliases, from: 'file' };
}

/** Which column went where and why the others were left out, then the fixed values. */
function printMapping(inspected: ImportInspection, chosen: Chosen, mapping: ImportMapping): void {
  const heading = { guess: 'guessed from the headers', file: 'from the mapping file', preset: 'from the saved mapping' }[chosen.from];
  say(`mapping (${heading}):`);
  const guesses = new Map(inspected.guesses.map((g) => [g.header, g]));
  for (const header of inspected.headers) {
    const field = mapping.columns[header];
    if (field !== undefined && field !== 'ignore') {
      say(`	"${header}" → ${field}`);
      continue;
    }
    const g = guesses.get(header);
    let why = 'set to ignore in the mapping';
    if (field === undefined && chosen.from !== 'guess') why = 'not in the mapping';
    else if (field === undefined && g?.why === 'taken') why = `${g.field ?? '?'} is already mapped from "${g.takenBy ?? '?'}"`;
    else if (field === undefined) why = 'no field has this header; map it with --mapping FILE';
    say(`	"${header}" → ignored: ${why}`);
  }
  for (const [field, value] of Object.entries(mapping.fixed)) if (value) say(`	every row: ${field} = ${value}`);
}

/** The values that could not be read, most rows first, and how to correct them once for the whole file. */
function printUnreadable(plan: ImportPlan, write: (line: string) => void): void {
  const unread = plan.values.filter((v) => v.status === 'unrecognised' && !v.overridden).sort((a, b) => b.rows - a.rows || a.raw.localeCompare(b.raw));
  if (unread.length === 0) return;
  write(`values not recognised (${unread.length}); correct each once for the whole file with "values" in the mapping file, --value FIELD:VALUE=CORRECTION, or for a country --alias "NAME=CODE":`);
  for (const v of unread) write(`	${v.field} "${v.raw}": ${v.rows} ${v.rows === 1 ? 'row' : 'rows'} (${fieldLabel(v.field)} left empty${v.field === 'country' ? ', rows skipped' : ''})`);
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
    .option('--alias <name=code>', 'a country name the file uses, e.g. --alias "Burma=MM"; remembered for later imports by a run (repeatable)', aliasOption, [])
    .option('--value <field:raw=value>', 'the value to store for a value of the file, e.g. --value "sentence:Six Years=6 years" (repeatable)', valueOption, [])
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
        const mapping: ImportMapping = { ...chosen.mapping, fixed: { ...chosen.mapping.fixed, ...Object.fromEntries(options.set) } };
        const values: Overrides = { ...chosen.values };
        for (const [field, raw, value] of options.value) values[field] = { ...values[field], [raw]: value === '' ? null : value };
        const aliases = { ...chosen.aliases, ...Object.fromEntries(options.alias) };
        const base = { ...source, mapping, values, aliases };
        let plan = session.call('imports.dryRun', base);
        // A bare --merge-duplicates gives true: every duplicate, as before policies existed.
        const policy: MergePolicy = options.mergeDuplicates === true ? 'all' : (options.mergeDuplicates ?? 'none');
        const decisions = policy === 'none' ? {} : decisionsFor(plan.rows, policy);
        if (options.dryRun) {
          if (policy !== 'none') plan = session.call('imports.dryRun', { ...base, decisions });
          printMapping(inspected, chosen, mapping);
          printUnreadable(plan, say);
          printPlan(plan);
          if (plan.counts.skipped > 0) say(skippedLine(plan.counts));
          say(summaryLine(plan.counts));
          return;
        }
        // Rows left out for a value no one could read are never skipped silently.
        printUnreadable(plan, warn);
        const result = session.call('imports.run', { ...base, decisions });
        for (const c of result.conflicts) say(`row ${c.row}\tconflict: ${conflictText(c)}`);
        if (result.counts.skipped > 0) say(skippedLine(result.counts));
        say(summaryLine(result.counts));
      });
    });
}
