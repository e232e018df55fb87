// Words in spreadsheet cells that name countries, statuses, charges and sentences, read as Habeas
// stores them: country names beyond CLDR (case and diacritics ignored), a status column in English
// and Russian, charges in words with a category where one fits, sentences in words and ranges.
import { describe, expect, it } from 'vitest';

import { BUILT_IN_COUNTRY_NAMES, foldCountryName } from '../../../../db/features/import/rules/country-names';
import { readCharges } from '../../../../db/features/import/rules/import-charges';
import { readSentence } from '../../../../db/features/import/rules/import-sentence';
import { readStatus, statusOutcome } from '../../../../db/features/import/rules/import-status';

const country = (raw: string) => BUILT_IN_COUNTRY_NAMES.get(foldCountryName(raw)) ?? null;

describe('country names people write', () => {
  it.each([
    ['Turkey', 'TR'], ['TURKIYE', 'TR'], ['USA', 'US'], ['U.S.', 'US'], ['u.s.a.', 'US'], ['United States of America', 'US'], ['UK', 'GB'], ['Great Britain', 'GB'],
    ['Russian Federation', 'RU'], ['Islamic Republic of Iran', 'IR'], ['Syrian Arab Republic', 'SY'], ['DR Congo', 'CD'], ['Democratic Republic of the Congo', 'CD'],
    ['Congo-Kinshasa', 'CD'], ['Congo (Brazzaville)', 'CG'], ['Burma', 'MM'], ['Palestine', 'PS'], ['Israel and the Occupied Palestinian Territory', 'PS'],
    ['Ivory Coast', 'CI'], ["Côte d'Ivoire", 'CI'], ['Czech Republic', 'CZ'], ['Kirgizia', 'KG'], ['Kyrgyz Republic', 'KG'], ['Кыргызстан', 'KG'], ['Macedonia', 'MK'],
    ['Swaziland', 'SZ'], ['Viet Nam', 'VN'], ['Белоруссия', 'BY'], ['The UK', 'GB'],
  ])('%s → %s', (raw, code) => expect(country(raw)).toBe(code));

  it('leaves a name that could be two countries to the user', () => {
    expect(country('Congo')).toBeNull();
    expect(country('Korea')).toBeNull();
  });

  it('folds case, diacritics and dotted initials alike', () => {
    expect(foldCountryName('TÜRKİYE')).toBe(foldCountryName('turkiye'));
    expect(foldCountryName('U.S.')).toBe('us');
    expect(foldCountryName('Côte d’Ivoire')).toBe('cote d ivoire');
  });
});

describe('status column', () => {
  it.each([
    ['Imprisoned', 'imprisoned'], ['В заключении', 'imprisoned'], ['Released', 'released'], ['Освобождена', 'released'], ['Killed', 'killed'], ['убит', 'killed'],
    ['Died in custody', 'died_in_custody'], ['Умер в заключении', 'died_in_custody'], ['Missing', 'missing'], ['Disappeared', 'missing'],
    ['Пропал без вести', 'missing'], ['Executed', 'executed'], ['Казнён', 'executed'],
  ])('%s → %s', (raw, status) => expect(readStatus(raw)).toBe(status));

  it('never keeps a killed or missing person held', () => {
    for (const s of ['killed', 'died', 'died_in_custody', 'executed'] as const) expect(statusOutcome(s, null)).toMatchObject({ caseStatus: 'closed', closingReason: 'died', ends: true });
    expect(statusOutcome('missing', null)).toMatchObject({ ends: true, releaseReason: 'disappeared', caseStatus: null });
    expect(statusOutcome('imprisoned', null)).toMatchObject({ detentionWithoutDetails: true, ends: false, caseStatus: null });
    // A death date outweighs a status that says otherwise.
    expect(statusOutcome('imprisoned', '2021-05')).toMatchObject({ closingReason: 'died', ends: true });
    expect(readStatus('on holiday')).toBeNull();
  });
});

describe('charges in words', () => {
  it('keeps the words as the charge, with a category where one fits, and the article when given', () => {
    expect(readCharges('Anti-state', 'X')).toEqual([{ code: 'X', article: '', text: 'Anti-state', category: 'anti_state_extremism' }]);
    expect(readCharges('False news; Terrorism', 'X').map((c) => [c.text, c.category])).toEqual([['False news', 'false_information'], ['Terrorism', 'terrorism']]);
    expect(readCharges('Membership in a banned organisation', 'X')[0]?.category).toBe('anti_state_extremism');
    expect(readCharges('Участие в деятельности запрещённой организации', 'X')[0]?.category).toBe('anti_state_extremism');
    expect(readCharges('Экстремизм; хулиганство', 'X').map((c) => c.category)).toEqual(['anti_state_extremism', 'hooliganism']);
    expect(readCharges('ст. 207.3 УК РФ (распространение заведомо ложной информации)', 'X')).toEqual([
      { code: 'УК РФ', article: '207.3', text: 'распространение заведомо ложной информации', category: 'false_information' },
    ]);
    expect(readCharges('Anti-state (Art. 299)', 'CC (TR)')).toEqual([{ code: 'CC (TR)', article: '299', text: 'Anti-state', category: 'anti_state_extremism' }]);
    // Never refused: no category fits, the words are still the charge.
    expect(readCharges('Espousing unorthodox ideas', 'X')).toEqual([{ code: 'X', article: '', text: 'Espousing unorthodox ideas' }]);
  });
});

describe('sentences in words', () => {
  it.each([
    ['Six Years', { kind: 'term', years: 6, months: 0, days: 0 }],
    ['Four Years and Six Months', { kind: 'term', years: 4, months: 6, days: 0 }],
    ['шесть лет', { kind: 'term', years: 6, months: 0, days: 0 }],
    ['пять лет и шесть месяцев', { kind: 'term', years: 5, months: 6, days: 0 }],
    ['к шести годам лишения свободы', { kind: 'term', years: 6, months: 0, days: 0 }],
    ['twenty five years', { kind: 'term', years: 25, months: 0, days: 0 }],
    ['3 to 8 years', { kind: 'term', years: 3, months: 0, days: 0, max: { years: 8, months: 0, days: 0 } }],
    ['от 3 до 8 лет', { kind: 'term', years: 3, months: 0, days: 0, max: { years: 8, months: 0, days: 0 } }],
    ['between 2 and 4 years', { kind: 'term', years: 2, months: 0, days: 0, max: { years: 4, months: 0, days: 0 } }],
    ['7 years plus a fine', { kind: 'term', years: 7, months: 0, days: 0, unread: 'plus fine' }],
  ])('%s', (raw, reading) => expect(readSentence(raw)).toEqual(reading));
});
