import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { candidateKeys, datesAgree, identityMatch, namesMatch, plainName, sameNameAndCountry } from '../../../../db/features/people/person-match';

describe('namesMatch', () => {
  it('matches spellings across scripts and word order', () => {
    expect(namesMatch('Ильяшев Марат', 'Marat Il\'yashev')).toBe(true);
    expect(namesMatch('Кабиров', 'Kabirov')).toBe(true);
    expect(namesMatch('Никита Уваров', 'Уваров Никита Сергеевич')).toBe(true);
    expect(namesMatch('刘晓波', '刘晓波')).toBe(true);
  });

  it('keeps different names apart', () => {
    expect(namesMatch('Alimov Rustam', 'Olimov Rustam')).toBe(false);
    expect(namesMatch('Уваров', 'Никита Уваров')).toBe(false);
    expect(namesMatch('Ivan Ivanov', 'Ivan Petrov')).toBe(false);
    expect(namesMatch('', 'Ivan')).toBe(false);
    expect(namesMatch('刘晓波', '刘贤斌')).toBe(false);
  });

  it('needs a different word for each word of the shorter name', () => {
    expect(namesMatch('Ivan Ivan', 'Ivan Petrov')).toBe(false);
  });
});

describe('identityMatch', () => {
  const base = { names: ['Марат Ильяшев'], birthDate: '1970-05-02', countryCode: 'KZ' };

  it('is strong when day-precise birth dates and countries agree', () => {
    expect(identityMatch(base, { names: ['Marat Iliashev'], birthDate: '1970-05-02', countryCode: 'KZ' })).toEqual({
      strong: true,
      names: ['Марат Ильяшев', 'Marat Iliashev'],
    });
  });

  it('is possible when a date is only partly known or missing', () => {
    expect(identityMatch(base, { names: ['Marat Ilyashev'], birthDate: '1970', countryCode: null })?.strong).toBe(false);
  });

  it('rules out disagreeing birth dates or countries', () => {
    expect(identityMatch(base, { ...base, birthDate: '1971' })).toBeNull();
    expect(identityMatch(base, { ...base, countryCode: 'UZ' })).toBeNull();
  });

  it('agrees on any country both are known in, never strongly unless the main ones are equal', () => {
    const heldInKz = { ...base, alsoKnownIn: ['UZ'] };
    expect(identityMatch(heldInKz, { ...base, countryCode: 'UZ' })).toMatchObject({ strong: false });
    expect(identityMatch({ ...base, countryCode: 'TJ' }, { ...base, countryCode: null, alsoKnownIn: ['UZ', 'TJ'] })).toMatchObject({ strong: false });
    expect(identityMatch(heldInKz, { ...base, countryCode: 'TJ', alsoKnownIn: ['KG'] })).toBeNull();
    expect(identityMatch({ ...base, countryCode: null }, { ...base, countryCode: 'TJ' })).toMatchObject({ strong: false });
  });

  it('finds every match through a shared candidate key', () => {
    const a = candidateKeys(['Марат Ильяшев']);
    const b = candidateKeys(["Marat Il'yashev"]);
    expect(a.some((k) => b.includes(k))).toBe(true);
  });
});

describe('datesAgree', () => {
  it('compares partial dates by prefix', () => {
    expect(datesAgree('1970', '1970-05')).toBe(true);
    expect(datesAgree('1970-06', '1970-05-02')).toBe(false);
    expect(datesAgree(null, '1970')).toBe(true);
  });
});

describe('sameNameAndCountry', () => {
  const tr = (...names: string[]) => ({ names, birthDate: null, countryCode: 'TR' });

  it('reads one name across case, accents, apostrophes, hyphens and word order', () => {
    expect(plainName('Ahmet Şık')).toBe(plainName('SIK, Ahmet'));
    expect(plainName('Nguyễn Văn Đài')).toBe('dai nguyen van');
    expect(plainName('ʿAbd al-Raḥmān al-Sadḥān')).toBe(plainName('Abd Al Rahman Al Sadhan'));
    expect(plainName('Ufuk Şanlı')).toBe('sanli ufuk');
  });

  it('needs the same words and a shared country, not a similar name', () => {
    expect(sameNameAndCountry(tr('Seda Taşkın'), tr('Seda Taskin'))).toBe(true);
    expect(sameNameAndCountry(tr('Seda Taşkın'), tr('Seda Taşkın Yıldız'))).toBe(false);
    expect(sameNameAndCountry(tr('Seda Taşkın'), { names: ['Seda Taşkın'], birthDate: null, countryCode: 'DE' })).toBe(false);
    expect(sameNameAndCountry(tr('Seda Taşkın'), { names: ['Seda Taşkın'], birthDate: null, countryCode: 'DE', alsoKnownIn: ['TR'] })).toBe(true);
    expect(sameNameAndCountry({ names: ['Seda Taşkın'], birthDate: null, countryCode: null }, tr('Seda Taşkın'))).toBe(false);
    // Another spelling counts: the person in the vault may be filed under a variant.
    expect(sameNameAndCountry(tr('Ahmet Sik'), tr('Ахмет Шик', 'Ahmet Şık'))).toBe(true);
  });

  it('is symmetric in the names and blind to shuffled words and dropped accents (property)', () => {
    const word = fc.constantFrom('Şık', 'Taşkın', 'Öztürk', 'Nguyễn', 'Đài', 'al-Ḥāmid', 'Çağla', 'İlhan', 'Işık', 'Güneş');
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.nat(), (words, turn) => {
      const shuffled = [...words.slice(turn % words.length), ...words.slice(0, turn % words.length)];
      const plain = shuffled.join(' ').normalize('NFD').replace(/\p{M}+/gu, '').replace(/ı/g, 'i').replace(/đ/gi, 'd');
      expect(sameNameAndCountry(tr(words.join(' ')), tr(plain))).toBe(true);
      expect(sameNameAndCountry(tr(plain), tr(words.join(' ')))).toBe(true);
    }));
  });
});
