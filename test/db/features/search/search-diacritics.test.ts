// Search on a real vault of a few thousand names with Turkish, Arabic-Latin, Vietnamese and other
// Latin diacritics: each is found by its spelling without marks, and a name stored without marks is
// found by its marked spelling; a word with random marks is found both ways (property test).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { diacriticWord } from '../../support/diacritics';
import { createTestVault, type TestVault } from '../../support/test-vault';

/** [marked, bare] pairs written out by hand: the spelling a list typed on an English keyboard has. */
const GIVEN: readonly (readonly [string, string])[] = [
  ['Emre', 'Emre'], ['Şükrü', 'Sukru'], ['Çağlar', 'Caglar'], ['İsmail', 'Ismail'], ['Gökçe', 'Gokce'],
  ['Ayşegül', 'Aysegul'], ['Hüseyin', 'Huseyin'], ['Işıl', 'Isil'], ['Ümit', 'Umit'], ['Doğan', 'Dogan'],
  ['ʿAbd al-Raḥmān', 'Abd al-Rahman'], ['Ḥasan', 'Hasan'], ['Maḥmūd', 'Mahmud'], ['Ṣalāḥ', 'Salah'], ['Saʿīd', 'Said'],
  ['Fāṭima', 'Fatima'], ['ʿAlāʾ', 'Ala'], ['Nguyễn Văn', 'Nguyen Van'], ['Phạm Đoan', 'Pham Doan'], ['Trần Huỳnh', 'Tran Huynh'],
  ['Lê Đình', 'Le Dinh'], ['Huỳnh Thục', 'Huynh Thuc'], ['Søren', 'Soren'], ['Łukasz', 'Lukasz'], ['Jiří', 'Jiri'],
  ['Đorđe', 'Dorde'], ['Ævar', 'Aevar'], ['Məmməd', 'Memmed'], ['Zoë', 'Zoe'], ['José', 'Jose'],
];
const SURNAMES: readonly (readonly [string, string])[] = [
  ['Şık', 'Sik'], ['Taşkın', 'Taskin'], ['Şanlı', 'Sanli'], ['Öztürk', 'Ozturk'], ['Güneş', 'Gunes'],
  ['Yıldız', 'Yildiz'], ['Çelik', 'Celik'], ['Kılıç', 'Kilic'], ['Aydın', 'Aydin'], ['Doğru', 'Dogru'],
  ['Ağaoğlu', 'Agaoglu'], ['Türkoğlu', 'Turkoglu'], ['Karakuş', 'Karakus'], ['Erdoğdu', 'Erdogdu'], ['Sarıgül', 'Sarigul'],
  ['al-Šāmī', 'al-Sami'], ['ʿUthmān', 'Uthman'], ['al-Ḥusaynī', 'al-Husayni'], ['Qāsim', 'Qasim'], ['Ṭāhā', 'Taha'],
  ['Thức', 'Thuc'], ['Trang', 'Trang'], ['Lượng', 'Luong'], ['Vy', 'Vy'], ['Đài', 'Dai'],
  ['Wałęsa', 'Walesa'], ['Kjær', 'Kjaer'], ['Strauß', 'Strauss'], ['Novák', 'Novak'], ['Đukić', 'Dukic'],
  ['Muñoz', 'Munoz'], ['Quỳnh', 'Quynh'], ['Hồ', 'Ho'], ['Dũng', 'Dung'], ['Cường', 'Cuong'],
  ['Əliyev', 'Eliyev'], ['Ilıcak', 'Ilicak'], ['Altın', 'Altin'], ['Bozkuş', 'Bozkus'], ['Uçar', 'Ucar'],
];

interface Stored {
  personId: string;
  stored: string;
  typed: string;
}

describe('search across Latin diacritics on a vault of several thousand names', () => {
  let v: TestVault;
  const people: Stored[] = [];

  beforeAll(() => {
    v = createTestVault();
    v.signInAsAdmin();
    // Every given name with every surname, again with a middle word so that names repeat in part as
    // in real lists: 30 × 40 × 2 = 2,400 people. Every other one is stored without marks.
    const thirds: readonly (readonly [string, string])[] = [['', ''], ['Ərşad', 'Ershad']];
    let i = 0;
    for (const [third, thirdBare] of thirds) {
      for (const [given, givenBare] of GIVEN) {
        for (const [surname, surnameBare] of SURNAMES) {
          const marked = [given, third, surname].filter(Boolean).join(' ');
          const bare = [givenBare, thirdBare, surnameBare].filter(Boolean).join(' ');
          const [stored, typed] = i % 2 === 0 ? [marked, bare] : [bare, marked];
          people.push({ personId: v.call('people.create', { name: stored }).id, stored, typed });
          i += 1;
        }
      }
    }
  }, 120_000);
  afterAll(() => v.close());

  const found = (q: string): string[] => v.call('search.query', { q, limit: 100 }).filter((h) => h.kind === 'name').map((h) => h.personId);

  it('finds the names of the issue by their spelling without marks, and only those', () => {
    for (const [stored, typed] of [['Ahmet Şık', 'Ahmet Sik'], ['Seda Taşkın', 'Seda Taskin'], ['Ufuk Şanlı', 'Ufuk Sanli']] as const) {
      const { id } = v.call('people.create', { name: stored });
      expect(found(typed), typed).toEqual([id]);
      // And the marked spelling as typed still finds it first, as written.
      expect(v.call('search.query', { q: stored, limit: 5 })[0]).toMatchObject({ personId: id, exactScript: true });
    }
  });

  it('finds every one of them by the other spelling of its name', () => {
    expect(people.length).toBeGreaterThanOrEqual(2400);
    const missed = people.filter((p) => !found(p.typed).includes(p.personId)).map((p) => `${p.typed} → ${p.stored}`);
    expect(missed).toEqual([]);
  });

  it('marks the words that matched in the stored spelling', () => {
    const hit = v.call('search.query', { q: 'Seda Taskin', limit: 5 }).find((h) => h.text === 'Seda Taşkın');
    expect(hit?.text && hit.ranges.map(([a, b]) => hit.text?.slice(a, b))).toEqual(['Seda', 'Taşkın']);
  });

  it('finds a word with random marks by its plain spelling and the other way round', () => {
    let n = 0;
    fc.assert(
      fc.property(diacriticWord, fc.boolean(), ({ plain, marked }, storeMarked) => {
        n += 1;
        // A tag word of its own keeps each run's person apart from the thousands above.
        const tag = `Zqvx${n}`;
        const [stored, typed] = storeMarked ? [marked, plain] : [plain, marked];
        const { id } = v.call('people.create', { name: `${stored} ${tag}` });
        expect(found(`${typed} ${tag}`), `${typed} → ${stored}`).toContain(id);
      }),
      { numRuns: 150 },
    );
  });
});
