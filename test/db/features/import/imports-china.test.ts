// The public list of Chinese political prisoners (test/fixtures/import, a copy of the shared data)
// imported into a real encrypted vault with the country fixed to CN: counts checked against the
// file read independently with papaparse, dates stored with their precision, sentence words,
// deaths closing cases, repeated names, and a re-import that writes nothing new.
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ImportPlan, ImportResult } from '../../../../db/api';
import { createTestVault, type TestVault } from '../../support/test-vault';
import { CHINA_CSV, fileInput, fixtureBytes, tableCounts } from './import-support';

type ChinaRow = Record<'Name' | 'Gender' | 'Date of Birth' | 'Date of Death' | 'Place' | 'Sentence' | 'Source', string>;

describe('importing chinese-political-prisoners.csv', () => {
  let v: TestVault;
  let rows: ChinaRow[];
  let plan: ImportPlan;
  let result: ImportResult;
  let second: ImportResult;
  let before: Record<string, number>;
  let after: Record<string, number>;
  const bytes = fixtureBytes(CHINA_CSV);
  const input = () => ({ ...fileInput('chinese-political-prisoners.csv', bytes), mapping: { columns: {}, fixed: {} } });

  const person = (name: string, birth: string) =>
    v.sqlite.prepare('SELECT * FROM people WHERE name = ? AND coalesce(birth_date, \'\') = ?').get(name, birth) as Record<string, unknown> | undefined;
  const sentenceOf = (personId: unknown) =>
    v.sqlite.prepare('SELECT s.* FROM sentences s JOIN detention_episodes e ON e.id = s.episode_id WHERE e.person_id = ?').all(personId) as Record<string, unknown>[];
  const rowOf = (pred: (r: ChinaRow) => boolean): ChinaRow => {
    const found = rows.find(pred);
    if (!found) throw new Error('no such row in the fixture');
    return found;
  };

  beforeAll(() => {
    rows = Papa.parse<ChinaRow>(bytes.toString('utf8'), { header: true, skipEmptyLines: true }).data;
    v = createTestVault();
    v.signInAsAdmin();
    const inspected = v.call('imports.inspect', fileInput('chinese-political-prisoners.csv', bytes));
    const mapping = { ...inspected.suggested, fixed: { country: 'CN' } };
    plan = v.call('imports.dryRun', { ...input(), mapping });
    result = v.call('imports.run', { ...input(), mapping });
    before = tableCounts(v);
    second = v.call('imports.run', { ...input(), mapping });
    after = tableCounts(v);
  }, 120_000);
  afterAll(() => v.close());

  it('guesses every column and creates one person per row', () => {
    expect(rows.length).toBeGreaterThan(900);
    expect(plan.counts).toEqual(result.counts);
    expect(result.counts).toMatchObject({ created: rows.length, updated: 0, skipped: 0 });
    expect(before.people).toBe(rows.length);
    expect(before.cases).toBe(rows.length);
  });

  it('stores birth dates with their precision and reports the unreadable ones', () => {
    const day = rowOf((r) => /^\d{4}-\d{2}-\d{2}$/.test(r['Date of Birth']));
    const month = rowOf((r) => /^\d{4}-\d{2}$/.test(r['Date of Birth']));
    const year = rowOf((r) => /^\d{4}$/.test(r['Date of Birth']));
    expect(person(day.Name, day['Date of Birth'])?.birth_date_precision).toBe('day');
    expect(person(month.Name, month['Date of Birth'])?.birth_date_precision).toBe('month');
    expect(person(year.Name, year['Date of Birth'])?.birth_date_precision).toBe('year');
    const bad = rows.findIndex((r) => r['Date of Birth'] !== '' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(r['Date of Birth']));
    const badPlan = plan.rows.find((p) => p.row === bad + 2);
    expect(badPlan?.warnings.join(' ')).toMatch(/Date of birth .* not recognised/);
    expect(plan.values.find((x) => x.field === 'birthDate' && x.raw === rows[bad]?.['Date of Birth'])?.status).toBe('unrecognised');
  });

  it('reads life, an end date, unknown and detention in the Sentence column', () => {
    const life = rowOf((r) => r.Sentence === 'life');
    expect(sentenceOf(person(life.Name, life['Date of Birth'])?.id)[0]).toMatchObject({ life: 1, expected_release: null });
    const ends = rowOf((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.Sentence));
    expect(sentenceOf(person(ends.Name, ends['Date of Birth'])?.id)[0]).toMatchObject({ life: 0, expected_release: ends.Sentence, expected_release_precision: 'day' });
    for (const [word, code] of [['unknown', 'sentenceUnknown'], ['detention', 'sentenceNone']] as const) {
      const row = rowOf((r) => r.Sentence === word);
      expect(sentenceOf(person(row.Name, row['Date of Birth'])?.id)).toEqual([]);
      const at = rows.indexOf(row) + 2;
      expect(plan.rows.find((p) => p.row === at)?.warnings.join(' ')).toMatch(/no sentence is recorded/);
      expect(plan.rows.find((p) => p.row === at)?.notes).toContainEqual({ code, field: 'sentence', raw: word, params: {} });
    }
  });

  it('closes the case as died when a date of death is given', () => {
    const dead = rows.filter((r) => r['Date of Death'] !== '');
    const closed = v.sqlite.prepare("SELECT count(*) AS n FROM cases WHERE status = 'closed' AND closing_reason = 'died'").get() as { n: number };
    expect(closed.n).toBe(dead.length);
    const first = dead[0];
    if (!first) throw new Error('no death in the fixture');
    const event = v.sqlite
      .prepare("SELECT ev.date, ev.date_precision AS p FROM case_events ev JOIN cases c ON c.id = ev.case_id JOIN people pe ON pe.id = c.person_id WHERE pe.name = ? AND ev.kind = 'status_change'")
      .get(first.Name) as { date: string; p: string };
    expect(event.date).toBe(first['Date of Death']);
    // Held until death, not counted as detained ever after.
    const held = rowOf((r) => r['Date of Death'] !== '' && /^\d{4}-\d{2}-\d{2}$/.test(r.Sentence));
    const episode = v.sqlite
      .prepare('SELECT e.release_date AS r, e.release_reason AS why, c.detention_status AS s FROM detention_episodes e JOIN cases c ON c.id = e.case_id JOIN people p ON p.id = e.person_id WHERE p.name = ?')
      .get(held.Name);
    expect(episode).toEqual({ r: held['Date of Death'], why: null, s: 'released' });
  });

  it('keeps namesakes with different birth dates apart and flags no duplicate between them', () => {
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.Name, (counts.get(r.Name) ?? 0) + 1);
    const repeated = [...counts].filter(([, n]) => n > 1).map(([name]) => name);
    expect(repeated.length).toBeGreaterThan(0);
    for (const name of repeated) {
      const stored = v.sqlite.prepare('SELECT count(*) AS n FROM people WHERE name = ?').get(name) as { n: number };
      expect(stored.n).toBe(counts.get(name));
      const lines = rows.map((r, i) => (r.Name === name ? i + 2 : -1)).filter((n) => n > 0);
      const births = new Set(rows.filter((r) => r.Name === name).map((r) => r['Date of Birth']));
      const flagged = plan.rows.filter((p) => lines.includes(p.row)).flatMap((p) => p.duplicates.filter((d) => d.against === 'file'));
      // Both birth dates known and different: the shared rule rules the pair out.
      if (births.size === counts.get(name) && !births.has('')) expect(flagged).toEqual([]);
    }
    expect(result.counts.possibleDuplicates).toBe(plan.rows.filter((p) => p.duplicates.length > 0).length);
  });

  it('re-imports the same file as all unchanged, writing nothing but the audit entry', () => {
    expect(second.counts).toEqual({ created: 0, updated: 0, skipped: rows.length, possibleDuplicates: 0, skippedBy: { unchanged: rows.length } });
    expect(after).toEqual(before);
    const audits = v.sqlite.prepare("SELECT changes FROM audit_entries WHERE action = 'import.run' ORDER BY seq").all() as { changes: string }[];
    expect(audits).toHaveLength(2);
    const entry = JSON.parse(audits[0]?.changes ?? '{}');
    expect(entry).toMatchObject({ fileName: 'chinese-political-prisoners.csv', fileHash: result.fileHash, counts: result.counts });
    expect(result.fileHash).toMatch(/^[0-9a-f]{64}$/);
    // No cell's contents in the audit log.
    expect(audits[0]?.changes).not.toContain(rows[0]?.Name ?? '?');
  });
});
