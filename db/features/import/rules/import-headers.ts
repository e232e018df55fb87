// Guesses which Habeas field a spreadsheet column holds from its header, in English and Russian.
// Pure. Headers are compared folded (case, spaces and punctuation ignored) so "Date of birth",
// "DATE_OF_BIRTH" and "дата рождения:" are the same header.
import type { ImportColumnGuess, ImportField, ImportMapping } from '../../../contract/imports';

/** Lower case, ё as е, letters and digits only. */
export function foldHeader(header: string): string {
  return header.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, '');
}

// Whole-header synonyms, written naturally and folded once below. Order matters only within
// PREFIXES: the first field whose prefix fits wins.
const SYNONYMS: Readonly<Record<ImportField, readonly string[]>> = {
  name: ['name', 'full name', 'person', 'prisoner', 'detainee', 'фио', 'имя', 'полное имя', 'ф.и.о.', 'имя фамилия', 'фамилия имя отчество', 'заключенный', 'узник', '姓名', '名字'],
  nameVariants: ['name variants', 'other names', 'aliases', 'alias', 'also known as', 'aka', 'spellings', 'latin name', 'name (latin)', 'варианты имени', 'другие имена', 'написание', 'имя латиницей'],
  sex: ['sex', 'gender', 'пол', '性别'],
  birthDate: ['date of birth', 'birth date', 'birthdate', 'born', 'dob', 'birthday', 'year of birth', 'дата рождения', 'год рождения', 'родился', 'рождение', '出生日期'],
  deathDate: ['date of death', 'death date', 'died', 'death', 'дата смерти', 'умер', 'смерть', '死亡日期'],
  citizenship: ['citizenship', 'nationality', 'гражданство', 'подданство'],
  professions: ['profession', 'professions', 'occupation', 'occupations', 'affiliation', 'role', 'профессия', 'род занятий', 'деятельность', 'занятие'],
  organisations: ['organisation', 'organisations', 'organization', 'organizations', 'group', 'movement', 'party', 'организация', 'организации', 'движение', 'партия'],
  confidentiality: ['confidentiality', 'confidential', 'конфиденциальность', 'конфиденциально'],
  country: ['country', 'country code', 'state', 'страна', 'государство', '国家'],
  place: ['place', 'city', 'town', 'region', 'location', 'place of residence', 'город', 'место', 'регион', 'населенный пункт', 'место жительства', '地点'],
  detentionStart: ['arrested', 'arrest date', 'date of arrest', 'detained', 'detained on', 'date of detention', 'detention date', 'дата ареста', 'арестован', 'дата задержания', 'задержан'],
  detentionType: ['detention type', 'type of detention', 'custody', 'мера пресечения', 'вид содержания', 'тип содержания'],
  facility: ['facility', 'prison', 'place of detention', 'current facility', 'учреждение', 'колония', 'сизо', 'место содержания', 'место заключения', 'тюрьма'],
  charges: ['charges', 'charge', 'articles', 'article', 'criminal code', 'статья', 'статьи', 'обвинение', 'обвинения', 'статьи ук'],
  sentence: ['sentence', 'term', 'sentence length', 'verdict', 'приговор', 'срок', 'наказание', '刑期'],
  caseStatus: ['case status', 'статус дела', 'состояние дела'],
  status: ['status', 'current status', 'fate', 'situation', 'person status', 'detention status', 'статус', 'текущий статус', 'положение', 'судьба', 'статус человека'],
  notes: ['notes', 'note', 'comments', 'comment', 'description', 'details', 'summary', 'category', 'categories', 'примечания', 'примечание', 'описание', 'комментарий', 'комментарии', 'категория', 'категории', 'подробности'],
  source: ['source', 'sources', 'link', 'url', 'reference', 'источник', 'источники', 'ссылка', '来源'],
  observedOn: ['year', 'census year', 'census', 'date of record', 'record date', 'as of', 'as of date', 'list year', 'reporting year', 'year of record', 'год', 'год переписи', 'год списка', 'дата записи', 'дата сведений', 'по состоянию на', 'на дату', 'год учета'],
  externalId: ['id', 'external id', 'record id', 'no', 'number', 'идентификатор', 'номер', 'код'],
};

const BY_HEADER = new Map<string, ImportField>();
for (const [field, list] of Object.entries(SYNONYMS) as [ImportField, readonly string[]][]) {
  for (const s of list) if (!BY_HEADER.has(foldHeader(s))) BY_HEADER.set(foldHeader(s), field);
}

/** The field a header most likely means, or null. */
export function guessField(header: string): ImportField | null {
  const folded = foldHeader(header);
  if (!folded) return null;
  return BY_HEADER.get(folded) ?? null;
}

/**
 * A mapping for these headers. A field other than notes goes to its first column only (two
 * "name" columns would fight); notes may collect several columns (Category and Description both).
 */
export function guessMapping(headers: readonly string[]): ImportMapping {
  const columns: ImportMapping['columns'] = {};
  for (const g of guessColumns(headers)) if (g.why === 'guessed' && g.field !== null) columns[g.header] = g.field;
  return { columns, fixed: {} };
}

/** Each header's guess and why, so a dry run can say which columns were left out and why. */
export function guessColumns(headers: readonly string[]): ImportColumnGuess[] {
  const takenBy = new Map<ImportField, string>();
  return headers.map((header) => {
    const field = guessField(header);
    if (field === null) return { header, field: null, why: 'unknown', takenBy: null };
    const first = takenBy.get(field);
    if (first !== undefined && field !== 'notes') return { header, field, why: 'taken', takenBy: first };
    takenBy.set(field, header);
    return { header, field, why: 'guessed', takenBy: null };
  });
}
