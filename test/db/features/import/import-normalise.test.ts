// The import's pure readers: header guessing (English and Russian), dates as spreadsheets write
// them (day first when ambiguous), sentences in English and Russian prose, vocabulary words,
// several values in one cell, charges and countries. Table tests plus a property on dates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { guessField, guessMapping } from '../../../../db/features/import/rules/import-headers';
import { readCharges } from '../../../../db/features/import/rules/import-charges';
import { parseLooseDate } from '../../../../db/features/import/rules/import-dates';
import { readSentence } from '../../../../db/features/import/rules/import-sentence';
import { splitCell, vocabularyValue } from '../../../../db/features/import/rules/import-vocab';
import { noteText } from '../../../../db/features/import/import-messages';
import { countryIndex, readValue } from '../../../../db/features/import/import-values';

describe('header guessing', () => {
  it.each([
    ['Name', 'name'], ['Full name', 'name'], ['ФИО', 'name'], ['Ф.И.О.', 'name'], ['Имя', 'name'],
    ['Gender', 'sex'], ['Пол', 'sex'], ['Date of Birth', 'birthDate'], ['DATE_OF_BIRTH', 'birthDate'], ['дата рождения:', 'birthDate'],
    ['Sentence', 'sentence'], ['Приговор', 'sentence'], ['Срок', 'sentence'], ['Place', 'place'], ['Город', 'place'],
    ['Source', 'source'], ['Источник', 'source'], ['Country', 'country'], ['Страна', 'country'], ['Charges', 'charges'],
    ['Статья', 'charges'], ['Статьи', 'charges'], ['Date of Death', 'deathDate'], ['Facility', 'facility'], ['Учреждение', 'facility'],
    ['Колония', 'facility'], ['Arrested', 'detentionStart'], ['Дата ареста', 'detentionStart'], ['Notes', 'notes'], ['Примечания', 'notes'],
    ['Описание', 'notes'], ['Category', 'notes'], ['Категория', 'notes'], ['Дата  ареста ', 'detentionStart'],
  ])('%s → %s', (header, field) => expect(guessField(header)).toBe(field));

  it('leaves unknown headers out and maps a field to its first column only (notes may take several)', () => {
    expect(guessField('Favourite colour')).toBeNull();
    expect(guessMapping(['Name', 'ФИО', 'Notes', 'Описание', 'Colour']).columns).toEqual({ Name: 'name', Notes: 'notes', Описание: 'notes' });
  });
});

describe('dates', () => {
  it.each([
    ['1970', '1970', false], ['1970-05', '1970-05', false], ['1970-05-02', '1970-05-02', false], ['1970/5/2', '1970-05-02', false],
    ['02.05.1970', '1970-05-02', true], ['2.5.1970', '1970-05-02', true], ['25/12/1970', '1970-12-25', false], ['12/25/1970', '1970-12-25', false],
    ['05.1970', '1970-05', false], ['March 2021', '2021-03', false], ['март 2021', '2021-03', false], ['марта 2021 г.', '2021-03', false],
    ['15 марта 2021', '2021-03-15', false], ['March 15, 2021', '2021-03-15', false], ['1970 год', '1970', false],
    ['2021-03-15T00:00:00.000Z', '2021-03-15', false], ['01.01.1970', '1970-01-01', false],
  ])('%s → %s (ambiguous %s)', (raw, value, ambiguous) => expect(parseLooseDate(raw)).toEqual({ value, ambiguous }));

  it.each(['', 'unknown', '1952-08021', '19812', '1954-02-29', '31.02.2020', 'Mars 2021', '13/13/2020'])('refuses %j', (raw) => expect(parseLooseDate(raw)).toBeNull());

  it('reads every real day written DD.MM.YYYY back to that day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split('-');
        expect(parseLooseDate(`${day}.${m}.${y}`)?.value).toBe(iso);
      }),
    );
  });
});

describe('sentences', () => {
  it.each([
    ['7 years 6 months', { kind: 'term', years: 7, months: 6, days: 0 }],
    ['7 лет 6 месяцев', { kind: 'term', years: 7, months: 6, days: 0 }],
    ['Приговорён к 5 годам колонии общего режима', { kind: 'term', years: 5, months: 0, days: 0 }],
    ['2 года и 3 месяца', { kind: 'term', years: 2, months: 3, days: 0 }],
    ['1 год 10 дней', { kind: 'term', years: 1, months: 0, days: 10 }],
    ['2.5 years', { kind: 'term', years: 2, months: 6, days: 0 }],
    ['life', { kind: 'life' }],
    ['Пожизненно', { kind: 'life' }],
    ['2019-12-07', { kind: 'ends', date: '2019-12-07', ambiguous: false }],
    ['2024-08', { kind: 'ends', date: '2024-08', ambiguous: false }],
    ['до 03.04.2027', { kind: 'ends', date: '2027-04-03', ambiguous: true }],
  ])('%s', (raw, reading) => expect(readSentence(raw)).toEqual(reading));

  it.each(['unknown', 'detention', 'death', 'неизвестно', 'Not Sentenced', 'не осуждена'])('%s gives no sentence, with a reason', (raw) => expect(readSentence(raw)).toMatchObject({ kind: 'none' }));
  it('does not guess at prose without a term', () => expect(readSentence('released on bail')).toBeNull());
});

describe('vocabularies and cells with several values', () => {
  it.each([
    ['sex', 'Male', 'male'], ['sex', ' F ', 'female'], ['sex', 'м', 'male'], ['sex', 'Женский', 'female'], ['sex', 'femal', null],
    ['professions', 'Journalist', 'journalist'], ['professions', 'правозащитник', 'human_rights_defender'], ['professions', 'Human-rights defender', 'human_rights_defender'],
    ['detentionType', 'СИЗО', 'pre_trial'], ['detentionType', 'house arrest', 'house_arrest'], ['detentionType', 'Исправительная колония', 'prison_colony'],
    ['caseStatus', 'open', 'active'], ['confidentiality', 'да', 'confidential'],
  ] as const)('%s %j → %s', (field, raw, value) => expect(vocabularyValue(field, raw)).toBe(value));

  it('splits on ; , / | and line breaks, but not inside an article number', () => {
    expect(splitCell('journalist; blogger, lawyer / student|other\nactivist')).toEqual(['journalist', 'blogger', 'lawyer', 'student', 'other', 'activist']);
    expect(splitCell('205,2')).toEqual(['205,2']);
  });

  it('reads several professions in a cell and warns about the unknown ones', () => {
    const r = readValue('professions', 'журналист; blogger; astronaut', new Map(), '');
    expect(r.parsed).toEqual(['journalist', 'blogger']);
    expect(r.note).toMatchObject({ code: 'professionsUnrecognised', field: 'professions', params: { values: 'astronaut' } });
    expect(r.note && noteText(r.note)).toMatch(/"astronaut"/);
  });
});

describe('charges and countries', () => {
  it('reads articles with the code named in the cell, leaving out parts and years', () => {
    expect(readCharges('205.2 УК РФ; 280', 'X')).toEqual([{ code: 'УК РФ', article: '205.2' }, { code: 'УК РФ', article: '280' }]);
    expect(readCharges('(ст. 205.3, 223.1, ч. 2 222.1 УК РФ) 2021', 'X').map((c) => c.article)).toEqual(['205.3', '223.1', '222.1']);
    expect(readCharges('174, 405', 'UK RK')).toEqual([{ code: 'UK RK', article: '174' }, { code: 'UK RK', article: '405' }]);
  });

  it('knows a country by code, English or Russian name', () => {
    const index = countryIndex([{ code: 'KZ', nameEn: 'Kazakhstan', nameRu: 'Казахстан' }]);
    for (const raw of ['KZ', 'kz', 'Kazakhstan', 'КАЗАХСТАН']) expect(readValue('country', raw, index, '').value).toBe('KZ');
    expect(readValue('country', 'Narnia', index, '').status).toBe('unrecognised');
  });
});
