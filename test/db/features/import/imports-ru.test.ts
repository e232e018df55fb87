// ru-prisoners.json (a copy of the shared public data) flattened into a Cyrillic CSV, one row per
// person per category: the same person in several categories is found as a possible duplicate
// within the file and becomes one person when merged; a person already in the vault under a
// Latin spelling is found too; charges such as "205.2 УК РФ" are read from a mapped column.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ImportMapping } from '../../../../db/api';
import { createTestVault, failure, type TestVault } from '../../support/test-vault';
import { fileInput, ruCsv, ruPrisoners, tableCounts } from './import-support';

const prisoners = ruPrisoners();
const distinct = new Set(prisoners.map((p) => p.name));
const repeated = [...distinct].filter((n) => prisoners.filter((p) => p.name === n).length > 1);

describe('importing ru-prisoners as a Cyrillic CSV', () => {
  let v: TestVault;
  const csv = ruCsv(prisoners, true);
  const input = (mapping: ImportMapping, decisions: Record<string, 'merge' | 'separate'> = {}) => ({ ...fileInput('ru-prisoners.csv', csv), mapping, decisions });
  let mapping: ImportMapping;
  let uvarov: string;

  beforeAll(() => {
    v = createTestVault();
    v.signInAsAdmin();
    // Already in the vault under a Latin spelling, with a case in Russia.
    const referral = v.call('referrals.create', { receivedOn: '2025-12-01', channel: 'family', countryCode: 'RU', person: { name: 'Nikita Uvarov' } });
    v.call('referrals.decide', { id: referral.id, decision: 'accepted' });
    uvarov = referral.personId;
    const inspected = v.call('imports.inspect', fileInput('ru-prisoners.csv', csv));
    expect(inspected.delimiter).toBe(';');
    mapping = { ...inspected.suggested, fixed: { country: 'RU' } };
  });
  afterAll(() => v.close());

  it('reads the file: 33 rows, 25 people, Cyrillic headers guessed', () => {
    expect(prisoners).toHaveLength(33);
    expect(distinct.size).toBe(25);
    expect(mapping.columns).toEqual({ ФИО: 'name', Категория: 'notes', Описание: 'notes', Статьи: 'charges' });
  });

  it('lists every repeat of a name as a possible duplicate of its first row, and the Latin spelling in the vault', () => {
    const plan = v.call('imports.dryRun', input(mapping));
    expect(plan.counts).toMatchObject({ created: 33, updated: 0, skipped: 0 });
    for (const name of repeated) {
      const rows = plan.rows.filter((r) => r.name === name);
      for (const later of rows.slice(1)) expect(later.duplicates.some((d) => d.against === 'file' && d.row === rows[0]?.row)).toBe(true);
    }
    const uvarovRows = plan.rows.filter((r) => r.name === 'Никита Уваров');
    expect(uvarovRows[0]?.duplicates).toEqual([expect.objectContaining({ against: 'vault', personId: uvarov, key: `row:${uvarovRows[0]?.row}~person:${uvarov}` })]);
    expect(plan.counts.possibleDuplicates).toBe(plan.rows.filter((r) => r.duplicates.length > 0).length);
  });

  it('refuses decisions on keys the plan does not have, and writes nothing', () => {
    const before = tableCounts(v);
    expect(failure(() => v.call('imports.run', input(mapping, { 'row:2~row:999': 'merge' }))).code).toBe('VALIDATION');
    expect(tableCounts(v)).toEqual(before);
  });

  it('merges the repeats into one person each, joining the vault person, with charges', () => {
    const plan = v.call('imports.dryRun', input(mapping));
    const decisions = Object.fromEntries(plan.rows.flatMap((r) => r.duplicates.map((d) => [d.key, 'merge' as const])));
    const peopleBefore = tableCounts(v).people;
    const merging = v.call('imports.dryRun', input(mapping, decisions)).rows.filter((r) => r.action === 'update');
    expect(merging.length).toBeGreaterThan(0);
    for (const r of merging) {
      expect(['mergedIntoVault', 'mergedIntoRow']).toContain(r.reasonCode);
      expect(r.reason).toBe(r.reasonCode === 'mergedIntoRow' ? `Same person as row ${r.reasonParams.row}: added to that person.` : `Added to ${r.reasonParams.name}, already in the vault.`);
    }
    const result = v.call('imports.run', input(mapping, decisions));
    const joined = plan.rows.filter((r) => r.duplicates.length > 0).length;
    // Every row that had a duplicate joined someone; the others are new people.
    expect(result.counts).toEqual({ created: 33 - joined, updated: joined, skipped: 0, possibleDuplicates: 0, skippedBy: {} });
    // One person per distinct name; Уваров joined the existing Nikita Uvarov.
    expect((tableCounts(v).people ?? 0) - (peopleBefore ?? 0)).toBe(distinct.size - 1);
    const variants = v.sqlite.prepare('SELECT name FROM name_variants WHERE person_id = ? AND deleted_at IS NULL').all(uvarov) as { name: string }[];
    expect(variants.map((x) => x.name)).toContain('Никита Уваров');
    const notes = v.sqlite.prepare("SELECT count(*) AS n FROM case_events ev JOIN cases c ON c.id = ev.case_id WHERE c.person_id = ? AND ev.kind = 'note'").get(uvarov) as { n: number };
    expect(notes.n).toBe(prisoners.filter((p) => p.name === 'Никита Уваров').length);
    const articles = v.sqlite
      .prepare('SELECT ch.code, ch.article FROM charges ch JOIN detention_episodes e ON e.id = ch.episode_id WHERE e.person_id = ? ORDER BY ch.article')
      .all(uvarov) as { code: string; article: string }[];
    expect(articles).toEqual(expect.arrayContaining([{ code: 'УК РФ', article: '205.3' }, { code: 'УК РФ', article: '222.1' }, { code: 'УК РФ', article: '223.1' }]));
  });

  it('re-imports as all unchanged', () => {
    const before = tableCounts(v);
    const result = v.call('imports.run', input(mapping));
    expect(result.counts).toEqual({ created: 0, updated: 0, skipped: 33, possibleDuplicates: 0, skippedBy: { unchanged: 33 } });
    expect(tableCounts(v)).toEqual(before);
  });

  it('updates only what changed when a row changes', () => {
    const changed = prisoners.map((p, i) => (i === 0 ? { ...p, description: `${p.description} Переведён в другую колонию.` } : p));
    const result = v.call('imports.run', { ...fileInput('ru-prisoners.csv', ruCsv(changed, true)), mapping });
    expect(result.counts).toEqual({ created: 0, updated: 1, skipped: 32, possibleDuplicates: 0, skippedBy: { unchanged: 32 } });
    const body = v.sqlite.prepare("SELECT body FROM case_events WHERE kind = 'note' AND body LIKE '%Переведён в другую колонию.%'").all();
    expect(body).toHaveLength(1);
  });
});
