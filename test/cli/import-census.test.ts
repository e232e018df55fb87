// The CLI and the wizard give the same result on the same file and decisions: the generated
// two-year census imported on two fresh vaults, once through the service calls the wizard makes
// (inspect, dry run, its bulk buttons "merge all pairs with the same name and country" and "keep
// the rest apart", run) and once through `habeas import --merge-duplicates=name-country`; then
// the counts and the contents of every table the import writes are compared. Also: the CLI's dry
// run prints the merge conflicts, and an unknown policy is a usage error.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ImportResult } from '../../db/api';
import { duplicatePairs, keepRestApart, mergeAllNameCountry } from '../../renderer/src/features/import/duplicatePairs';
import { census, censusCsv } from '../db/features/import/census-fixture';
import { fileInput, importedContents, tableCounts } from '../db/features/import/import-support';
import { ADMIN_PASSPHRASE, createTestVault, type TestVault } from '../db/support/test-vault';
import { runCli } from './run-cli';

const { rows, people } = census();
const csv = censusCsv(rows);

describe('the CLI and the wizard on the same census', () => {
  let wizard: TestVault;
  let cli: TestVault;
  let file: string;
  let env: Record<string, string>;
  let wizardResult: ImportResult;
  const run = (...args: string[]) => runCli(['import', file, ...args, '--vault', cli.vaultDir, '--user', 'admin'], env);

  beforeAll(() => {
    wizard = createTestVault();
    wizard.signInAsAdmin();
    cli = createTestVault();
    cli.backend.close();
    file = join(cli.dir, 'census.csv');
    writeFileSync(file, csv);
    env = { HABEAS_PASSPHRASE: ADMIN_PASSPHRASE, HABEAS_STATE_DIR: cli.stateDir };
  });
  afterAll(() => {
    wizard.close();
    cli.close();
  });

  it('the wizard\'s calls: the guessed mapping, its bulk buttons, then the run', () => {
    const source = fileInput('census.csv', csv);
    const mapping = wizard.call('imports.inspect', source).suggested;
    const first = wizard.call('imports.dryRun', { ...source, mapping });
    const pairs = duplicatePairs(first.rows);
    const merged = mergeAllNameCountry(pairs);
    const decisions = { ...merged, ...keepRestApart(pairs, merged) };
    expect(Object.keys(decisions)).toHaveLength(pairs.length);
    const plan = wizard.call('imports.dryRun', { ...source, mapping, decisions });
    wizardResult = wizard.call('imports.run', { ...source, mapping, decisions });
    expect(wizardResult.counts).toEqual(plan.counts);
    expect(wizardResult.counts.created).toBe(people);
  });

  it('the CLI\'s dry run lists the conflicts of merged rows and writes nothing', () => {
    const r = run('--merge-duplicates=name-country', '--dry-run');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\tconflict: Facility differs: this newer row's "[^"]+" becomes current; the earlier "[^"]+" is kept in a note on the case\.$/m);
    expect(r.stdout).toMatch(/\tconflict: Sentence differs: this newer row's "[^"]+" becomes current; the earlier "[^"]+" is kept as the sentence it replaces\.$/m);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(`created ${people}, updated ${rows.length - people}, skipped 0, possible duplicates ${wizardResult.counts.possibleDuplicates}`);
  });

  it('the CLI\'s run gives the same counts, conflicts and table contents', () => {
    const r = run('--merge-duplicates=name-country');
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    const c = wizardResult.counts;
    expect(lines.at(-1)).toBe(`created ${c.created}, updated ${c.updated}, skipped ${c.skipped}, possible duplicates ${c.possibleDuplicates}`);
    expect(lines.filter((l) => /^row \d+\tconflict: /.test(l))).toHaveLength(wizardResult.conflicts.length);
    expect(tableCounts(cli)).toEqual(tableCounts(wizard));
    expect(importedContents(cli)).toEqual(importedContents(wizard));
  });

  it('a re-run changes nothing; an unknown policy is refused', () => {
    const again = run('--merge-duplicates=name-country');
    expect(again.stdout.trimEnd()).toBe(`skipped ${rows.length}: unchanged ${rows.length}\ncreated 0, updated 0, skipped ${rows.length}, possible duplicates 0`);
    const wrong = run('--merge-duplicates=sometimes');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/Write one of: all, name-country, strong, none/);
  });
});

