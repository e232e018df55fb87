// A generated census of political prisoners shaped like the public lists NGOs publish: one row
// per person per census year (2022, 2023), English-language spellings with Turkish, Arabic and
// Vietnamese diacritics (sometimes dropped in the other year), no birth dates, and sentences,
// charges, prisons and organisations that sometimes change between the years. Seeded, so every
// run is the same file; the people behind the rows are returned too, so tests can compute what
// the import must give without asking the code under test.
import { seededRandom } from '../../support/seeded-random';

export interface CensusRow {
  /** The person behind the row (not in the file). */
  person: number;
  name: string;
  country: string;
  year: string;
  sentence: string;
  charges: string;
  prison: string;
  organisation: string;
}

interface Nation {
  country: string;
  code: string;
  first: readonly string[];
  last: readonly string[];
  prisons: readonly string[];
  organisations: readonly string[];
  articles: readonly string[];
}

const NATIONS: readonly Nation[] = [
  {
    country: 'Türkiye', code: 'TR',
    first: ['Ahmet', 'Mehmet', 'Seda', 'Ufuk', 'Gülşen', 'İlhan', 'Şebnem', 'Çağla', 'Öykü', 'Barış', 'Nazlı', 'Emre', 'Şahin', 'Ayşe', 'Gökhan', 'Özgür', 'Tuğba', 'Hüseyin', 'Zeynep', 'Kübra'],
    last: ['Şık', 'Taşkın', 'Şanlı', 'Öztürk', 'Çelik', 'Yıldız', 'Güneş', 'Doğan', 'Kılıç', 'Aydın', 'Karagöz', 'Erdoğdu', 'Şimşek', 'Korkmaz', 'Özdemir', 'Bayraktar', 'Ünal', 'Gündüz', 'Çakır', 'Akgül', 'Sönmez', 'Türkmen', 'Uğur', 'Işık', 'Yüksel'],
    prisons: ['Silivri Prison', 'Sincan Prison', 'Kandıra Prison', 'Edirne F-Type Prison'],
    organisations: ['HDP', 'Cumhuriyet', 'ÇHD', 'Evrensel'],
    articles: ['Art. 314', 'Art. 299', 'Art. 301', 'Art. 220, 314'],
  },
  {
    country: 'Saudi Arabia', code: 'SA',
    first: ['ʿAbd al-Raḥmān', 'Salmā', 'Muḥammad', 'ʿĀʾisha', 'Khālid', 'Lujayn', 'Yūsuf', 'Nūra', 'ʿIṣām', 'Fāṭima', 'Ḥasan', 'Samar'],
    last: ['al-Sadḥān', 'al-Shihāb', 'al-Ghāmidī', 'al-Qaḥṭānī', 'al-Hudhlūl', 'al-ʿAwda', 'al-Ḥāmid', 'al-Rashīd', 'al-Maṭrūdī', 'al-Zahrānī', 'al-Shammarī', 'al-Dawsarī', 'al-Faqīh', 'al-Bishrī'],
    prisons: ['al-Ḥāʾir Prison', 'Dhahbān Prison', 'al-Malaz Prison'],
    organisations: ['ACPRA', 'Women to Drive', 'al-Qist'],
    articles: ['Article 30', 'Article 34', 'Article 6, 30'],
  },
  {
    country: 'Vietnam', code: 'VN',
    first: ['Nguyễn Văn', 'Phạm Đoan', 'Trần Huỳnh', 'Lê Đình', 'Hoàng Đức', 'Đỗ Thị', 'Vũ Quang', 'Bùi Thị', 'Đặng Ngọc', 'Huỳnh Thục'],
    last: ['Đài', 'Trang', 'Thức', 'Lượng', 'Bình', 'Minh', 'Thuận', 'Hằng', 'Vy', 'Kha', 'Dũng', 'Hiếu', 'Quyết', 'Tuấn', 'Phương'],
    prisons: ['Hỏa Lò Prison', 'Prison No. 6', 'An Phước Prison', 'Gia Trung Prison'],
    organisations: ['Brotherhood for Democracy', 'Independent Journalists Association', 'Viet Tan'],
    articles: ['Article 117', 'Article 331', 'Article 109', 'Article 117, 331'],
  },
];

const SENTENCES = ['6 years', '4 years 6 months', '10 years', '2 years', '8 years', 'life', '3 years 6 months', ''];

/** Accents dropped, as a second list often writes a name. */
export const withoutAccents = (name: string): string =>
  name.normalize('NFD').replace(/\p{M}+/gu, '').replace(/ı/g, 'i').replace(/[ʿʾ]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** Two names are one name when they have the same words, accents and case aside, in any order. */
const nameKey = (name: string, code: string): string => `${withoutAccents(name).toLowerCase().split(/[\s-]+/).sort().join(' ')}|${code}`;

export interface Census {
  rows: CensusRow[];
  /** How many people are behind the rows. */
  people: number;
  /** Person numbers of the namesakes: two people of one name and country in the same year. */
  namesakes: Set<number>;
}

/**
 * `people` people, most in both years, some in one; `namesakes` pairs of two different people
 * sharing name and country, both listed in 2023 only. Rows are ordered by year, then shuffled
 * within the year, as an export of two yearly sheets pasted one under the other.
 */
export function census(people = 1100, namesakes = 15, seed = 2023): Census {
  const rnd = seededRandom(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const taken = new Set<string>();
  const rows: CensusRow[] = [];
  const extra = new Set<number>();
  let person = 0;
  const add = (nation: Nation, name: string, years: readonly string[]) => {
    const id = person++;
    let sentence = pick(SENTENCES);
    let prison = pick(nation.prisons);
    let organisation = pick(nation.organisations);
    let charges = pick(nation.articles);
    for (const year of years) {
      rows.push({ person: id, name, country: nation.country, year, sentence, charges, prison, organisation });
      // Between the years: some are moved, resentenced, newly charged or listed with another group.
      if (rnd() < 0.25) prison = pick(nation.prisons);
      if (rnd() < 0.15) sentence = pick(SENTENCES);
      if (rnd() < 0.2) charges = pick(nation.articles);
      if (rnd() < 0.15) organisation = pick(nation.organisations);
    }
    return id;
  };
  while (person < people) {
    const nation = pick(NATIONS);
    // About half carry a second given name (Ahmet Emre Şık), as the lists write them.
    const given = rnd() < 0.5 ? pick(nation.first) : `${pick(nation.first)} ${pick(nation.first)}`;
    const name = `${given} ${pick(nation.last)}`;
    const key = nameKey(name, nation.code);
    if (taken.has(key)) continue;
    taken.add(key);
    const r = rnd();
    add(nation, name, r < 0.82 ? ['2022', '2023'] : r < 0.91 ? ['2022'] : ['2023']);
  }
  const firstRows = rows.length;
  for (let i = 0; i < namesakes; i++) {
    const nation = pick(NATIONS);
    const name = `${pick(nation.first)} ${pick(nation.last)} ${pick(nation.last)}`;
    const key = nameKey(name, nation.code);
    if (taken.has(key)) {
      i--;
      continue;
    }
    taken.add(key);
    extra.add(add(nation, name, ['2023']));
    extra.add(add(nation, name, ['2023']));
  }
  // The 2023 sheet drops the accents of about one name in ten.
  for (const row of rows.slice(0, firstRows)) if (row.year === '2023' && rnd() < 0.1) row.name = withoutAccents(row.name);
  const byYear = (year: string) => {
    const list = rows.filter((r) => r.year === year);
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [list[i], list[j]] = [list[j] as CensusRow, list[i] as CensusRow];
    }
    return list;
  };
  return { rows: [...byYear('2022'), ...byYear('2023')], people: person, namesakes: extra };
}

const cell = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The census as the CSV an NGO would export: English headers, one row per person per year. */
export function censusCsv(rows: readonly CensusRow[]): string {
  const lines = rows.map((r) => [r.name, r.country, r.year, r.sentence, r.charges, r.prison, r.organisation].map(cell).join(','));
  return ['Name,Country,Year,Sentence,Charges,Prison,Organisation', ...lines].join('\n') + '\n';
}
