// A made-up list shaped like the public exports NGOs publish in English: one row per person, names
// with Turkish, Arabic and Vietnamese diacritics, countries written as people write them ("Turkey",
// "U.S.", "Burma", "DR Congo", "Киргизия"), a status in words, charges in words and sentences in
// words ("Six Years", "3 to 8 years", "пять лет и шесть месяцев"). Every cell comes with what it
// should become, written here by hand, so a test can work the expected figures out on its own
// instead of asking the code under test.
import { seededRandom } from '../../support/seeded-random';

/** A country spelling and the ISO code it means (null: no one can tell; the user must say). */
export const COUNTRY_SPELLINGS: readonly (readonly [string, string | null])[] = [
  ['Turkey', 'TR'], ['Türkiye', 'TR'], ['TURKIYE', 'TR'], ['USA', 'US'], ['United States', 'US'], ['U.S.', 'US'], ['UK', 'GB'],
  ['Russia', 'RU'], ['Russian Federation', 'RU'], ['Iran', 'IR'], ['Syria', 'SY'], ['DR Congo', 'CD'], ['Democratic Republic of the Congo', 'CD'],
  ['Congo-Kinshasa', 'CD'], ['Myanmar', 'MM'], ['Burma', 'MM'], ['Palestine', 'PS'], ['Israel and the Occupied Palestinian Territory', 'PS'],
  ['Ivory Coast', 'CI'], ['Czechia', 'CZ'], ['Kyrgyzstan', 'KG'], ['Kirgizia', 'KG'], ['Киргизия', 'KG'], ['Macedonia', 'MK'], ['Swaziland', 'SZ'],
  ['Viet Nam', 'VN'], ['Vietnam', 'VN'], ['Egypt', 'EG'], ['Saudi Arabia', 'SA'], ['Узбекистан', 'UZ'], ['Belarus', 'BY'], ['Белоруссия', 'BY'],
  ['Kurdistan', null],
];

/** The unreadable spelling and the country the user says it means in the tests. */
export const UNREADABLE_COUNTRY = 'Kurdistan';
export const UNREADABLE_MEANS = 'IQ';

export type Fate = 'imprisoned' | 'released' | 'killed' | 'died_in_custody' | 'missing' | 'executed';
export const STATUS_SPELLINGS: readonly (readonly [string, Fate])[] = [
  ['Imprisoned', 'imprisoned'], ['In prison', 'imprisoned'], ['В заключении', 'imprisoned'], ['Released', 'released'], ['Освобождён', 'released'],
  ['Killed', 'killed'], ['Убит', 'killed'], ['Died in custody', 'died_in_custody'], ['Умер в заключении', 'died_in_custody'], ['Missing', 'missing'],
  ['Disappeared', 'missing'], ['Пропал без вести', 'missing'], ['Executed', 'executed'],
];

/** A charge cell, the charge texts and the categories it should give (in order). */
export const CHARGE_SPELLINGS: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ['Anti-state', ['Anti-state'], ['anti_state_extremism']],
  ['False news', ['False news'], ['false_information']],
  ['Terrorism', ['Terrorism'], ['terrorism']],
  ['Extremism; Hooliganism', ['Extremism', 'Hooliganism'], ['anti_state_extremism', 'hooliganism']],
  ['Membership in a banned organisation', ['Membership in a banned organisation'], ['anti_state_extremism']],
  ['Экстремизм', ['Экстремизм'], ['anti_state_extremism']],
  ['Хулиганство', ['Хулиганство'], ['hooliganism']],
  ['Insulting the president', ['Insulting the president'], ['insulting_officials']],
  ['Espousing unorthodox ideas', ['Espousing unorthodox ideas'], ['other']],
];

/** A sentence cell and the term it means: [years, months, maxYears | null]; null: no sentence. */
export const SENTENCE_SPELLINGS: readonly (readonly [string, readonly [number, number, number | null] | null])[] = [
  ['Six Years', [6, 0, null]], ['Four Years and Six Months', [4, 6, null]], ['3 to 8 years', [3, 0, 8]], ['шесть лет', [6, 0, null]],
  ['пять лет и шесть месяцев', [5, 6, null]], ['от 2 до 5 лет', [2, 0, 5]], ['10 years', [10, 0, null]], ['', null],
];

const GIVEN = [
  'Ahmet', 'Şükrü', 'Gülşen', 'İbrahim', 'Özgür', 'Çağla', 'Seda', 'Ufuk', 'Ümit', 'Ayşe', 'Muḥammad', 'ʿAlī', 'Fāṭima', 'Ḥasan', 'Zaynab',
  'ʿAbd al-Raḥmān', 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng', 'Bùi', 'Võ', 'Ngô', 'Dương', 'Yusuf', 'Ömer', 'Hüseyin', 'Rūḥ Allāh',
];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'bin', 'ibn', 'Kemal', 'Nūr', 'Hải', 'Quốc', 'Şahin', 'Ṣāliḥ', 'Xuân', 'Hữu', 'Tuấn', 'Aḥmad', 'Bảo', 'Ngọc', 'Cem', 'Ḍiyāʾ'];
const FAMILY = [
  'Şık', 'Taşkın', 'Şanlı', 'Yıldız', 'Öztürk', 'Çelik', 'Doğan', 'Kılıç', 'Aydın', 'Güneş', 'al-Ḥasanī', 'al-Qaḥṭānī', 'ʿAbd Allāh', 'al-Ṭāʾī',
  'Ḥaddād', 'Đài', 'Quang', 'Thủy', 'Dũng', 'Trọng', 'Khánh', 'Hùng', 'Phương', 'Thắng', 'Tâm', 'Erdoğan', 'Ağaoğlu', 'Büyükkaya', 'Mansūr', 'Yūsuf',
];

export interface WordsRow {
  name: string;
  country: string;
  status: string;
  charges: string;
  sentence: string;
  /** What the row means, filled by the generator from the tables above. */
  expect: { code: string | null; fate: Fate; charges: readonly string[]; categories: readonly string[]; sentence: readonly [number, number, number | null] | null };
}

/** `count` rows with distinct names; every `noNameEvery`-th row has no name. */
export function wordsRows(count: number, seed = 7, noNameEvery = 97): WordsRow[] {
  const next = seededRandom(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const names = new Set<string>();
  const rows: WordsRow[] = [];
  for (let i = 0; rows.length < count; i += 1) {
    const name = `${pick(GIVEN)} ${pick(MIDDLE)} ${pick(FAMILY)}`;
    if (names.has(name)) continue;
    names.add(name);
    const [country, code] = pick(COUNTRY_SPELLINGS);
    const [status, fate] = pick(STATUS_SPELLINGS);
    const [charges, texts, categories] = pick(CHARGE_SPELLINGS);
    const [sentence, term] = pick(SENTENCE_SPELLINGS);
    const nameless = (rows.length + 1) % noNameEvery === 0;
    rows.push({ name: nameless ? '' : name, country, status, charges, sentence, expect: { code, fate, charges: texts, categories, sentence: term } });
  }
  return rows;
}

const cell = (s: string): string => (/[,"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The rows as a comma-separated file with English headers, plus a column no field takes. */
export function wordsCsv(rows: readonly WordsRow[]): string {
  const lines = ['Name,Country,Status,Charges,Sentence,Remarks', ...rows.map((r) => [r.name, r.country, r.status, r.charges, r.sentence, 'as reported'].map(cell).join(','))];
  return `${lines.join('\n')}\n`;
}
