// Importing a list written in words, as English-language NGOs publish them (see
// import-words-fixture.ts): 2,400 rows, countries spelled every way, a status column, charges and
// sentences in words. The expected people, cases, detentions, charges and sentences are worked out
// here from the fixture's own tables, not from the code under test. The one country no one can
// read is listed with its count, mapped once with "remember", and known to the next import.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestVault, type TestVault } from '../../support/test-vault';
import { fileInput } from './import-support';
import { UNREADABLE_COUNTRY, UNREADABLE_MEANS, wordsCsv, wordsRows, type Fate, type WordsRow } from './import-words-fixture';

const ROWS = 2400;
const rows = wordsRows(ROWS);
const csv = wordsCsv(rows);
const named = rows.filter((r) => r.name !== '');
const codeOf = (r: WordsRow): string => r.expect.code ?? UNREADABLE_MEANS;

function tally<T>(list: readonly T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of list) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

// What each fate should make of the case (see db/features/import/rules/import-status.ts for the rule).
const CASE_OF: Record<Fate, { status: string; closing: string | null; detention: string }> = {
  imprisoned: { status: 'active', closing: null, detention: 'detained' },
  released: { status: 'closed', closing: 'released', detention: 'released' },
  killed: { status: 'closed', closing: 'died', detention: 'released' },
  died_in_custody: { status: 'closed', closing: 'died', detention: 'released' },
  executed: { status: 'closed', closing: 'died', detention: 'released' },
  missing: { status: 'active', closing: null, detention: 'not_detained' },
};

describe('importing a list written in words', () => {
  let v: TestVault;
  beforeAll(() => {
    v = createTestVault();
    v.signInAs('caseworker');
  });
  afterAll(() => v.close());

  it('guesses the mapping, says why a column is left out, and lists the unreadable country with its count', () => {
    const inspected = v.call('imports.inspect', fileInput('words.csv', csv));
    expect(inspected.suggested.columns).toEqual({ Name: 'name', Country: 'country', Status: 'status', Charges: 'charges', Sentence: 'sentence' });
    expect(inspected.guesses.find((g) => g.header === 'Remarks')).toEqual({ header: 'Remarks', field: null, why: 'unknown', takenBy: null });
    const plan = v.call('imports.dryRun', { ...fileInput('words.csv', csv), mapping: inspected.suggested });
    const unread = plan.values.filter((x) => x.status === 'unrecognised');
    expect(unread.map((x) => [x.field, x.raw, x.rows])).toEqual([['country', UNREADABLE_COUNTRY, rows.filter((r) => r.country === UNREADABLE_COUNTRY).length]]);
    const unreadNamed = named.filter((r) => r.expect.code === null).length;
    expect(plan.counts.skipped).toBe(rows.length - named.length + unreadNamed);
    expect(plan.counts.skippedBy).toEqual({ noName: rows.length - named.length, countryUnrecognised: unreadNamed });
    expect(plan.counts.created).toBe(named.length - unreadNamed);
    // A range or a partly read sentence is a warning in the review, never silently recognised.
    const range = plan.values.find((x) => x.field === 'sentence' && x.raw === '3 to 8 years');
    expect(range).toMatchObject({ status: 'normalised', note: { code: 'sentenceRange' }, sentence: { kind: 'term', years: 3, months: 0, days: 0, max: { years: 8, months: 0, days: 0 } } });
    expect(plan.values.find((x) => x.field === 'sentence' && x.raw === 'пять лет и шесть месяцев')).toMatchObject({ note: null, sentence: { kind: 'term', years: 5, months: 6, max: null } });
    expect(plan.values.filter((x) => x.field === 'charges').every((x) => x.status === 'normalised')).toBe(true);
  });

  it('imports with the country mapped once, into exactly the people, cases, detentions, charges and sentences the fixture says', () => {
    const mapping = v.call('imports.inspect', fileInput('words.csv', csv)).suggested;
    const result = v.call('imports.run', { ...fileInput('words.csv', csv), mapping, values: { country: { [UNREADABLE_COUNTRY]: UNREADABLE_MEANS } }, aliases: { [UNREADABLE_COUNTRY]: UNREADABLE_MEANS } });
    expect(result.counts).toMatchObject({ created: named.length, updated: 0, skipped: rows.length - named.length, skippedBy: { noName: rows.length - named.length } });
    const q = <T>(sql: string): T[] => v.sqlite.prepare(sql).all() as T[];
    expect(q<{ n: number }>('SELECT count(*) AS n FROM people')[0]?.n).toBe(named.length);

    const byCountry = Object.fromEntries(q<{ code: string; n: number }>('SELECT country_code AS code, count(*) AS n FROM cases GROUP BY 1').map((r) => [r.code, r.n]));
    expect(byCountry).toEqual(tally(named, codeOf));

    const cases = q<{ status: string; closing: string | null; detention: string; n: number }>(
      'SELECT status, closing_reason AS closing, detention_status AS detention, count(*) AS n FROM cases GROUP BY 1, 2, 3',
    );
    const expected = tally(named, (r) => JSON.stringify(CASE_OF[r.expect.fate]));
    expect(Object.fromEntries(cases.map((c) => [JSON.stringify({ status: c.status, closing: c.closing, detention: c.detention }), c.n]))).toEqual(expected);
    // Never the active case of a living detainee: everyone held open is listed as imprisoned.
    const open = q<{ n: number }>('SELECT count(*) AS n FROM detention_episodes WHERE release_date IS NULL')[0]?.n;
    expect(open).toBe(named.filter((r) => r.expect.fate === 'imprisoned').length);
    const inCustody = q<{ n: number }>("SELECT count(*) AS n FROM detention_episodes WHERE release_reason = 'death_in_custody'")[0]?.n;
    expect(inCustody).toBe(named.filter((r) => r.expect.fate === 'died_in_custody' || r.expect.fate === 'executed').length);
    const killedEvents = q<{ n: number }>("SELECT count(*) AS n FROM case_events WHERE kind = 'status_change' AND title = 'Killed'")[0]?.n;
    expect(killedEvents).toBe(named.filter((r) => r.expect.fate === 'killed').length);

    // Every row's charges and sentences are kept, a missing person's too (on the detention ended as 'disappeared').
    const charges = q<{ text: string; category: string; article: string }>('SELECT text, category, article FROM charges');
    expect(charges.every((c) => c.article === '')).toBe(true);
    expect(tally(charges, (c) => `${c.text}|${c.category}`)).toEqual(tally(named.flatMap((r) => r.expect.charges.map((t, i) => `${t}|${r.expect.categories[i] ?? ''}`)), (s) => s));
    const sentences = q<{ years: number; months: number; maxYears: number | null }>('SELECT years, months, max_years AS maxYears FROM sentences');
    const withTerm = named.filter((r) => r.expect.sentence !== null);
    expect(tally(sentences, (s) => `${s.years}/${s.months}/${s.maxYears ?? '-'}`)).toEqual(tally(withTerm, (r) => {
      const [y, m, max] = r.expect.sentence ?? [0, 0, null];
      return `${y}/${m}/${max ?? '-'}`;
    }));
    expect(q<{ alias: string; code: string }>('SELECT alias, country_code AS code FROM country_aliases')).toEqual([{ alias: 'kurdistan', code: UNREADABLE_MEANS }]);
  });

  it('the case file carries the range; a re-import changes nothing; the next file knows the remembered name', () => {
    const ranged = v.sqlite.prepare('SELECT e.case_id AS caseId FROM sentences s JOIN detention_episodes e ON e.id = s.episode_id WHERE s.max_years = 8 LIMIT 1').get() as { caseId: string };
    const listed = v.call('sentences.list', { caseId: ranged.caseId });
    expect(listed[0]).toMatchObject({ years: 3, maxYears: 8, maxMonths: 0, maxDays: 0 });

    const mapping = v.call('imports.inspect', fileInput('words.csv', csv)).suggested;
    const again = v.call('imports.run', { ...fileInput('words.csv', csv), mapping, values: { country: { [UNREADABLE_COUNTRY]: UNREADABLE_MEANS } } });
    expect(again.counts).toMatchObject({ created: 0, updated: 0, skippedBy: { unchanged: named.length, noName: rows.length - named.length } });

    const next = wordsCsv([{ ...rows[0], name: 'Rêzan Aḥmad Bārzānī', country: 'KURDISTAN' } as WordsRow]);
    const plan = v.call('imports.dryRun', { ...fileInput('next.csv', next), mapping });
    expect(plan.rows[0]).toMatchObject({ action: 'create', countryCode: UNREADABLE_MEANS });
    expect(plan.values.filter((x) => x.status === 'unrecognised')).toEqual([]);
  });

  it('refuses an alias to a country that does not exist, with a stable code, and writes nothing', () => {
    const mapping = v.call('imports.inspect', fileInput('words.csv', csv)).suggested;
    expect(() => v.call('imports.dryRun', { ...fileInput('words.csv', csv), mapping, aliases: { Atlantis: 'QQ' } })).toThrow(/not a known country code/);
    const aliases = v.call('imports.aliases.list', {});
    expect(aliases.map((a) => a.alias)).toEqual(['kurdistan']);
    expect(v.call('imports.aliases.delete', { alias: 'Kurdistan' })).toEqual({ alias: 'kurdistan' });
    expect(v.call('imports.aliases.list', {})).toEqual([]);
  });

  it('follows a status that changed on re-import: imprisoned, then killed, closes the case and ends the detention', () => {
    const file = (status: string) => `Name,Country,Status,Charges\nHüseyin Nūr Ağaoğlu,Türkiye,${status},Anti-state\n`;
    const mapping = v.call('imports.inspect', fileInput('one.csv', file('Imprisoned'))).suggested;
    v.call('imports.run', { ...fileInput('one.csv', file('Imprisoned')), mapping });
    const caseOf = () => v.sqlite.prepare(`
      SELECT c.status, c.closing_reason AS closing, c.detention_status AS detention, e.release_date IS NOT NULL AS ended
      FROM cases c JOIN people p ON p.id = c.person_id JOIN detention_episodes e ON e.case_id = c.id WHERE p.name = 'Hüseyin Nūr Ağaoğlu'`).get();
    expect(caseOf()).toEqual({ status: 'active', closing: null, detention: 'detained', ended: 0 });
    const result = v.call('imports.run', { ...fileInput('one.csv', file('Убит')), mapping });
    expect(result.counts).toMatchObject({ created: 0, updated: 1 });
    expect(caseOf()).toEqual({ status: 'closed', closing: 'died', detention: 'released', ended: 1 });
  });
});
