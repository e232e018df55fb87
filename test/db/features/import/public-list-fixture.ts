// A realistic public list of imprisoned, killed and missing people, written for the tests (no
// copyrighted data): one row per person per census year (2022 and 2023, most people in both), 33
// columns, English names with Turkish, Arabic and Vietnamese diacritics, countries spelled the way
// English-language NGOs write them (and a few no table knows), status, charges and sentences in
// words, arrest dates missing, year-only or full. `truth` is what the rows mean, kept beside them so
// a test can compute the expected people, cases and figures without the code under test.
import Papa from 'papaparse';
import { seededRandom } from '../../support/seeded-random';

export const CENSUS_YEARS = [2022, 2023] as const;
export type CensusStatus = 'Imprisoned' | 'Released' | 'Killed' | 'Missing';

export interface CensusPersonTruth {
  name: string;
  /** ISO code of the country the person is held (or was killed or went missing) in. */
  country: string;
  /** Status in each census year the person appears in. */
  years: Partial<Record<(typeof CENSUS_YEARS)[number], CensusStatus>>;
  /** The arrest date as written in the rows: '' (unknown), '2019' or '2019-05-14'. */
  arrest: string;
  /** Charge words of every row, deduplicated (what must all be kept). */
  charges: string[];
  /** Facilities of every row, deduplicated. */
  facilities: string[];
}

/** Country spellings people write, with the ISO code each means. */
export const COUNTRY_SPELLINGS: readonly (readonly [string, string])[] = [
  ['Turkey', 'TR'], ['Türkiye', 'TR'], ['TURKEY', 'TR'],
  ['USA', 'US'], ['United States', 'US'], ['U.S.', 'US'],
  ['UK', 'GB'], ['Russia', 'RU'], ['Iran', 'IR'], ['Syria', 'SY'],
  ['DR Congo', 'CD'], ['Democratic Republic of the Congo', 'CD'], ['Congo-Kinshasa', 'CD'],
  ['Myanmar', 'MM'], ['Burma', 'MM'],
  ['Palestine', 'PS'], ['Israel and the Occupied Palestinian Territory', 'PS'],
  ['Ivory Coast', 'CI'], ['Czechia', 'CZ'],
  ['Kyrgyzstan', 'KG'], ['Kirgizia', 'KG'], ['Киргизия', 'KG'],
  ['Macedonia', 'MK'], ['Swaziland', 'SZ'],
  ['Vietnam', 'VN'], ['Viet Nam', 'VN'], ['Egypt', 'EG'], ['Saudi Arabia', 'SA'],
  ['Belarus', 'BY'], ['Azerbaijan', 'AZ'], ['Tajikistan', 'TJ'], ['Uzbekistan', 'UZ'],
  ['Kazakhstan', 'KZ'], ['Turkmenistan', 'TM'], ['China', 'CN'],
];

/** Spellings no alias table knows: the user maps each once for the whole file. */
export const UNREADABLE_COUNTRIES: readonly (readonly [string, string])[] = [
  ['Turky', 'TR'],
  ['Crimea (occupied)', 'UA'],
];

/** Charge words and what they are: every one must become a charge, none refused. */
export const CHARGE_WORDS = [
  'Anti-state', 'False news', 'Terrorism', 'Extremism', 'Hooliganism',
  'Membership in a banned organisation', 'Retaliatory', 'Экстремизм', 'Хулиганство',
] as const;

/** Sentences as lists write them, with the term they mean (years + months; life; a range). */
export const SENTENCE_WORDS: readonly (readonly [string, { years: number; months: number; maxYears?: number; life?: boolean } | null])[] = [
  ['Six Years', { years: 6, months: 0 }],
  ['Four Years and Six Months', { years: 4, months: 6 }],
  ['3 to 8 years', { years: 3, months: 0, maxYears: 8 }],
  ['10 years', { years: 10, months: 0 }],
  ['шесть лет', { years: 6, months: 0 }],
  ['Life', { years: 0, months: 0, life: true }],
  ['', null],
  ['Not sentenced', null],
];

const GIVEN = [
  'Ahmet', 'Seda', 'Ufuk', 'Şebnem', 'Çağrı', 'İbrahim', 'Gökçe', 'Müslüm', 'Özgür', 'Ayşe',
  'ʿAbd al-Raḥmān', 'Ḥasan', 'Alaa', 'Maḥmūd', 'Fāṭima', 'Yūsuf', 'Nasrin', 'Ṣalāḥ',
  'Phạm Đoan', 'Nguyễn Văn', 'Trần Thị', 'Lê Đình', 'Huỳnh Thục', 'Đặng Xuân',
  'Aigerim', 'Bolot', 'Dilnoza', 'Ilkhom', 'Zhanna', 'Maksat',
];
const FAMILY = [
  'Şık', 'Taşkın', 'Şanlı', 'Yıldız', 'Güneş', 'Öztürk', 'Çelik', 'Doğan', 'Kılıç', 'Aydın',
  'al-Khūrī', 'Abd El-Fattah', 'Saʿīd', 'al-Ḥājj', 'Naṣr', 'Sotoudeh',
  'Trang', 'Đài', 'Hương', 'Vy', 'Diệu', 'Diệu Hiền',
  'Bekova', 'Sadykov', 'Yusupova', 'Mirzaev', 'Tokayeva', 'Orazov',
];
const FACILITIES = ['Silivri Prison', 'Evin Prison', 'Tora Prison', 'Hỏa Lò', 'Colony No. 3', 'SIZO-1', 'Insein Prison', 'Unknown location'];
const EMPLOYERS = ['Cumhuriyet', 'Freelance', 'Radio Azattyk', 'Mada Masr', 'RFA', 'Independent', 'Self-employed'];

/** Columns of the list, 33 of them, in the order an export has them. */
export const CENSUS_COLUMNS = [
  'Name', 'Sort Name', 'Year', 'Country', 'Status', 'Gender', 'Date of Arrest', 'Charges', 'Sentence',
  'Prison', 'Employer', 'Job', 'Medium', 'Beat', 'Local or Foreign', 'Freelance', 'Type of Death',
  'Date of Death', 'Source of Fire', 'Impunity', 'Taken Captive', 'Threatened', 'Tortured', 'Health Problems',
  'Country Code (unused)', 'Region', 'City', 'Language', 'Notes', 'Source URL', 'Last Update', 'Record ID', 'Census',
] as const;

export interface PublicList {
  csv: string;
  rows: Record<(typeof CENSUS_COLUMNS)[number], string>[];
  people: CensusPersonTruth[];
  /** Rows left nameless on purpose: always skipped, with the reason "no name". */
  namelessRows: number;
}

/** About 1.6 rows per person: `people` of 1,300 gives a file of over 2,000 rows. */
export function publicList(people = 1300, seed = 2024): PublicList {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const used = new Set<string>();
  const truth: CensusPersonTruth[] = [];
  const rows: PublicList['rows'] = [];
  const readable = COUNTRY_SPELLINGS;
  let recordId = 1000;

  for (let i = 0; i < people; i += 1) {
    let name = '';
    let country = '';
    let spellings: string[] = [];
    do {
      const useUnreadable = r() < 0.03;
      const pair = useUnreadable ? pick(UNREADABLE_COUNTRIES) : pick(readable);
      country = pair[1];
      spellings = readable.filter(([, c]) => c === country).map(([s]) => s);
      if (useUnreadable) spellings = [pair[0]];
      name = `${pick(GIVEN)} ${pick(FAMILY)}`;
    } while (used.has(`${name}|${country}`));
    used.add(`${name}|${country}`);

    const shape = r();
    const present = shape < 0.6 ? [2022, 2023] : shape < 0.8 ? [2022] : [2023];
    const fate = r();
    const years: CensusPersonTruth['years'] = {};
    for (const y of present as (2022 | 2023)[]) years[y] = 'Imprisoned';
    const last = present[present.length - 1] as 2022 | 2023;
    if (fate < 0.06) years[last] = 'Killed';
    else if (fate < 0.12) years[last] = 'Missing';
    else if (fate < 0.2 && present.length === 2) years[2023] = 'Released';

    const arrestShape = r();
    const arrestYear = 2012 + Math.floor(r() * 10);
    const arrest = arrestShape < 0.4 ? '' : arrestShape < 0.7 ? String(arrestYear) : `${arrestYear}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    const sex = r() < 0.7 ? 'Male' : 'Female';
    const employer = pick(EMPLOYERS);
    const charges = new Set<string>();
    const facilities = new Set<string>();
    let facility = pick(FACILITIES);
    let sentence = pick(SENTENCE_WORDS)[0];
    let rowCharges = [pick(CHARGE_WORDS)];
    if (r() < 0.3) rowCharges.push(pick(CHARGE_WORDS));

    for (const y of present as (2022 | 2023)[]) {
      // Between census years a prison transfer, a new charge or a sentence handed down is common.
      if (y === 2023 && present.length === 2) {
        if (r() < 0.25) facility = pick(FACILITIES);
        if (r() < 0.2) rowCharges = [...rowCharges, pick(CHARGE_WORDS)];
        if (sentence === '' && r() < 0.5) sentence = pick(SENTENCE_WORDS)[0];
      }
      rowCharges = [...new Set(rowCharges)];
      rowCharges.forEach((c) => charges.add(c));
      facilities.add(facility);
      const status = years[y] ?? 'Imprisoned';
      const spelled = spellings[Math.floor(r() * spellings.length)] ?? spellings[0] ?? '';
      const arrestCell = arrest === '' ? '' : arrest.length === 4 ? arrest : r() < 0.5 ? arrest : arrest.split('-').reverse().join('/');
      const row = Object.fromEntries(CENSUS_COLUMNS.map((c) => [c, ''])) as PublicList['rows'][number];
      Object.assign(row, {
        Name: name,
        'Sort Name': name.split(' ').reverse().join(', '),
        Year: String(y),
        Country: spelled,
        Status: status,
        Gender: sex,
        'Date of Arrest': arrestCell,
        Charges: rowCharges.join(', '),
        Sentence: status === 'Killed' || status === 'Missing' ? '' : sentence,
        Prison: status === 'Imprisoned' ? facility : '',
        Employer: employer,
        Job: pick(['Print Reporter', 'Broadcast Reporter', 'Editor', 'Photographer', 'Internet']),
        Medium: pick(['Print', 'Internet', 'Radio', 'Television']),
        Beat: pick(['Politics', 'Human Rights', 'Corruption', 'War']),
        'Local or Foreign': pick(['Local', 'Foreign']),
        Freelance: employer === 'Freelance' ? 'Yes' : 'No',
        'Type of Death': status === 'Killed' ? pick(['Murder', 'Crossfire', 'Dangerous Assignment']) : '',
        'Date of Death': status === 'Killed' ? `${y}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}` : '',
        'Source of Fire': status === 'Killed' ? pick(['Government Officials', 'Unknown', 'Military Officials']) : '',
        Impunity: status === 'Killed' ? pick(['Complete', 'Partial', '']) : '',
        'Taken Captive': pick(['Yes', 'No', '']),
        Threatened: pick(['Yes', 'No', '']),
        Tortured: pick(['Yes', 'No', '']),
        'Health Problems': pick(['Yes', 'No', '']),
        'Country Code (unused)': '',
        Region: pick(['Europe and Central Asia', 'Middle East and North Africa', 'Asia', 'Americas', 'Africa']),
        City: pick(['Istanbul', 'Tehran', 'Cairo', 'Hanoi', 'Bishkek', 'Minsk', '']),
        Language: pick(['Turkish', 'Arabic', 'Vietnamese', 'Russian', 'English']),
        Notes: r() < 0.2 ? `Reported ${y}; family not allowed visits.` : '',
        'Source URL': `https://example.org/data/${recordId}`,
        'Last Update': `${y}-12-01`,
        'Record ID': String(recordId),
        Census: `${y}-12-01`,
      });
      recordId += 1;
      rows.push(row);
    }
    truth.push({ name, country, years, arrest, charges: [...charges], facilities: [...facilities] });
  }

  // Rows a real export carries that are nobody: blank names with other cells filled.
  let nameless = 0;
  for (let i = 0; i < 17; i += 1) {
    const row = Object.fromEntries(CENSUS_COLUMNS.map((c) => [c, ''])) as PublicList['rows'][number];
    Object.assign(row, { Year: '2023', Country: 'Turkey', Status: 'Imprisoned', 'Record ID': String(recordId++), Census: '2023-12-01' });
    rows.splice(Math.floor(r() * rows.length), 0, row);
    nameless += 1;
  }

  const csv = Papa.unparse({ fields: [...CENSUS_COLUMNS], data: rows.map((row) => CENSUS_COLUMNS.map((c) => row[c])) }, { newline: '\r\n' });
  return { csv: `${csv}\r\n`, rows, people: truth, namelessRows: nameless };
}
