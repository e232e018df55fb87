// `habeas import` through the real command line on a test vault: a dry run that prints the plan
// and changes nothing, a run merging the duplicates of the Russian list, a re-run that skips
// everything, and usage errors. Both modes end with the one summary line.
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fileInput, ruCsv, ruPrisoners, tableCounts } from '../db/features/import/import-support';
import { UNREADABLE_COUNTRY, UNREADABLE_MEANS, wordsCsv, wordsRows } from '../db/features/import/import-words-fixture';
import { ADMIN_PASSPHRASE, createTestVault, type TestVault } from '../db/support/test-vault';
import { runCli } from './run-cli';

const SUMMARY = /^created \d+, updated \d+, skipped \d+, possible duplicates \d+$/;
const prisoners = ruPrisoners();
const distinct = new Set(prisoners.map((p) => p.name)).size;

let v: TestVault;
let file: string;
let env: Record<string, string>;
const cli = (...args: string[]) => runCli(['import', ...args, '--vault', v.vaultDir, '--user', 'admin'], env);
const lastLine = (out: string): string => out.trimEnd().split('\n').at(-1) ?? '';

beforeAll(() => {
  v = createTestVault();
  v.backend.close();
  file = join(v.dir, 'ru-prisoners.csv');
  writeFileSync(file, ruCsv(prisoners));
  env = { HABEAS_PASSPHRASE: ADMIN_PASSPHRASE, HABEAS_STATE_DIR: v.stateDir };
});
afterAll(() => v.close());

describe('habeas import', () => {
  it('dry run: prints each row and the summary, writes nothing', () => {
    const r = cli(file, '--set', 'country=RU', '--dry-run');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^row 2\tcreate\tNew person and case\.$/m);
    expect(r.stdout).toMatch(/possible duplicate row:\d+~row:\d+: row \d+/);
    expect(lastLine(r.stdout)).toBe(`created ${prisoners.length}, updated 0, skipped 0, possible duplicates ${prisoners.length - distinct}`);
    expect(r.stdout.split('\n').filter((l) => SUMMARY.test(l))).toHaveLength(1);
    expect(tableCounts(v).people).toBe(0);
  });

  it('run with --merge-duplicates: one person per name; a re-run skips every row', () => {
    const r = cli(file, '--set', 'country=RU', '--merge-duplicates');
    expect(r.stderr).toBe('');
    expect(r.stdout.trimEnd()).toBe(`created ${distinct}, updated ${prisoners.length - distinct}, skipped 0, possible duplicates 0`);
    expect(tableCounts(v).people).toBe(distinct);
    const again = cli(file, '--set', 'country=RU', '--merge-duplicates');
    expect(again.stdout.trimEnd()).toBe(`skipped ${prisoners.length}: unchanged ${prisoners.length}\ncreated 0, updated 0, skipped ${prisoners.length}, possible duplicates 0`);
  });

  it('takes the mapping from a JSON file', () => {
    const mappingFile = join(v.dir, 'mapping.json');
    writeFileSync(mappingFile, JSON.stringify({ columns: { ФИО: 'name', Категория: 'ignore' }, fixed: { country: 'RU' } }));
    const r = cli(file, '--mapping', mappingFile, '--dry-run', '--delimiter', 'semicolon', '--encoding', 'utf-8');
    expect(r.stderr).toBe('');
    // Imported already above: the rows now carry less (no description), which changes nothing.
    expect(lastLine(r.stdout)).toBe(`created 0, updated 0, skipped ${prisoners.length}, possible duplicates 0`);
  });

  it('fails clearly: a missing file, an unknown field, a missing preset', () => {
    const missing = cli(join(v.dir, 'nope.csv'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^habeas: The file .*nope\.csv does not exist\. \(USAGE\)$/m);
    const huge = join(v.dir, 'huge.csv');
    writeFileSync(huge, 'Name,Country\n');
    truncateSync(huge, 25 * 1024 * 1024 + 1);
    const tooLarge = cli(huge);
    expect(tooLarge.status).toBe(2);
    expect(tooLarge.stderr).toMatch(/huge\.csv is larger than 25 MiB/);
    const field = cli(file, '--set', 'colour=red');
    expect(field.status).toBe(2);
    expect(field.stderr).toMatch(/FIELD one of/);
    const preset = cli(file, '--mapping', 'preset:Nothing');
    expect(preset.status).toBe(1);
    expect(preset.stderr).toMatch(/no saved mapping called "Nothing"\. \(NOT_FOUND\)/);
  });
});

describe('habeas import of a list written in words', () => {
  const rows = wordsRows(300, 11, 37);
  const named = rows.filter((r) => r.name !== '');
  const unreadable = rows.filter((r) => r.country === UNREADABLE_COUNTRY);
  const unreadNamed = named.filter((r) => r.country === UNREADABLE_COUNTRY).length;
  let words: TestVault;
  let wordsFile: string;
  const run = (...args: string[]) => runCli(['import', wordsFile, ...args, '--vault', words.vaultDir, '--user', 'admin'], { HABEAS_PASSPHRASE: ADMIN_PASSPHRASE, HABEAS_STATE_DIR: words.stateDir });
  beforeAll(() => {
    words = createTestVault();
    words.backend.close();
    wordsFile = join(words.dir, 'words.csv');
    writeFileSync(wordsFile, wordsCsv(rows));
  });
  afterAll(() => words.close());

  it('dry run: prints the guessed mapping, the unreadable values with counts and the skip reasons, before and after the rows', () => {
    const r = run('--dry-run');
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('mapping (guessed from the headers):');
    expect(lines.slice(1, 7)).toEqual([
      '\t"Name" → name', '\t"Country" → country', '\t"Status" → status', '\t"Charges" → charges', '\t"Sentence" → sentence',
      '\t"Remarks" → ignored: no field has this header; map it with --mapping FILE',
    ]);
    expect(r.stdout).toContain(`\tcountry "${UNREADABLE_COUNTRY}": ${unreadable.length} rows (Country left empty, rows skipped)`);
    expect(lines.findIndex((l) => l.startsWith('values not recognised'))).toBeLessThan(lines.findIndex((l) => l.startsWith('row 2\t')));
    const reasons = [[`country not recognised`, unreadNamed], ['no name', rows.length - named.length]].sort((a, b) => Number(b[1]) - Number(a[1]));
    expect(lines.at(-3)).toBe(`skipped ${unreadNamed + rows.length - named.length}: ${reasons.map(([w, n]) => `${w} ${n}`).join(', ')}`);
    // No message sends a command-line user to a wizard step.
    expect(r.stdout).not.toMatch(/value review|wizard|step \d/i);
  });

  it('a mapping file corrects values per column; --alias remembers a country for the next run; the result matches the service', () => {
    const mappingFile = join(words.dir, 'words-mapping.json');
    writeFileSync(mappingFile, JSON.stringify({
      columns: { Name: 'name', Country: 'country', Status: 'status', Charges: 'charges', Sentence: 'sentence' },
      values: { Country: { [UNREADABLE_COUNTRY]: UNREADABLE_MEANS }, sentence: { 'Six Years': '7 years' } },
    }));
    const dry = run('--mapping', mappingFile, '--dry-run');
    expect(dry.stderr).toBe('');
    expect(dry.stdout).toContain('\t"Remarks" → ignored: not in the mapping');
    expect(dry.stdout).not.toContain('values not recognised');
    const r = run('--mapping', mappingFile, '--alias', `${UNREADABLE_COUNTRY}=${UNREADABLE_MEANS}`);
    expect(r.stderr).toBe('');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(`created ${named.length}, updated 0, skipped ${rows.length - named.length}, possible duplicates 0`);
    // Every row's sentence is kept, a missing person's too (on the detention ended as 'disappeared').
    const sixYears = named.filter((x) => x.sentence === 'Six Years').length;
    const check = createTestVault();
    try {
      check.signInAs('caseworker');
      // The same file through the service the wizard calls, with the same one correction, gives the same counts.
      const mapping = check.call('imports.inspect', fileInput('words.csv', wordsCsv(rows))).suggested;
      const values = { country: { [UNREADABLE_COUNTRY]: UNREADABLE_MEANS }, sentence: { 'Six Years': '7 years' } };
      const viaService = check.call('imports.run', { ...fileInput('words.csv', wordsCsv(rows)), mapping, values });
      const cliCounts = { ...tableCounts(words) };
      expect({ ...tableCounts(check), import_rows: 0, case_events: 0 }).toEqual({ ...cliCounts, import_rows: 0, case_events: 0 });
      expect(viaService.counts.created).toBe(named.length);
    } finally {
      check.close();
    }
    expect(sixYears).toBeGreaterThan(0);
    expect((words.sqlite.prepare('SELECT count(*) AS n FROM sentences WHERE years = 7').get() as { n: number }).n).toBe(sixYears);
    // A second run with the country correction gone from the file: the alias is remembered, nothing new.
    writeFileSync(mappingFile, JSON.stringify({ columns: { Name: 'name', Country: 'country', Status: 'status', Charges: 'charges', Sentence: 'sentence' }, values: { sentence: { 'Six Years': '7 years' } } }));
    const again = run('--mapping', mappingFile);
    expect(again.stderr).toBe('');
    expect(again.stdout.trimEnd().split('\n').at(-1)).toBe(`created 0, updated 0, skipped ${rows.length}, possible duplicates 0`);
  });

  it('refuses a bad --alias and a bad --value with a usage error', () => {
    const alias = run('--alias', 'Burma=Myanmar', '--dry-run');
    expect(alias.status).toBe(2);
    expect(alias.stderr).toMatch(/NAME=CODE/);
    const value = run('--value', 'colour:red=blue', '--dry-run');
    expect(value.status).toBe(2);
    expect(value.stderr).toMatch(/FIELD:VALUE_IN_FILE=VALUE_TO_STORE/);
  });
});
