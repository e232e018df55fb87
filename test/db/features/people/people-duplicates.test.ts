// people.possibleDuplicates on a real encrypted vault: a Cyrillic record found by its Latin spelling
// (and the other way round), a different birth year or country ruled out (a citizen held abroad met
// from either country), strong matches first, Han and pinyin meeting, confidential people shown by
// name without contacts, staff refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { withPinyin } from '../../../../db/features/people/people-duplicates';
import { createTestVault, failure, type TestVault } from '../../support/test-vault';

describe('people.possibleDuplicates', () => {
  let v: TestVault;
  let ilyashevCase: string;
  let ilyashev: string;
  let namesake: string;
  let secret: string;

  /** A person with an accepted referral (so a case), as intake makes them. */
  const person = (
    name: string,
    more: { birthDate?: string; countryCode?: string; citizenship?: string; confidential?: boolean; variants?: string[] } = {},
  ) => {
    const referral = v.call('referrals.create', {
      receivedOn: '2025-12-01',
      channel: 'family',
      countryCode: more.countryCode ?? 'KZ',
      person: {
        name,
        nameVariants: (more.variants ?? []).map((n) => ({ name: n })),
        ...(more.birthDate ? { birthDate: more.birthDate } : {}),
        ...(more.citizenship ? { citizenship: more.citizenship } : {}),
        confidentiality: more.confidential ? 'confidential' : 'normal',
      },
    });
    const decided = v.call('referrals.decide', { id: referral.id, decision: 'accepted' });
    return { personId: referral.personId, caseId: decided.caseId };
  };

  beforeAll(() => {
    v = createTestVault();
    v.signInAsAdmin();
    const a = person('Ильяшев Марат', { birthDate: '1970-05-02' });
    ilyashev = a.personId;
    ilyashevCase = a.caseId ?? '';
    namesake = person('Ilyashev Marat', { birthDate: '1985', countryCode: 'UZ' }).personId;
    person('Ильяшев Тимур', { birthDate: '1970' });
    secret = person('Сериков Данияр Болатович', { confidential: true }).personId;
    v.call('contacts.create', { personId: secret, name: 'Болат Сериков', relation: 'father', reach: '+7 701 000 00 00' });
    person('刘晓波', { countryCode: 'KG' });
  });
  afterAll(() => v.close());

  const duplicates = (input: { name: string; nameVariants?: string[]; birthDate?: string; countryCode?: string; citizenship?: string }) =>
    v.call('people.possibleDuplicates', input);
  const ids = (input: Parameters<typeof duplicates>[0]) => duplicates(input).map((d) => d.personId);

  it('finds a Cyrillic record by a Latin spelling in any order, with its latest case', () => {
    const found = duplicates({ name: 'Marat Ilyashev', birthDate: '1970', countryCode: 'KZ' });
    expect(found).toEqual([
      {
        personId: ilyashev,
        name: 'Ильяшев Марат',
        nameVariants: [],
        birthDate: '1970-05-02',
        countryCode: 'KZ',
        caseId: ilyashevCase,
        strong: false,
        confidential: false,
      },
    ]);
  });

  it('meets a citizen of one country held in another from either country, and no third', () => {
    const held = person('Тошматов Бахтиёр', { citizenship: 'UZ', countryCode: 'KZ' }).personId;
    const found = (query: { countryCode?: string; citizenship?: string }) =>
      duplicates({ name: 'Toshmatov Bakhtiyor', ...query }).map((d) => [d.personId, d.countryCode, d.strong]);
    expect(found({ countryCode: 'KZ' })).toEqual([[held, 'KZ', false]]);
    expect(found({ countryCode: 'UZ' })).toEqual([[held, 'KZ', false]]);
    expect(found({ countryCode: 'TJ' })).toEqual([]);
    expect(found({ countryCode: 'TJ', citizenship: 'UZ' })).toEqual([[held, 'KZ', false]]);
    // What the person is known in never reaches the answer beyond the country shown.
    expect(duplicates({ name: 'Toshmatov Bakhtiyor' })[0]).not.toHaveProperty('alsoKnownIn');
  });

  it('rules out a different birth year and a different country, and a different first name', () => {
    expect(ids({ name: 'Iliashev Marat', birthDate: '1971' })).toEqual([]);
    expect(ids({ name: 'Iliashev Marat', countryCode: 'TJ' })).toEqual([]);
    expect(ids({ name: 'Iliashev Ruslan' })).toEqual([]);
  });

  it('lists every namesake when birth date and country are not known yet, the strong match first', () => {
    expect(ids({ name: 'Ilyashev Marat' }).sort()).toEqual([ilyashev, namesake].sort());
    expect(duplicates({ name: 'Ilyashev Marat', birthDate: '1970-05-02', countryCode: 'KZ' })[0]).toMatchObject({ personId: ilyashev, strong: true });
  });

  it('matches through a spelling typed at intake, and a name without its patronymic', () => {
    expect(ids({ name: 'M. Ilyashev', nameVariants: ['Ильяшев Марат'], birthDate: '1970' })).toEqual([ilyashev]);
    expect(ids({ name: 'Serikov Daniyar' })).toEqual([secret]);
  });

  it('shows a confidential person by name, flagged, and never any contact', () => {
    const [hit] = duplicates({ name: 'Данияр Сериков' });
    expect(hit).toMatchObject({ personId: secret, name: 'Сериков Данияр Болатович', confidential: true });
    expect(JSON.stringify(hit)).not.toContain('+7 701 000 00 00');
    expect(JSON.stringify(hit)).not.toContain('Болат Сериков');
  });

  it('meets a Han record and its pinyin, both ways', () => {
    expect(duplicates({ name: 'Liu Xiaobo' }).map((d) => d.name)).toEqual(['刘晓波']);
    expect(duplicates({ name: 'Xiaobo Liu', countryCode: 'KG' }).map((d) => d.name)).toEqual(['刘晓波']);
    person('Wang Wei');
    expect(duplicates({ name: '王伟' }).map((d) => d.name)).toEqual(['Wang Wei']);
    // A name already divided into words reads one word per part.
    expect(withPinyin(['伊力哈木·土赫提'])).toEqual(['伊力哈木·土赫提', 'yilihamu tuheti']);
  });

  it('finds nobody for a single common word that is only part of other names', () => {
    expect(ids({ name: 'Marat' })).toEqual([]);
  });

  it('knows a person with only a pending referral by that referral\'s country', () => {
    const pending = v.call('referrals.create', { receivedOn: '2025-12-02', channel: 'lawyer', countryCode: 'TJ', person: { name: 'Рахимов Зафар' } });
    const ask = (countryCode: string) => v.call('people.possibleDuplicates', { name: 'Zafar Rakhimov', countryCode });
    expect(ask('TJ')).toMatchObject([{ personId: pending.personId, countryCode: 'TJ', caseId: null }]);
    expect(ask('KG')).toEqual([]);
  });

  it('is for editors only: staff may not ask', () => {
    v.signInAs('staff');
    expect(failure(() => duplicates({ name: 'Ilyashev Marat' })).code).toBe('FORBIDDEN');
    v.signInAsAdmin();
  });
});
