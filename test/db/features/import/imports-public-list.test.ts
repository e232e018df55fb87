// The whole journey of issue 9 on a list shaped like the real public exports (2,000+ rows, 33
// columns, two census years per person, countries, status, charges and sentences in words):
// the guessed mapping plus the one value fix a user makes per unreadable country gives exactly the
// people, cases, detentions and report figures computed here from the fixture's own account of
// who is who (never from the code under test); the report counts people held with no arrest date;
// a re-import changes nothing; and the command line gives the same tables as the wizard's calls.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { decisionsFor, type ImportMapping, type ImportPlan, type ImportResult } from '../../../../db/api';
import { runCli } from '../../../cli/run-cli';
import { ADMIN_PASSPHRASE, createTestVault, type TestVault } from '../../support/test-vault';
import { fileInput, importedContents, tableCounts } from './import-support';
import { publicList, UNREADABLE_COUNTRIES, type CensusPersonTruth } from './public-list-fixture';

const list = publicList();
const FILE = 'public-list.csv';
const source = fileInput(FILE, list.csv);
/** The fix a user makes once per unreadable spelling, for the whole file. */
const FIXES = Object.fromEntries(UNREADABLE_COUNTRIES.map(([raw, code]) => [raw, code]));

const finalStatus = (p: CensusPersonTruth) => p.years[2023] ?? p.years[2022] ?? 'Imprisoned';
const namedRows = list.rows.filter((r) => r.Name !== '').length;

describe('a public list of 2,000+ rows, imported as a new staff member would', () => {
  let v: TestVault;
  let first: ImportPlan;
  let plan: ImportPlan;
  let result: ImportResult;
  let mapping: ImportMapping;

  beforeAll(() => {
    v = createTestVault();
    v.signInAsAdmin();
    mapping = v.call('imports.inspect', source).suggested;
    first = v.call('imports.dryRun', { ...source, mapping });
    // As the wizard goes: fix the values, plan again, decide every pair, plan, run.
    const fixed = v.call('imports.dryRun', { ...source, mapping, values: { country: FIXES } });
    const decisions = decisionsFor(fixed.rows, 'name-country');
    plan = v.call('imports.dryRun', { ...source, mapping, values: { country: FIXES }, decisions });
    result = v.call('imports.run', { ...source, mapping, values: { country: FIXES }, decisions });
  }, 600_000);
  afterAll(() => v.close());

  it('guesses the columns that matter from their English headers', () => {
    const columns = mapping.columns;
    expect(columns).toMatchObject({
      Name: 'name',
      Year: 'observedOn',
      Country: 'country',
      Status: 'status',
      'Date of Arrest': 'detentionStart',
      Charges: 'charges',
      Sentence: 'sentence',
      Prison: 'facility',
      'Date of Death': 'deathDate',
    });
  });

  it('lists each unreadable country once, with its number of rows, and skips nothing silently', () => {
    const unreadable = first.values.filter((r) => r.field === 'country' && r.status === 'unrecognised');
    const expected = UNREADABLE_COUNTRIES.map(([raw]) => ({ raw, rows: list.rows.filter((r) => r.Country === raw).length }));
    expect(unreadable.map((r) => ({ raw: r.raw, rows: r.rows })).sort((a, b) => a.raw.localeCompare(b.raw))).toEqual(
      expected.filter((e) => e.rows > 0).sort((a, b) => a.raw.localeCompare(b.raw)),
    );
    // Every other spelling in the file (Türkiye, U.S., Burma, Congo-Kinshasa, Киргизия...) was read.
    const readRaw = new Set(first.values.filter((r) => r.field === 'country' && r.status !== 'unrecognised').map((r) => r.raw));
    const spelled = new Set(list.rows.map((r) => r.Country).filter((c) => c !== '' && !(c in FIXES)));
    expect([...spelled].filter((c) => !readRaw.has(c))).toEqual([]);
    // Before the fix, those rows are skipped with a reason; the counts add up.
    const c = first.counts;
    expect(c.created + c.updated + c.skipped).toBe(list.rows.length);
    expect(c.skippedBy.noName).toBe(list.namelessRows);
    expect(c.skippedBy.countryUnrecognised).toBe(list.rows.filter((r) => r.Name !== '' && r.Country in FIXES).length);
  });

  it('makes one person and one case per person, merging their census years, and skips only the nameless rows', () => {
    expect(result.counts).toEqual(plan.counts);
    expect(result.counts.created).toBe(list.people.length);
    expect(result.counts.updated).toBe(namedRows - list.people.length);
    expect(result.counts.skipped).toBe(list.namelessRows);
    expect(result.counts.skippedBy).toEqual({ noName: list.namelessRows });
    const counts = tableCounts(v);
    expect(counts.people).toBe(list.people.length);
    expect(counts.cases).toBe(list.people.length);
  });

  it('puts each person in the country the list means, whatever the spelling', () => {
    const byCountry = (rows: { country_code: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.country_code, r.n]));
    const stored = byCountry(v.sqlite.prepare('SELECT country_code, count(*) AS n FROM cases GROUP BY country_code').all() as never);
    const expected: Record<string, number> = {};
    for (const p of list.people) expected[p.country] = (expected[p.country] ?? 0) + 1;
    expect(stored).toEqual(expected);
  });

  it('never makes a killed or missing person an active case of a living detainee', () => {
    const rows = v.sqlite
      .prepare('SELECT p.name, c.country_code AS country, c.status, c.closing_reason AS reason, c.detention_status AS detention FROM cases c JOIN people p ON p.id = c.person_id')
      .all() as { name: string; country: string; status: string; reason: string | null; detention: string }[];
    const stored = new Map(rows.map((r) => [`${r.name}|${r.country}`, r]));
    const wrong: string[] = [];
    for (const p of list.people) {
      const row = stored.get(`${p.name}|${p.country}`);
      const status = finalStatus(p);
      const ok =
        row !== undefined &&
        (status === 'Imprisoned'
          ? row.status === 'active' && row.detention === 'detained'
          : status === 'Killed'
            ? row.status === 'closed' && row.reason === 'died' && row.detention !== 'detained'
            : status === 'Released'
              ? row.status === 'closed' && row.reason === 'released' && row.detention === 'released'
              : row.detention !== 'detained');
      if (!ok) wrong.push(`${p.name} (${p.country}) ${status}: ${JSON.stringify(row)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps every charge of every census year, as words, refusing none', () => {
    const rows = v.sqlite
      .prepare('SELECT p.name, c.country_code AS country, ch.text FROM charges ch JOIN detention_episodes e ON e.id = ch.episode_id JOIN cases c ON c.id = e.case_id JOIN people p ON p.id = e.person_id WHERE ch.deleted_at IS NULL')
      .all() as { name: string; country: string; text: string | null }[];
    const stored = new Map<string, Set<string>>();
    for (const r of rows) {
      const key = `${r.name}|${r.country}`;
      const texts = stored.get(key) ?? new Set<string>();
      texts.add(r.text ?? '');
      stored.set(key, texts);
    }
    const missing = list.people.flatMap((p) => p.charges.filter((c) => !stored.get(`${p.name}|${p.country}`)?.has(c)).map((c) => `${p.name}: ${c}`));
    expect(missing).toEqual([]);
  });

  it('counts as detained at the end of 2023 everyone the list last saw held, with or without an arrest date', () => {
    const report = v.call('reports.country', { from: '2023-01-01', to: '2023-12-31' });
    const held: Record<string, number> = {};
    const undated: Record<string, number> = {};
    for (const p of list.people) {
      if (finalStatus(p) !== 'Imprisoned') continue;
      held[p.country] = (held[p.country] ?? 0) + 1;
      if (p.arrest === '') undated[p.country] = (undated[p.country] ?? 0) + 1;
    }
    const figures = Object.fromEntries(report.sections.map((s) => [s.countryCode, s.people.length]));
    for (const [country, n] of Object.entries(held)) expect(figures[country], country).toBe(n);
    // The people with no arrest date at all are among them: without the census years they would vanish.
    expect(Object.values(undated).reduce((a, b) => a + b, 0)).toBeGreaterThan(300);
  });

  it('changes nothing when the same file is imported again', () => {
    const before = tableCounts(v);
    const replan = v.call('imports.dryRun', { ...source, mapping, values: { country: FIXES } });
    const again = v.call('imports.run', { ...source, mapping, values: { country: FIXES }, decisions: decisionsFor(replan.rows, 'name-country') });
    expect(again.counts).toMatchObject({ created: 0, updated: 0, skipped: list.rows.length });
    expect(tableCounts(v)).toEqual(before);
  });

  it('gives the same tables through the command line, with the same value fixes', () => {
    const cli = createTestVault();
    try {
      cli.backend.close();
      const file = join(cli.dir, FILE);
      writeFileSync(file, list.csv);
      const fixes = UNREADABLE_COUNTRIES.flatMap(([raw, code]) => ['--value', `country:${raw}=${code}`]);
      const r = runCli(['import', file, '--merge-duplicates=name-country', ...fixes, '--vault', cli.vaultDir, '--user', 'admin'], {
        HABEAS_PASSPHRASE: ADMIN_PASSPHRASE,
        HABEAS_STATE_DIR: cli.stateDir,
      });
      expect(r.stderr).toBe('');
      const c = result.counts;
      expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(`created ${c.created}, updated ${c.updated}, skipped ${c.skipped}, possible duplicates ${c.possibleDuplicates}`);
      expect(r.stdout).toContain(`skipped ${c.skipped}: no name ${list.namelessRows}`);
      expect(tableCounts(cli)).toEqual(tableCounts(v));
      expect(importedContents(cli)).toEqual(importedContents(v));
    } finally {
      cli.close();
    }
  });
});
