// A generated census of 2,000+ rows (one row per person per year, 2022 and 2023, no birth dates)
// on a real encrypted vault: the year column is guessed, each person's rows are possible
// duplicates sharing name and country, merging them by that rule gives one person per person
// behind the file, with every sentence, charge, prison and organisation kept and each year a
// "known to be held" observation; the conflicts are listed the same in the plan and the result;
// namesakes of one year stay apart; a re-import changes nothing. The expected figures come from
// the generator's own list of people, not from the code under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { decisionsFor, type ImportMapping } from '../../../../db/api';
import { createTestVault, type TestVault } from '../../support/test-vault';
import { census, censusCsv, type CensusRow } from './census-fixture';
import { fileInput, tableCounts } from './import-support';

const { rows, people, namesakes } = census();
const csv = censusCsv(rows);
const input = (mapping: ImportMapping, decisions: Record<string, 'merge' | 'separate'> = {}) => ({ ...fileInput('census.csv', csv), mapping, decisions });

/** The sentence as the plan writes it (the reading's stored form), by hand. */
const TERM: Record<string, string> = { '6 years': '6 y', '4 years 6 months': '4 y 6 m', '10 years': '10 y', '2 years': '2 y', '8 years': '8 y', life: 'life', '3 years 6 months': '3 y 6 m' };

function byPerson(): Map<number, CensusRow[]> {
  const out = new Map<number, CensusRow[]>();
  for (const r of rows) out.set(r.person, [...(out.get(r.person) ?? []), r]);
  for (const list of out.values()) list.sort((a, b) => a.year.localeCompare(b.year));
  return out;
}

/** The conflicts a person's later row must bring: the prison and the sentence when they changed. */
function expectedConflicts(): { name: string; year: string; field: string; kept: string; other: string }[] {
  const out: { name: string; year: string; field: string; kept: string; other: string }[] = [];
  for (const [, list] of byPerson()) {
    const [a, b] = list;
    if (!a || !b) continue;
    if (a.prison !== b.prison) out.push({ name: b.name, year: b.year, field: 'facility', kept: b.prison, other: a.prison });
    if (a.sentence && b.sentence && a.sentence !== b.sentence) out.push({ name: b.name, year: b.year, field: 'sentence', kept: TERM[b.sentence] ?? '?', other: TERM[a.sentence] ?? '?' });
  }
  return out;
}

const count = (v: TestVault, sql: string): number => (v.sqlite.prepare(sql).get() as { n: number }).n;

describe('importing a two-year census', () => {
  let v: TestVault;
  let mapping: ImportMapping;
  const twoYears = [...byPerson().values()].filter((l) => l.length === 2).length;

  beforeAll(() => {
    v = createTestVault();
    v.signInAs('caseworker');
    mapping = v.call('imports.inspect', fileInput('census.csv', csv)).suggested;
  });
  afterAll(() => v.close());

  it('is a realistic file: 2,000+ rows, most people in both years', () => {
    expect(rows.length).toBeGreaterThanOrEqual(2000);
    expect(people).toBe(1130);
    expect(twoYears).toBeGreaterThan(800);
    expect(mapping.columns).toEqual({
      Name: 'name', Country: 'country', Year: 'observedOn', Sentence: 'sentence', Charges: 'charges', Prison: 'facility', Organisation: 'organisations',
    });
  });

  it('finds each later row of a person as sharing name and country with the earlier one, accents or not; namesakes of one year do not', () => {
    const plan = v.call('imports.dryRun', input(mapping));
    expect(plan.counts).toMatchObject({ created: rows.length, updated: 0, skipped: 0 });
    const rowOf = new Map(plan.rows.map((r, i) => [r.row, rows[i]]));
    for (const [i, r] of plan.rows.entries()) {
      const truth = rows[i];
      if (!truth) throw new Error('row expected');
      const same = r.duplicates.filter((d) => d.sameNameAndCountry).map((d) => rowOf.get(d.row ?? -1)?.person);
      const earlier = rows.slice(0, i).filter((o) => o.person === truth.person);
      expect(same).toEqual(earlier.map((o) => o.person));
      if (namesakes.has(truth.person)) expect(r.duplicates.every((d) => !d.sameNameAndCountry)).toBe(true);
    }
    expect(plan.rows.some((r) => r.duplicates.some((d) => d.against === 'file' && !d.sameNameAndCountry && rowOf.get(d.row ?? -1)?.year === '2023'))).toBe(true);
  });

  let decisions: Record<string, 'merge' | 'separate'>;

  it('plans one person per person behind the file, listing the prisons and sentences that changed', () => {
    decisions = decisionsFor(v.call('imports.dryRun', input(mapping)).rows, 'name-country');
    const plan = v.call('imports.dryRun', input(mapping, decisions));
    expect(plan.counts.created).toBe(people);
    expect(plan.counts.updated).toBe(rows.length - people);
    for (const r of plan.rows) if (r.action === 'update') expect(r.reasonCode).toBe('mergedIntoRow');
    const listed = plan.rows.flatMap((r) => r.conflicts.map((c) => ({ name: r.name ?? '', year: rows[plan.rows.indexOf(r)]?.year ?? '', field: c.field, kept: c.kept, other: c.other, code: c.code })));
    expect(listed.every((c) => c.code === 'newer')).toBe(true);
    const sort = <T extends { name: string; field: string }>(l: T[]) => [...l].sort((a, b) => a.name.localeCompare(b.name) || a.field.localeCompare(b.field));
    expect(sort(listed.map(({ code: _code, ...c }) => c))).toEqual(sort(expectedConflicts()));
  });

  it('runs: every fact of every row is kept, each year is an observation', () => {
    const before = tableCounts(v);
    const result = v.call('imports.run', input(mapping, decisions));
    // Kept apart: the second namesake of each pair, and rows only like another name (Ahmet Şık, Ahmet Emre Şık).
    expect(result.counts).toMatchObject({ created: people, updated: rows.length - people, skipped: 0 });
    expect(result.counts.possibleDuplicates).toBeGreaterThanOrEqual(namesakes.size / 2);
    const after = tableCounts(v);
    expect((after.people ?? 0) - (before.people ?? 0)).toBe(people);
    expect(after.cases).toBe(people);
    expect(after.detention_episodes).toBe(people);
    expect(after.detention_observations).toBe(rows.length);
    expect(after.import_rows).toBe(rows.length);
    expect(result.conflicts).toHaveLength(expectedConflicts().length);

    const truth = [...byPerson().values()];
    // Sentences: one per distinct term a person had; a changed one supersedes the earlier.
    const terms = truth.map((l) => new Set(l.map((r) => r.sentence).filter((s) => s !== '')));
    expect(after.sentences).toBe(terms.reduce((n, s) => n + s.size, 0));
    expect(count(v, 'SELECT count(*) AS n FROM sentences WHERE superseded_by_id IS NOT NULL')).toBe(terms.filter((s) => s.size === 2).length);
    // Charges: every article any row named, once per person.
    const articles = truth.map((l) => new Set(l.flatMap((r) => r.charges.match(/\d+/g) ?? [])));
    expect(after.charges).toBe(articles.reduce((n, s) => n + s.size, 0));
    // Held where the newest row says; the earlier prison and sentence are in the note.
    const notes = count(v, "SELECT count(*) AS n FROM case_events WHERE kind = 'note' AND title LIKE '%values that differ'");
    expect(notes).toBe(new Set(expectedConflicts().map((c) => `${c.name}|${c.year}`)).size);

    const facts = v.sqlite.prepare(
      `SELECT p.id, p.name, p.organisations, e.facility,
        (SELECT group_concat(o.observed_on, ',') FROM (SELECT observed_on FROM detention_observations WHERE episode_id = e.id ORDER BY observed_on) o) AS years
       FROM people p JOIN detention_episodes e ON e.person_id = p.id`,
    ).all() as { id: string; name: string; organisations: string; facility: string; years: string }[];
    const twoYear = truth.filter((l) => l.length === 2 && !namesakes.has(l[0]?.person ?? -1));
    for (const list of twoYear.slice(0, 200)) {
      const [a, b] = list as [CensusRow, CensusRow];
      const found = facts.find((f) => f.name === a.name && f.years === '2022,2023' && f.facility === b.prison);
      expect(found, `${a.name}`).toBeDefined();
      const orgs = new Set([a.organisation, b.organisation]);
      expect(new Set(found?.organisations.split('; '))).toEqual(orgs);
    }
  });

  it('keeps the 2023 spelling without accents as another spelling of the name', () => {
    const renamed = [...byPerson().values()].filter((l) => l.length === 2 && l[0]?.name !== l[1]?.name);
    expect(renamed.length).toBeGreaterThan(50);
    for (const [a, b] of renamed.slice(0, 50) as [CensusRow, CensusRow][]) {
      const hit = v.sqlite.prepare('SELECT count(*) AS n FROM name_variants nv JOIN people p ON p.id = nv.person_id WHERE p.name = ? AND nv.name = ?').get(a.name, b.name) as { n: number };
      expect(hit.n).toBe(1);
    }
  });

  it('re-imports the same file as all unchanged, with or without the decisions, and writes nothing', () => {
    const before = tableCounts(v);
    const plan = v.call('imports.dryRun', input(mapping));
    expect(plan.counts).toEqual({ created: 0, updated: 0, skipped: rows.length, possibleDuplicates: 0, skippedBy: { unchanged: rows.length } });
    expect(plan.rows.every((r) => r.reasonCode === 'unchanged' && r.duplicates.length === 0)).toBe(true);
    const result = v.call('imports.run', input(mapping, decisionsFor(plan.rows, 'name-country')));
    expect(result.counts.skipped).toBe(rows.length);
    expect(tableCounts(v)).toEqual(before);
  });
});
