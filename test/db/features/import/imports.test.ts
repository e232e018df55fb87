// imports.* on a real encrypted vault: skip reasons, value overrides, an XLSX sheet, progress
// events, presets, and the run's all-or-nothing transaction (a failure on a late row leaves
// nothing written, not even the audit entry).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ImportMapping } from '../../../../db/api';
import { createTestVault, failure, type TestVault } from '../../support/test-vault';
import { fileInput, tableCounts } from './import-support';

const MAPPING: ImportMapping = {
  columns: { Name: 'name', Sex: 'sex', Born: 'birthDate', Country: 'country', Arrested: 'detentionStart', Sentence: 'sentence', Professions: 'professions' },
  fixed: {},
};

const CSV = [
  'Name,Sex,Born,Country,Arrested,Sentence,Professions',
  'Aigerim Nurlanova,femal,03.04.1985,Kazakhstan,2021-03,7 years 6 months,journalist; blogger',
  ',male,1970,KZ,,,',
  'Timur Yusupov,male,1970,,,,',
  'Olga Lebedeva,female,1980,Narnia,,,',
  'Dilnoza Karimova,ж,1990,Узбекистан,март 2022,пожизненно,правозащитник',
  'Ruslan Future,male,2097,KZ,,,',
].join('\n');

describe('imports', () => {
  let v: TestVault;
  beforeAll(() => {
    v = createTestVault();
    v.signInAs('caseworker');
  });
  afterAll(() => v.close());

  it('says why rows are skipped and what it did with each value', () => {
    const plan = v.call('imports.dryRun', { ...fileInput('people.csv', CSV), mapping: MAPPING });
    expect(plan.rows.map((r) => [r.row, r.action])).toEqual([[2, 'create'], [3, 'skip'], [4, 'skip'], [5, 'skip'], [6, 'create'], [7, 'create']]);
    expect(plan.rows[5]?.warnings).toEqual(['Date of birth 2097 is in the future and is left empty.']);
    expect(plan.rows[1]?.reason).toMatch(/No name/);
    expect(plan.rows[2]?.reason).toMatch(/No country/);
    expect(plan.rows[3]?.reason).toMatch(/country was not recognised/);
    expect(plan.rows[0]?.warnings.join(' ')).toMatch(/Sex "femal" was not recognised/);
    expect(plan.rows[0]?.warnings.join(' ')).toMatch(/read day first, as 1985-04-03/);
    expect(plan.values).toEqual(expect.arrayContaining([
      { field: 'sex', raw: 'femal', value: null, status: 'unrecognised', rows: 1, overridden: false, note: null, sentence: null },
      { field: 'sex', raw: 'ж', value: 'female', status: 'normalised', rows: 1, overridden: false, note: null, sentence: null },
      { field: 'country', raw: 'Узбекистан', value: 'UZ', status: 'normalised', rows: 1, overridden: false, note: null, sentence: null },
      { field: 'sentence', raw: 'пожизненно', value: 'life', status: 'normalised', rows: 1, overridden: false, note: null, sentence: { kind: 'life' } },
    ]));
    expect(plan.counts).toEqual({ created: 3, updated: 0, skipped: 3, possibleDuplicates: 0, skippedBy: { noName: 1, noCountry: 1, countryUnrecognised: 1 } });
  });

  it('gives each reason and warning as a code with params, parallel to the English text, and the row\'s own birth date and country', () => {
    const plan = v.call('imports.dryRun', { ...fileInput('people.csv', CSV), mapping: MAPPING });
    expect(plan.rows.map((r) => r.reasonCode)).toEqual(['new', 'noName', 'noCountry', 'countryUnrecognised', 'new', 'new']);
    for (const r of plan.rows) expect(r.notes).toHaveLength(r.warnings.length);
    const aigerim = plan.rows[0];
    expect(aigerim).toMatchObject({ birthDate: '1985-04-03', countryCode: 'KZ', reasonParams: {} });
    expect(aigerim?.notes).toEqual([
      { code: 'unrecognised', field: 'sex', raw: 'femal', params: {} },
      { code: 'dateDayFirst', field: 'birthDate', raw: '03.04.1985', params: { date: '1985-04-03' } },
    ]);
    expect(plan.rows[4]).toMatchObject({ birthDate: '1990', countryCode: 'UZ' });
    expect(plan.rows[5]).toMatchObject({ birthDate: null, countryCode: 'KZ' });
    expect(plan.rows[5]?.notes).toEqual([{ code: 'futureDate', field: 'birthDate', raw: null, params: { date: '2097' } }]);
  });

  it('skips a row it cannot read', () => {
    const broken = ['Name,Country', 'Aa Bb,KZ', '"Cc Dd,KZ', 'Ee Ff,KZ'].join('\n');
    const plan = v.call('imports.dryRun', { ...fileInput('broken.csv', broken), mapping: { columns: { Name: 'name', Country: 'country' }, fixed: {} } });
    expect(plan.rows.map((r) => r.action)).toEqual(['create', 'skip']);
    expect(plan.rows[1]?.reason).toMatch(/quoted cell is not closed/);
    expect(plan.rows[1]?.reasonCode).toBe('unreadableRow');
  });

  it('applies the user\'s overrides and refuses ones it cannot store', () => {
    const values = { sex: { femal: 'female' }, country: { Narnia: 'RU' } };
    const plan = v.call('imports.dryRun', { ...fileInput('people.csv', CSV), mapping: MAPPING, values });
    expect(plan.values.find((x) => x.raw === 'femal')).toMatchObject({ value: 'female', overridden: true });
    expect(plan.rows[3]?.action).toBe('create');
    const bad = failure(() => v.call('imports.dryRun', { ...fileInput('people.csv', CSV), mapping: MAPPING, values: { sex: { femal: 'woman' } } }));
    expect(bad.code).toBe('VALIDATION');
    expect(bad.message).toMatch(/"woman"/);
  });

  it('runs: person, case, episode, sentence and professions from each row, with progress events', () => {
    v.events.length = 0;
    const result = v.call('imports.run', { ...fileInput('people.csv', CSV), mapping: MAPPING, values: { sex: { femal: 'female' } } });
    expect(result.counts.created).toBe(3);
    const aigerim = v.sqlite.prepare("SELECT * FROM people WHERE name = 'Aigerim Nurlanova'").get() as Record<string, unknown>;
    expect(aigerim).toMatchObject({ sex: 'female', birth_date: '1985-04-03', birth_date_precision: 'day' });
    const episode = v.sqlite.prepare('SELECT * FROM detention_episodes WHERE person_id = ?').get(aigerim.id) as Record<string, unknown>;
    expect(episode).toMatchObject({ arrest_date: '2021-03', arrest_date_precision: 'month', detention_type: 'prison_colony' });
    expect(v.sqlite.prepare('SELECT years, months, life FROM sentences WHERE episode_id = ?').get(episode.id)).toEqual({ years: 7, months: 6, life: 0 });
    const professions = v.sqlite.prepare('SELECT profession FROM person_professions WHERE person_id = ? ORDER BY profession').all(aigerim.id);
    expect(professions).toEqual([{ profession: 'blogger' }, { profession: 'journalist' }]);
    const c = v.sqlite.prepare('SELECT country_code, status, detention_status FROM cases WHERE person_id = ?').get(aigerim.id);
    expect(c).toEqual({ country_code: 'KZ', status: 'active', detention_status: 'detained' });
    expect(v.events.filter((e) => e.event === 'progress').at(-1)).toMatchObject({ payload: { method: 'imports.run', done: 6, total: 6 } });
    // Found by search, since the search index follows every write.
    expect(v.call('search.query', { q: 'Нурланова' }).length).toBeGreaterThan(0);
  });

  it('re-imports a changed row as an update of only what changed; an emptied cell erases nothing', () => {
    const mapping: ImportMapping = { columns: { Name: 'name', Born: 'birthDate', Country: 'country', Sentence: 'sentence', Facility: 'facility' }, fixed: {} };
    const first = ['Name,Born,Country,Sentence,Facility', 'Bota Serikova,1980,KZ,5 years,СИЗО-1', 'Erlan Abdulin,1975,KZ,3 years,'].join('\n');
    v.call('imports.run', { ...fileInput('u.csv', first), mapping });
    const person = v.sqlite.prepare("SELECT id FROM people WHERE name = 'Bota Serikova'").get() as { id: string };
    v.sqlite.prepare("UPDATE people SET notes = 'typed in Habeas' WHERE id = ?").run(person.id);
    const second = ['Name,Born,Country,Sentence,Facility', 'Bota Serikova,1980,KZ,6 years 6 months,', 'Erlan Abdulin,1975,KZ,3 years,'].join('\n');
    const plan = v.call('imports.dryRun', { ...fileInput('u.csv', second), mapping });
    expect(plan.rows.map((r) => [r.action, r.reason])).toEqual([['update', 'Imported before; changed: sentence.'], ['skip', 'Already imported, unchanged.']]);
    expect(plan.rows.map((r) => [r.reasonCode, r.reasonParams])).toEqual([['changed', { fields: 'sentence' }], ['unchanged', {}]]);
    const counts = tableCounts(v);
    expect(v.call('imports.run', { ...fileInput('u.csv', second), mapping }).counts).toMatchObject({ created: 0, updated: 1, skipped: 1 });
    expect(tableCounts(v)).toEqual({ ...counts });
    const stored = v.sqlite
      .prepare('SELECT s.years, s.months, e.facility, p.notes FROM sentences s JOIN detention_episodes e ON e.id = s.episode_id JOIN people p ON p.id = e.person_id WHERE p.id = ?')
      .get(person.id);
    expect(stored).toEqual({ years: 6, months: 6, facility: 'СИЗО-1', notes: 'typed in Habeas' });
  });

  it('writes nothing at all when a row fails part-way through', () => {
    const before = tableCounts(v);
    const audits = (v.sqlite.prepare('SELECT count(*) AS n FROM audit_entries').get() as { n: number }).n;
    // A stand-in for any failure inside the run: the database refuses the fourth person.
    v.sqlite.exec("CREATE TRIGGER test_refuse_boom BEFORE INSERT ON people WHEN new.name = 'Boom Boomov' BEGIN SELECT RAISE(ABORT, 'refused'); END");
    try {
      const rows = ['Name,Country', 'Aa Bb,KZ', 'Cc Dd,KZ', 'Ee Ff,KZ', 'Boom Boomov,KZ', 'Gg Hh,KZ'].join('\n');
      const r = v.result('imports.run', { ...fileInput('boom.csv', rows), mapping: { columns: { Name: 'name', Country: 'country' }, fixed: {} } });
      expect(r.ok).toBe(false);
    } finally {
      v.sqlite.exec('DROP TRIGGER test_refuse_boom');
    }
    expect(tableCounts(v)).toEqual(before);
    expect((v.sqlite.prepare('SELECT count(*) AS n FROM audit_entries').get() as { n: number }).n).toBe(audits);
  });

  it('reads a chosen XLSX sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').addRow(['nothing here']);
    const sheet = wb.addWorksheet('Prisoners');
    sheet.addRow(['ФИО', 'Дата рождения', 'Страна']);
    sheet.addRow(['Сериков Данияр', new Date(Date.UTC(1975, 0, 31)), 'Казахстан']);
    const content = Buffer.from(await wb.xlsx.writeBuffer());
    const inspected = v.call('imports.inspect', { ...fileInput('p.xlsx', content), sheet: 'Prisoners' });
    expect(inspected).toMatchObject({ format: 'xlsx', sheets: ['Notes', 'Prisoners'], sheet: 'Prisoners', rowCount: 1 });
    const result = v.call('imports.run', { ...fileInput('p.xlsx', content), sheet: 'Prisoners', mapping: inspected.suggested });
    expect(result.counts.created).toBe(1);
    expect(v.sqlite.prepare("SELECT birth_date FROM people WHERE name = 'Сериков Данияр'").get()).toEqual({ birth_date: '1975-01-31' });
  });

  it('finds duplicates within the file across scripts and word order, not namesakes of one word', () => {
    const rows = [
      'Name,Born,Country', 'Ivan Petrov,1970,KZ', 'Petrov Ivan,1970-05-02,KZ', 'Ivan Sidorov,1970,KZ', 'Ильяшев Марат,,KZ',
      'Marat Ilyashev,1980,KZ', 'Ali Ali,,KZ', 'Ali Ali,,KZ', 'Ivan Petrov,1971,KZ', 'Ivan Petrov,1970,UZ',
    ].join('\n');
    const plan = v.call('imports.dryRun', { ...fileInput('dups.csv', rows), mapping: { columns: { Name: 'name', Born: 'birthDate', Country: 'country' }, fixed: {} } });
    const pairs = plan.rows.flatMap((r) => r.duplicates.filter((d) => d.against === 'file').map((d) => d.key));
    expect(pairs).toEqual(['row:3~row:2', 'row:6~row:5', 'row:8~row:7']);
    expect(plan.counts.possibleDuplicates).toBe(3);
  });

  it('recognises rows by their external id; a value chosen in the review is not undone by the next import', () => {
    const csv = [
      'ID;ФИО;Дата рождения;Мера пресечения;Приговор',
      '101;Иванов Иван Петрович;04.03.1980;Pre-trial;not sentenced',
      '102;Каримова Нигора;1975;pre trial;7 лет 6 месяцев',
      '103;Иванов Иван Петрович;04.03.1980;СИЗО;Not Sentenced',
    ].join('\n');
    const inspected = v.call('imports.inspect', fileInput('ids.csv', csv));
    expect(inspected.suggested.columns.ID).toBe('externalId');
    const mapping = { ...inspected.suggested, fixed: { country: 'TJ' } };
    const values = { birthDate: { '1975': '1975-06' } };
    const plan = v.call('imports.dryRun', { ...fileInput('ids.csv', csv), mapping, values });
    expect(plan.rows[2]?.duplicates).toEqual([expect.objectContaining({ key: 'row:4~row:2', strong: true, decision: null })]);
    const result = v.call('imports.run', { ...fileInput('ids.csv', csv), mapping, values, decisions: { 'row:4~row:2': 'merge' } });
    expect(result.counts).toEqual({ created: 2, updated: 1, skipped: 0, possibleDuplicates: 0, skippedBy: {} });
    expect(v.sqlite.prepare("SELECT birth_date FROM people WHERE name = 'Каримова Нигора'").get()).toEqual({ birth_date: '1975-06' });
    const again = v.call('imports.run', { ...fileInput('ids.csv', csv), mapping });
    expect(again.counts).toEqual({ created: 0, updated: 0, skipped: 3, possibleDuplicates: 0, skippedBy: { unchanged: 2, nothingNew: 1 } });
    expect(v.sqlite.prepare("SELECT birth_date FROM people WHERE name = 'Каримова Нигора'").get()).toEqual({ birth_date: '1975-06' });
  });

  it('saves, lists, replaces and deletes presets', () => {
    v.call('imports.presets.save', { name: 'Memorial list', mapping: MAPPING });
    v.call('imports.presets.save', { name: 'Memorial list', mapping: { columns: { ФИО: 'name' }, fixed: { country: 'RU' } } });
    const list = v.call('imports.presets.list', {});
    expect(list).toHaveLength(1);
    expect(list[0]?.mapping).toEqual({ columns: { ФИО: 'name' }, fixed: { country: 'RU' } });
    v.call('imports.presets.delete', { name: 'Memorial list' });
    expect(v.call('imports.presets.list', {})).toEqual([]);
    expect(failure(() => v.call('imports.presets.delete', { name: 'Memorial list' })).code).toBe('NOT_FOUND');
  });

  it('is refused to staff', () => {
    v.signInAs('staff');
    expect(failure(() => v.call('imports.inspect', fileInput('people.csv', CSV))).code).toBe('FORBIDDEN');
  });
});
