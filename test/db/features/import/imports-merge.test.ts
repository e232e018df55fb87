// Merging a person's rows keeps every fact, on a real encrypted vault: the 2023 list imported
// first, the 2022 list after it, merged into the people already there by name and country. The
// older row's prison and sentence do not replace the newer ones but are kept (the prison in a
// note, the sentence as the earlier sentence it replaced), sex keeps the first value, the
// stricter confidentiality wins, organisations and charges are joined; within one file the newer
// year's prison becomes current. Every conflict is listed with code, field and both values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { decisionsFor, type ImportMapping } from '../../../../db/api';
import { createTestVault, type TestVault } from '../../support/test-vault';
import { fileInput, tableCounts } from './import-support';

const HEADER = 'Name,Country,Year,Gender,Confidentiality,Sentence,Charges,Prison,Organisation';
const LIST_2023 = [HEADER, 'Ahmet Şık,Türkiye,2023,male,,4 years 6 months,Art. 314,Silivri Prison,Cumhuriyet', ''].join('\n');
const LIST_2022 = [
  HEADER,
  'ŞIK Ahmet,Türkiye,2022,female,confidential,6 years,Art. 299,Sincan Prison,HDP',
  'Seda Taşkın,Türkiye,2022,female,,2 years,Art. 314,Kandıra Prison,',
  'Seda Taskin,Türkiye,2023,,,2 years,Art. 314,Silivri Prison,ÇHD',
  '',
].join('\n');

describe('merging rows of several years', () => {
  let v: TestVault;
  let mapping: ImportMapping;
  const plan2022 = (decisions: Record<string, 'merge' | 'separate'> = {}) => ({ ...fileInput('list-2022.csv', LIST_2022), mapping, decisions });

  beforeAll(() => {
    v = createTestVault();
    v.signInAs('caseworker');
    mapping = v.call('imports.inspect', fileInput('list-2022.csv', LIST_2022)).suggested;
    v.call('imports.run', { ...fileInput('list-2023.csv', LIST_2023), mapping });
  });
  afterAll(() => v.close());

  // Against the vault the pair is found through the search keys, which do not yet fold every
  // accent (Şık = Sik); within one file the same name without accents is paired too (census test).
  it('finds the person of the 2023 list by name and country, word order and case aside', () => {
    const plan = v.call('imports.dryRun', plan2022());
    expect(plan.rows[0]?.duplicates).toEqual([expect.objectContaining({ against: 'vault', name: 'Ahmet Şık', sameNameAndCountry: true, strong: false })]);
    expect(plan.rows[2]?.duplicates).toEqual([expect.objectContaining({ against: 'file', row: 3, sameNameAndCountry: true })]);
  });

  it('lists what differs: the first sex, the stricter confidentiality, the newer prison and sentence', () => {
    const plan = v.call('imports.dryRun', plan2022(decisionsFor(v.call('imports.dryRun', plan2022()).rows, 'name-country')));
    expect(plan.rows.map((r) => [r.action, r.reasonCode])).toEqual([['update', 'mergedIntoVault'], ['create', 'new'], ['update', 'mergedIntoRow']]);
    expect(plan.rows[0]?.conflicts).toEqual([
      { code: 'kept', field: 'sex', kept: 'male', other: 'female' },
      { code: 'stricter', field: 'confidentiality', kept: 'confidential', other: 'normal' },
      { code: 'kept', field: 'facility', kept: 'Silivri Prison', other: 'Sincan Prison' },
      { code: 'kept', field: 'sentence', kept: '4 y 6 m', other: '6 y' },
    ]);
    expect(plan.rows[2]?.conflicts).toEqual([{ code: 'newer', field: 'facility', kept: 'Silivri Prison', other: 'Kandıra Prison' }]);
  });

  it('writes one person each with every value kept, and a re-import changes nothing', () => {
    const decisions = decisionsFor(v.call('imports.dryRun', plan2022()).rows, 'name-country');
    const result = v.call('imports.run', plan2022(decisions));
    expect(result.counts).toEqual({ created: 1, updated: 2, skipped: 0, possibleDuplicates: 0, skippedBy: {} });
    expect(result.conflicts.map((c) => [c.row, c.field])).toEqual([[2, 'sex'], [2, 'confidentiality'], [2, 'facility'], [2, 'sentence'], [4, 'facility']]);
    const one = (sql: string, ...args: string[]) => v.sqlite.prepare(sql).get(...args) as Record<string, unknown>;
    const all = (sql: string, ...args: string[]) => v.sqlite.prepare(sql).all(...args) as Record<string, unknown>[];
    expect(tableCounts(v).people).toBe(2);
    const ahmet = one("SELECT id, sex, confidentiality, organisations FROM people WHERE name = 'Ahmet Şık'");
    expect(ahmet).toMatchObject({ sex: 'male', confidentiality: 'confidential', organisations: 'Cumhuriyet; HDP' });
    const id = String(ahmet.id);
    expect(all('SELECT name FROM name_variants WHERE person_id = ?', id)).toEqual([{ name: 'ŞIK Ahmet' }]);
    expect(one('SELECT facility FROM detention_episodes WHERE person_id = ?', id)).toEqual({ facility: 'Silivri Prison' });
    expect(all('SELECT ch.article FROM charges ch JOIN detention_episodes e ON e.id = ch.episode_id WHERE e.person_id = ? ORDER BY 1', id)).toEqual([{ article: '299' }, { article: '314' }]);
    expect(all('SELECT o.observed_on, o.source FROM detention_observations o JOIN detention_episodes e ON e.id = o.episode_id WHERE e.person_id = ? ORDER BY 1', id))
      .toEqual([{ observed_on: '2022', source: 'import' }, { observed_on: '2023', source: 'import' }]);
    // The 2022 sentence is the earlier one, replaced by the 2023 sentence still in force.
    const sentences = all(`SELECT s.id, s.years, s.months, s.supersedes_id, s.superseded_by_id FROM sentences s JOIN detention_episodes e ON e.id = s.episode_id
      WHERE e.person_id = ? ORDER BY s.years`, id);
    expect(sentences.map((s) => [s.years, s.months])).toEqual([[4, 6], [6, 0]]);
    const [later, earlier] = sentences;
    expect(earlier?.superseded_by_id).toBe(later?.id);
    expect(later?.supersedes_id).toBe(earlier?.id);
    expect(later?.superseded_by_id).toBeNull();
    const note = one(`SELECT ev.title, ev.body FROM case_events ev JOIN cases c ON c.id = ev.case_id WHERE c.person_id = ? AND ev.title LIKE '%values that differ'`, id);
    expect(note).toEqual({
      title: 'Imported from list-2022.csv, row 2: values that differ',
      body: 'Sex: female (current: male)\nConfidentiality: normal (current: confidential)\nFacility: Sincan Prison (current: Silivri Prison)\nSentence: 6 y (current: 4 y 6 m)',
    });
    const seda = one("SELECT p.organisations, e.facility FROM people p JOIN detention_episodes e ON e.person_id = p.id WHERE p.name = 'Seda Taşkın'");
    expect(seda).toEqual({ organisations: 'ÇHD', facility: 'Silivri Prison' });

    const before = tableCounts(v);
    const again = v.call('imports.run', plan2022());
    expect(again.counts).toEqual({ created: 0, updated: 0, skipped: 3, possibleDuplicates: 0, skippedBy: { unchanged: 3 } });
    expect(tableCounts(v)).toEqual(before);
  });
});
