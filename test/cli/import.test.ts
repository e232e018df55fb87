// `habeas import` through the real command line on a test vault: a dry run that prints the plan
// and changes nothing, a run merging the duplicates of the Russian list, a re-run that skips
// everything, and usage errors. Both modes end with the one summary line.
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ruCsv, ruPrisoners, tableCounts } from '../db/services/import-support';
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
    expect(again.stdout.trimEnd()).toBe(`created 0, updated 0, skipped ${prisoners.length}, possible duplicates 0`);
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
