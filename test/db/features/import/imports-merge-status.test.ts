// Merging a person's rows meets the status column, on a real encrypted vault: a row's year of
// record is a "known to be held" observation only when its status says held; a killed, missing or
// released row gives none and follows the status rules (closed as died, not detained, detention
// ended), also when it is the newer row of a merged person. Charges in words merge by their words,
// sentence ranges compare by both terms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { decisionsFor, type ImportMapping } from '../../../../db/api';
import { createTestVault, type TestVault } from '../../support/test-vault';
import { fileInput } from './import-support';

const LIST = [
  'Name,Country,Year,Status,Charges,Sentence',
  'Ahmet Yılmaz,Türkiye,2022,Imprisoned,Anti-state,3 to 8 years',
  'Ahmet Yilmaz,Türkiye,2023,Killed,False news,3 to 8 years',
  'Zeynep Kaya,Türkiye,2022,Imprisoned,Terrorism,3 to 8 years',
  'Zeynep Kaya,Türkiye,2023,Released,Terrorism,3 to 10 years',
  'Deniz Aydın,Türkiye,2023,Missing,,',
  'Ece Demir,Türkiye,2023,Killed,,',
  'Mert Çelik,Türkiye,2022,Released,,',
  '',
].join('\n');

describe('merging rows with a status', () => {
  let v: TestVault;
  let mapping: ImportMapping;
  const input = (decisions: Record<string, 'merge' | 'separate'> = {}) => ({ ...fileInput('status-list.csv', LIST), mapping, decisions });
  const one = (sql: string, ...args: string[]) => v.sqlite.prepare(sql).get(...args) as Record<string, unknown> | undefined;
  const all = (sql: string, ...args: string[]) => v.sqlite.prepare(sql).all(...args) as Record<string, unknown>[];
  const personId = (name: string) => String(one('SELECT id FROM people WHERE name = ?', name)?.id);

  beforeAll(() => {
    v = createTestVault();
    v.signInAs('caseworker');
    mapping = v.call('imports.inspect', fileInput('status-list.csv', LIST)).suggested;
  });
  afterAll(() => v.close());

  it('lists the newer status and the newer sentence range as conflicts, and no conflict for the same range', () => {
    expect(mapping.columns).toMatchObject({ Year: 'observedOn', Status: 'status' });
    const plan = v.call('imports.dryRun', input(decisionsFor(v.call('imports.dryRun', input()).rows, 'name-country')));
    expect(plan.rows.map((r) => [r.row, r.action])).toEqual([[2, 'create'], [3, 'update'], [4, 'create'], [5, 'update'], [6, 'create'], [7, 'create'], [8, 'create']]);
    expect(plan.rows[1]?.conflicts).toEqual([{ code: 'death', field: 'status', kept: 'killed', other: 'imprisoned' }]);
    expect(plan.rows[3]?.conflicts).toEqual([
      { code: 'newer', field: 'sentence', kept: '3 y to 10 y', other: '3 y to 8 y' },
      { code: 'newer', field: 'status', kept: 'released', other: 'imprisoned' },
    ]);
  });

  it('writes the status rules for merged and single rows, and observations only for rows that say held', () => {
    const result = v.call('imports.run', input(decisionsFor(v.call('imports.dryRun', input()).rows, 'name-country')));
    expect(result.counts).toMatchObject({ created: 5, updated: 2, skipped: 0 });
    const caseOf = (name: string) => one('SELECT status, closing_reason, detention_status FROM cases WHERE person_id = ?', personId(name));
    const episodes = (name: string) => all('SELECT id, release_date, release_reason FROM detention_episodes WHERE person_id = ?', personId(name));
    const observations = (name: string) => all(`SELECT o.observed_on FROM detention_observations o JOIN detention_episodes e ON e.id = o.episode_id
      WHERE e.person_id = ? ORDER BY 1`, personId(name)).map((o) => o.observed_on);

    // Killed in the newer year: closed as died, the 2022 detention ended, only 2022 known held.
    expect(caseOf('Ahmet Yılmaz')).toEqual({ status: 'closed', closing_reason: 'died', detention_status: 'released' });
    const ahmet = episodes('Ahmet Yılmaz');
    expect(ahmet).toHaveLength(1);
    expect(ahmet[0]?.release_date).not.toBeNull();
    expect(observations('Ahmet Yılmaz')).toEqual(['2022']);
    // Two charges in words, no code or article: both kept, told apart by their words.
    expect(all('SELECT text FROM charges WHERE episode_id = ? ORDER BY text', String(ahmet[0]?.id)).map((c) => c.text)).toEqual(['Anti-state', 'False news']);
    expect(all('SELECT years, max_years FROM sentences WHERE episode_id = ?', String(ahmet[0]?.id))).toEqual([{ years: 3, max_years: 8 }]);
    expect(one("SELECT title FROM case_events WHERE case_id = (SELECT id FROM cases WHERE person_id = ?) AND kind = 'status_change'", personId('Ahmet Yılmaz')))
      .toEqual({ title: 'Killed' });

    // Released in the newer year: ended and closed as released; the same charge once; both ranges kept.
    expect(caseOf('Zeynep Kaya')).toEqual({ status: 'closed', closing_reason: 'released', detention_status: 'released' });
    const zeynep = episodes('Zeynep Kaya');
    expect(zeynep).toHaveLength(1);
    expect(zeynep[0]?.release_date).not.toBeNull();
    expect(observations('Zeynep Kaya')).toEqual(['2022']);
    expect(all('SELECT text FROM charges WHERE episode_id = ?', String(zeynep[0]?.id)).map((c) => c.text)).toEqual(['Terrorism']);
    expect(all('SELECT years, max_years, superseded_by_id IS NULL AS current FROM sentences WHERE episode_id = ? ORDER BY max_years', String(zeynep[0]?.id)))
      .toEqual([{ years: 3, max_years: 8, current: 0 }, { years: 3, max_years: 10, current: 1 }]);

    // Single rows with a year: missing is not detained, killed has no detention, released is ended; none is known held.
    expect(caseOf('Deniz Aydın')).toEqual({ status: 'active', closing_reason: null, detention_status: 'not_detained' });
    expect(episodes('Deniz Aydın')).toEqual([]);
    expect(caseOf('Ece Demir')).toEqual({ status: 'closed', closing_reason: 'died', detention_status: 'not_detained' });
    expect(episodes('Ece Demir')).toEqual([]);
    expect(caseOf('Mert Çelik')).toMatchObject({ status: 'closed', closing_reason: 'released', detention_status: 'released' });
    expect(episodes('Mert Çelik')[0]?.release_date).not.toBeNull();
    expect(observations('Mert Çelik')).toEqual([]);
    expect(one('SELECT COUNT(*) AS n FROM detention_observations')).toEqual({ n: 2 });
    expect(one("SELECT COUNT(*) AS n FROM cases WHERE status <> 'closed' AND detention_status = 'detained'")).toEqual({ n: 0 });
  });
});

describe('a death in the status column is final', () => {
  // No year column: which row is newer is unknown, and a death must still close the case; a later
  // "Imprisoned" never revives a person an earlier row says was killed.
  const UNDATED = ['Name,Country,Status', 'Selin Koç,Türkiye,Imprisoned', 'Selin Koç,Türkiye,Killed', 'Can Arslan,Türkiye,Executed', 'Can Arslan,Türkiye,Imprisoned', ''].join('\n');
  let v: TestVault;

  beforeAll(() => {
    v = createTestVault();
    v.signInAs('caseworker');
  });
  afterAll(() => v.close());

  it('closes the case as died whichever row says it, and lists the other status as a conflict', () => {
    const source = fileInput('undated.csv', UNDATED);
    const mapping = v.call('imports.inspect', source).suggested;
    const decisions = decisionsFor(v.call('imports.dryRun', { ...source, mapping }).rows, 'name-country');
    const plan = v.call('imports.dryRun', { ...source, mapping, decisions });
    expect(plan.rows.map((r) => r.conflicts)).toEqual([
      [],
      [{ code: 'death', field: 'status', kept: 'killed', other: 'imprisoned' }],
      [],
      [{ code: 'kept', field: 'status', kept: 'executed', other: 'imprisoned' }],
    ]);
    v.call('imports.run', { ...source, mapping, decisions });
    const cases = v.sqlite.prepare(`SELECT p.name, c.status, c.closing_reason AS reason, c.detention_status AS detention
      FROM cases c JOIN people p ON p.id = c.person_id ORDER BY p.name`).all();
    expect(cases).toEqual([
      { name: 'Can Arslan', status: 'closed', reason: 'died', detention: 'released' },
      { name: 'Selin Koç', status: 'closed', reason: 'died', detention: 'released' },
    ]);
  });
});
