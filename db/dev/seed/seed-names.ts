// Common given names and surnames of the region for synthetic people, each with its usual
// spellings: Cyrillic first, then the Russian-style Latin transliteration, then a national Latin
// or Belarusian form where one exists (Кабиров / Kabirov / Qobirov). Entries are 'a|b|c'.
import type { NameScript } from '../../contract/people';
import type { Random } from './seed-random';

export type NameGroup =
  | 'kazakh'
  | 'kyrgyz'
  | 'tajik'
  | 'turkmen'
  | 'uzbek'
  | 'russian'
  | 'belarusian'
  | 'azerbaijani'
  | 'uyghur'
  | 'han';

interface NameList {
  male: readonly string[];
  female: readonly string[];
  surnames: readonly string[];
  /** Chinese order and spacing: family name first, no space in Han characters. */
  familyFirst?: boolean;
  /** Surnames that are a father's given name and do not change with sex. */
  invariable?: boolean;
}

const LISTS: Record<NameGroup, NameList> = {
  kazakh: {
    male: ['Айдос|Aidos', 'Ержан|Yerzhan|Erjan', 'Нурлан|Nurlan', 'Серик|Serik', 'Бауыржан|Baurzhan|Bauyrjan', 'Марат|Marat', 'Асхат|Askhat', 'Дархан|Darkhan', 'Ерлан|Yerlan|Erlan', 'Талгат|Talgat', 'Канат|Kanat|Qanat', 'Жанболат|Zhanbolat|Janbolat'],
    female: ['Айгерим|Aigerim', 'Динара|Dinara', 'Гульнара|Gulnara', 'Жанар|Zhanar|Janar', 'Асель|Assel', 'Салтанат|Saltanat', 'Алия|Aliya', 'Сауле|Saule'],
    surnames: ['Нурланов|Nurlanov', 'Абишев|Abishev|Äbishev', 'Жаксылыков|Zhaksylykov|Jaqsylyqov', 'Сарсенбаев|Sarsenbayev|Sársenbaev', 'Тохтаров|Tokhtarov|Toqtarov', 'Кабиров|Kabirov|Qabirov', 'Есенов|Yessenov|Esenov', 'Байжанов|Baizhanov|Baıjanov', 'Кожахметов|Kozhakhmetov|Qojahmetov', 'Омаров|Omarov', 'Мамыров|Mamyrov', 'Бекмагамбетов|Bekmagambetov'],
  },
  kyrgyz: {
    male: ['Азамат|Azamat', 'Бакыт|Bakyt', 'Улан|Ulan', 'Канатбек|Kanatbek', 'Эрмек|Ermek', 'Темирлан|Temirlan', 'Нурбек|Nurbek', 'Кубанычбек|Kubanychbek', 'Алмаз|Almaz', 'Жыргалбек|Zhyrgalbek|Jyrgalbek'],
    female: ['Айпери|Aiperi', 'Бермет|Bermet', 'Гулзат|Gulzat', 'Жылдыз|Zhyldyz|Jyldyz', 'Нургуль|Nurgul', 'Чолпон|Cholpon', 'Акылай|Akylai'],
    surnames: ['Токтогулов|Toktogulov', 'Асанбеков|Asanbekov', 'Жумабаев|Zhumabayev|Jumabaev', 'Садыков|Sadykov', 'Осмонов|Osmonov', 'Мамытов|Mamytov', 'Алымбеков|Alymbekov', 'Турдубаев|Turdubayev|Turdubaev', 'Исаков|Isakov', 'Бейшеналиев|Beishenaliev'],
  },
  tajik: {
    male: ['Фаррух|Farrukh|Farruh', 'Далер|Daler', 'Бахтиёр|Bakhtiyor|Bakhtiyor', 'Шухрат|Shukhrat|Shuhrat', 'Рустам|Rustam', 'Фирдавс|Firdavs', 'Джамшед|Dzhamshed|Jamshed', 'Сухроб|Sukhrob|Suhrob', 'Абдулло|Abdullo', 'Мехрубон|Mekhrubon|Mehrubon'],
    female: ['Зарина|Zarina', 'Мавлюда|Mavlyuda|Mavluda', 'Нигора|Nigora', 'Гульчехра|Gulchekhra|Gulchehra', 'Фарангис|Farangis', 'Шахноза|Shakhnoza|Shahnoza', 'Манижа|Manizha|Manija'],
    surnames: ['Кабиров|Kabirov|Qobirov', 'Рахимов|Rakhimov|Rahimov', 'Саидов|Saidov', 'Шарипов|Sharipov', 'Назаров|Nazarov', 'Джураев|Dzhurayev|Juraev', 'Рахмонов|Rakhmonov|Rahmonov', 'Хайдаров|Khaydarov|Haidarov', 'Давлатов|Davlatov', 'Кодиров|Kodirov|Qodirov', 'Мирзоев|Mirzoev', 'Умаров|Umarov'],
  },
  turkmen: {
    male: ['Мурат|Murat|Myrat', 'Аннамурат|Annamurat|Annamyrat', 'Бегмурад|Begmurad|Begmyrat', 'Нурмухаммет|Nurmukhammet|Nurmuhammet', 'Сердар|Serdar', 'Довлет|Dovlet|Döwlet', 'Мекан|Mekan', 'Батыр|Batyr'],
    female: ['Огулсапар|Ogulsapar', 'Гульшат|Gulshat|Gülşat', 'Майса|Maisa|Maýsa', 'Айна|Aina|Aýna', 'Джерен|Dzheren|Jeren', 'Огульгерек|Ogulgerek'],
    surnames: ['Аннамурадов|Annamuradov|Annamyradow', 'Бердыев|Berdyev|Berdiýew', 'Оразов|Orazov|Orazow', 'Мурадов|Muradov|Myradow', 'Хаджиев|Khadzhiev|Hajyýew', 'Какаджанов|Kakadzhanov|Kakajanow', 'Овезов|Ovezov|Öwezow', 'Атаев|Atayev|Ataýew', 'Нурыев|Nuryev|Nuryýew'],
  },
  uzbek: {
    male: ['Тимур|Timur', 'Бахтиёр|Bakhtiyor|Baxtiyor', 'Дильшод|Dilshod', 'Азиз|Aziz', 'Шавкат|Shavkat', 'Улугбек|Ulugbek|Ulug‘bek', 'Жахонгир|Zhakhongir|Jahongir', 'Собир|Sobir', 'Бобур|Bobur', 'Фарход|Farkhod|Farhod', 'Акмаль|Akmal', 'Рашид|Rashid|Rashid'],
    female: ['Дилноза|Dilnoza', 'Гулнора|Gulnora', 'Нодира|Nodira', 'Малика|Malika', 'Мухаббат|Mukhabbat|Muhabbat', 'Шахло|Shakhlo|Shahlo', 'Зулфия|Zulfiya', 'Феруза|Feruza'],
    surnames: ['Кабиров|Kabirov|Qobirov', 'Юсупов|Yusupov', 'Абдуллаев|Abdullaev|Abdullayev', 'Турсунов|Tursunov', 'Исмаилов|Ismailov|Ismoilov', 'Хакимов|Khakimov|Hakimov', 'Норматов|Normatov', 'Усманов|Usmanov|Usmonov', 'Мирзаев|Mirzaev|Mirzayev', 'Эргашев|Ergashev', 'Халилов|Khalilov|Xalilov', 'Кудратов|Kudratov|Qudratov'],
  },
  russian: {
    male: ['Алексей|Aleksei|Alexey', 'Дмитрий|Dmitry|Dmitrii', 'Иван|Ivan', 'Сергей|Sergei|Sergey', 'Михаил|Mikhail', 'Андрей|Andrei', 'Николай|Nikolai', 'Илья|Ilya', 'Владимир|Vladimir', 'Павел|Pavel'],
    female: ['Анна|Anna', 'Мария|Maria|Mariya', 'Елена|Elena|Yelena', 'Ольга|Olga', 'Татьяна|Tatyana', 'Александра|Aleksandra|Alexandra', 'Ирина|Irina', 'Светлана|Svetlana'],
    surnames: ['Иванов|Ivanov', 'Смирнов|Smirnov', 'Кузнецов|Kuznetsov', 'Соколов|Sokolov', 'Попов|Popov', 'Лебедев|Lebedev', 'Козлов|Kozlov', 'Новиков|Novikov', 'Морозов|Morozov', 'Волков|Volkov', 'Соловьёв|Solovyov|Solovev', 'Васильев|Vasiliev|Vasilyev', 'Зайцев|Zaitsev', 'Семёнов|Semyonov|Semenov'],
  },
  // Belarusian Cyrillic, the official Latin transliteration, then the Russian spelling.
  belarusian: {
    male: ['Аляксандр|Aliaksandr|Александр', 'Мікалай|Mikalai|Николай', 'Сяргей|Siarhei|Сергей', 'Андрэй|Andrei|Андрей', 'Ігар|Ihar|Игорь', 'Віктар|Viktar|Виктор', 'Максім|Maksim|Максим', 'Павел|Paviel|Павел'],
    female: ['Марыя|Maryia|Мария', 'Вольга|Volha|Ольга', 'Святлана|Sviatlana|Светлана', 'Кацярына|Katsiaryna|Екатерина', 'Ксенія|Ksenija|Ксения', 'Ірына|Iryna|Ирина'],
    surnames: ['Лосік|Losik|Лосик', 'Бабарыка|Babaryka|Бабарико', 'Статкевіч|Statkevich|Статкевич', 'Мельнічук|Melnichuk|Мельничук', 'Карпенка|Karpenka|Карпенко', 'Кавалёнак|Kavalionak|Коваленок', 'Дашкевіч|Dashkevich|Дашкевич', 'Мацкевіч|Matskevich|Мацкевич', 'Навумчык|Navumchyk|Наумчик'],
    invariable: true,
  },
  azerbaijani: {
    male: ['Тофиг|Tofig|Tofiq', 'Ульви|Ulvi|Ülvi', 'Эльнур|Elnur', 'Рауф|Rauf', 'Бахтияр|Bakhtiyar|Bəxtiyar', 'Ильгар|Ilgar|İlqar', 'Фуад|Fuad'],
    female: ['Севиндж|Sevinj|Sevinc', 'Хадиджа|Khadija|Xədicə', 'Наргиз|Nargiz|Nərgiz', 'Гюнай|Gunay|Günay', 'Айтан|Aytan|Aytən'],
    surnames: ['Мамедов|Mammadov|Məmmədov', 'Гасанов|Hasanov|Həsənov', 'Алиев|Aliyev|Əliyev', 'Гусейнов|Huseynov|Hüseynov', 'Исмаилов|Ismayilov|İsmayılov', 'Гулиев|Guliyev|Quliyev', 'Ахмедов|Ahmadov|Əhmədov', 'Рустамов|Rustamov|Rüstəmov'],
  },
  uyghur: {
    male: ['Абдурехим|Abdurehim|Abdurehim', 'Нурмемет|Nurmemet', 'Ильхам|Ilham', 'Мемет|Memet|Mämät', 'Экбер|Ekber', 'Адил|Adil'],
    female: ['Гульнур|Gulnur|Gülnur', 'Рахиле|Rahile', 'Мухлиса|Mukhlisa|Muhlisa', 'Зумрет|Zumret|Zumrät'],
    surnames: ['Тохти|Tohti', 'Абдулла|Abdulla', 'Турсун|Tursun', 'Эмет|Emet|Ämät', 'Кадир|Kadir|Qadir', 'Нияз|Niyaz'],
    invariable: true,
  },
  han: {
    male: ['伟|Wei', '强|Qiang', '磊|Lei', '军|Jun', '勇|Yong', '杰|Jie', '涛|Tao'],
    female: ['芳|Fang', '敏|Min', '静|Jing', '娟|Juan', '霞|Xia', '丽|Li'],
    surnames: ['王|Wang', '李|Li', '张|Zhang', '刘|Liu', '陈|Chen', '杨|Yang', '黄|Huang', '赵|Zhao'],
    familyFirst: true,
    invariable: true,
  },
};

/** Which communities a detainee in each country is drawn from, and how often. */
const GROUPS_BY_COUNTRY: Record<string, readonly (readonly [NameGroup, number])[]> = {
  KZ: [['kazakh', 80], ['russian', 10], ['uyghur', 5], ['uzbek', 5]],
  KG: [['kyrgyz', 75], ['uzbek', 20], ['russian', 5]],
  TJ: [['tajik', 90], ['uzbek', 10]],
  TM: [['turkmen', 92], ['uzbek', 8]],
  UZ: [['uzbek', 85], ['tajik', 5], ['kazakh', 10]],
  RU: [['russian', 75], ['tajik', 10], ['uzbek', 10], ['kyrgyz', 5]],
  BY: [['belarusian', 100]],
  AZ: [['azerbaijani', 100]],
  CN: [['uyghur', 60], ['kazakh', 15], ['han', 25]],
};
const MIGRANT_GROUPS: readonly (readonly [NameGroup, number])[] = [['uzbek', 35], ['tajik', 30], ['kyrgyz', 15], ['turkmen', 15], ['kazakh', 5]];

/** Citizenship that goes with a community when it is not that of the detaining country. */
export const HOME_COUNTRY: Record<NameGroup, string> = {
  kazakh: 'KZ', kyrgyz: 'KG', tajik: 'TJ', turkmen: 'TM', uzbek: 'UZ', russian: 'RU', belarusian: 'BY', azerbaijani: 'AZ', uyghur: 'CN', han: 'CN',
};

export function groupFor(rng: Random, countryCode: string): NameGroup {
  return rng.weighted(GROUPS_BY_COUNTRY[countryCode] ?? MIGRANT_GROUPS);
}

export interface PersonName {
  /** The spelling shown first. */
  name: string;
  variants: { name: string; script: NameScript }[];
}

export function scriptOf(text: string): NameScript {
  if (/\p{Script=Han}/u.test(text)) return 'han';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'cyrillic';
  return /\p{Script=Latin}/u.test(text) ? 'latin' : 'other';
}

function feminine(surname: string): string {
  if (/(ов|ев|ёв|ин)$/u.test(surname)) return `${surname}а`;
  return /(ov|ev|yov|in|ow|ew)$/u.test(surname) ? `${surname}a` : surname;
}

/** A full name in every spelling of its parts; the primary spelling is Latin or Cyrillic at random. */
export function personName(rng: Random, group: NameGroup, female: boolean): PersonName {
  const list = LISTS[group];
  const given = rng.pick(female ? list.female : list.male).split('|');
  const family = rng.pick(list.surnames).split('|').map((s) => (female && !list.invariable ? feminine(s) : s));
  const spellings: string[] = [];
  for (let k = 0; k < Math.max(given.length, family.length); k++) {
    const g = given[Math.min(k, given.length - 1)] ?? '';
    const f = family[Math.min(k, family.length - 1)] ?? '';
    const han = list.familyFirst && scriptOf(f) === 'han';
    const full = list.familyFirst ? (han ? `${f}${g}` : `${f} ${g}`) : `${g} ${f}`;
    if (!spellings.includes(full)) spellings.push(full);
  }
  // Caseworkers file people under whichever spelling reached them first.
  const primaryIndex = spellings.length > 1 && rng.chance(0.5) ? 1 : 0;
  const name = spellings[primaryIndex] ?? spellings[0] ?? '';
  const variants = spellings.filter((_, i) => i !== primaryIndex).map((s) => ({ name: s, script: scriptOf(s) }));
  return { name, variants };
}

/** Given names alone, for relatives and sources. */
export function givenName(rng: Random, group: NameGroup, female: boolean, script: 'latin' | 'cyrillic'): string {
  const list = LISTS[group];
  const parts = rng.pick(female ? list.female : list.male).split('|');
  const wanted = parts.find((p) => scriptOf(p) === script);
  return wanted ?? parts[0] ?? '';
}

/** Every surname spelling, for tests and for the benchmark's name searches. */
export function sampleSurnames(): string[] {
  return Object.values(LISTS).flatMap((l) => l.surnames.map((s) => s.split('|')[1] ?? s));
}
