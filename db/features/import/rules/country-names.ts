// Country names as people write them in spreadsheets ("Turkey", "U.S.", "Burma", "DR Congo",
// "Киргизия"), beyond the CLDR names the countries table holds, and the folding that makes
// "TÜRKİYE", "turkiye" and "Türkiye" one name. Pure. The user's own aliases (table
// country_aliases) are folded the same way and added on top of this list.

/**
 * Lower case, diacritics dropped (ü → u, ı → i, ş → s, ё → е), "&" as "and", every run of
 * punctuation or space one space, and a leading "the" dropped. "U.S." and "US" fold alike.
 */
export function foldCountryName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/&/g, ' and ')
    // "U.S.", "U.K.", "D.R. Congo": dots between letters join the letters.
    .replace(/(?<=\b\p{L})\.(?=\p{L}\b|\s|$)/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /u, '');
}

// Names per ISO code, English then Russian. Only names that point to one country without doubt:
// "Congo" alone (two countries) and "Korea" alone are left for the user to decide.
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  AE: ['UAE', 'Emirates', 'Объединенные Арабские Эмираты', 'Эмираты'],
  AF: ['Islamic Emirate of Afghanistan', 'Islamic Republic of Afghanistan'],
  AZ: ['Republic of Azerbaijan', 'Азербайджанская Республика'],
  BA: ['Bosnia', 'Bosnia Herzegovina', 'Bosnia and Hercegovina', 'Босния'],
  BH: ['Kingdom of Bahrain'],
  BN: ['Brunei Darussalam'],
  BO: ['Plurinational State of Bolivia'],
  BS: ['Bahamas'],
  BY: ['Belorussia', 'Byelorussia', 'Republic of Belarus', 'Белоруссия', 'Республика Беларусь'],
  CD: ['DR Congo', 'DRC', 'D R Congo', 'Democratic Republic of the Congo', 'Democratic Republic of Congo', 'Congo Kinshasa', 'Congo (Kinshasa)', 'Zaire', 'ДР Конго', 'ДРК', 'Демократическая Республика Конго', 'Заир'],
  CG: ['Republic of the Congo', 'Republic of Congo', 'Congo Brazzaville', 'Congo (Brazzaville)', 'Республика Конго'],
  CI: ['Ivory Coast', "Cote d'Ivoire", 'Cote dIvoire', 'Кот д Ивуар', 'Берег Слоновой Кости'],
  CN: ["People's Republic of China", 'PRC', 'Mainland China', 'КНР', 'Китайская Народная Республика'],
  CV: ['Cabo Verde'],
  CZ: ['Czech Republic', 'Чешская Республика'],
  EG: ['Arab Republic of Egypt'],
  FM: ['Micronesia (Federated States of)', 'Federated States of Micronesia', 'Микронезия'],
  GB: ['UK', 'U.K.', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'United Kingdom of Great Britain and Northern Ireland', 'Британия', 'Англия', 'Соединенное Королевство'],
  GE: ['Republic of Georgia', 'Sakartvelo'],
  HK: ['Hong Kong', 'Hong Kong SAR', 'Гонконг', 'Сянган'],
  IL: ['State of Israel'],
  IR: ['Islamic Republic of Iran', 'Iran (Islamic Republic of)', 'Persia', 'Исламская Республика Иран', 'Персия'],
  KG: ['Kirgizia', 'Kirghizia', 'Kyrgyz Republic', 'Kirgizstan', 'Kyrgyzia', 'Кыргызстан', 'Кыргызская Республика', 'Киргизстан', 'Киргизская Республика'],
  KP: ["Democratic People's Republic of Korea", 'DPRK', 'North Korea', 'Korea (North)', 'Корейская Народно-Демократическая Республика', 'Северная Корея'],
  KR: ['Republic of Korea', 'Korea (South)', 'South Korea', 'ROK', 'Южная Корея'],
  KZ: ['Republic of Kazakhstan', 'Kazakstan', 'Республика Казахстан'],
  LA: ["Lao People's Democratic Republic", 'Lao PDR', 'Лаосская Народно-Демократическая Республика'],
  LY: ['Libyan Arab Jamahiriya', 'State of Libya'],
  MD: ['Republic of Moldova', 'Moldavia', 'Молдавия', 'Республика Молдова'],
  MK: ['Macedonia', 'FYROM', 'Former Yugoslav Republic of Macedonia', 'Republic of North Macedonia', 'Македония'],
  MM: ['Burma', 'Myanmar', 'Republic of the Union of Myanmar', 'Мьянма', 'Бирма'],
  PS: ['Palestine', 'State of Palestine', 'Occupied Palestinian Territory', 'Occupied Palestinian Territories', 'Palestinian Territory', 'West Bank', 'Gaza', 'Gaza Strip', 'West Bank and Gaza', 'Палестина', 'Государство Палестина', 'Сектор Газа', 'Западный берег'],
  RU: ['Russian Federation', 'Russia (Russian Federation)', 'Российская Федерация', 'РФ'],
  SA: ['Kingdom of Saudi Arabia', 'KSA'],
  SY: ['Syrian Arab Republic', 'Сирийская Арабская Республика'],
  SZ: ['Swaziland', 'Kingdom of Eswatini', 'Свазиленд'],
  TJ: ['Republic of Tajikistan', 'Tadjikistan', 'Tajikstan', 'Республика Таджикистан'],
  TL: ['East Timor', 'Timor Leste'],
  TM: ['Turkmenia', 'Туркмения', 'Туркменистан'],
  TR: ['Turkey', 'Turkiye', 'Republic of Turkey', 'Republic of Türkiye', 'Турецкая Республика'],
  TW: ['Republic of China', 'Taiwan (Republic of China)', 'Chinese Taipei', 'Китайская Республика'],
  TZ: ['United Republic of Tanzania', 'Tanzania, United Republic of'],
  US: ['USA', 'U.S.', 'U.S.A.', 'United States of America', 'America', 'США', 'Соединенные Штаты Америки', 'Америка'],
  UZ: ['Republic of Uzbekistan', 'Республика Узбекистан'],
  VA: ['Holy See', 'Vatican', 'Святой Престол'],
  VE: ['Venezuela (Bolivarian Republic of)', 'Bolivarian Republic of Venezuela'],
  VN: ['Viet Nam', 'Socialist Republic of Vietnam', 'Vietnam (Socialist Republic of)', 'Вьетнам', 'Социалистическая Республика Вьетнам'],
};

/**
 * Names written as a pair ("Israel and the Occupied Palestinian Territory", the UN's heading):
 * the part that names a place where people are held decides.
 */
const COMPOUND: Readonly<Record<string, string>> = {
  'israel and the occupied palestinian territory': 'PS',
  'israel and the occupied palestinian territories': 'PS',
  'israel and occupied palestinian territory': 'PS',
  'israel and palestine': 'PS',
};

/** The built-in names, folded, to ISO code. */
export const BUILT_IN_COUNTRY_NAMES: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const [code, names] of Object.entries(ALIASES)) for (const n of names) out.set(foldCountryName(n), code);
  for (const [name, code] of Object.entries(COMPOUND)) out.set(foldCountryName(name), code);
  return out;
})();
