// A sentence as people write it in a spreadsheet cell, read into what Habeas stores. Pure.
// "7 years 6 months", "Four Years and Six Months", "пять лет и шесть месяцев", "к 5 годам
// колонии", a range ("3 to 8 years", "от 3 до 8 лет": the lower term, with the upper one kept),
// "life"/"пожизненно", or the date the sentence ends; words that say there is no sentence
// ("unknown", "detention", "death") give none, with the reason, so the import can warn instead of
// guessing. Words of the cell that are not understood are handed back (`unread`), so the import
// warns that the cell was read only in part rather than calling it recognised.
import { parseLooseDate } from './import-dates';

export interface Term {
  years: number;
  months: number;
  days: number;
}

export type SentenceReading =
  /** `max`: the upper term of a range (years..days above hold the lower); `unread`: words left over. */
  | ({ kind: 'term'; max?: Term; unread?: string } & Term)
  | { kind: 'life' }
  | { kind: 'ends'; date: string; ambiguous: boolean }
  | { kind: 'none'; reason: NoSentenceReason };

/** Why a cell gives no sentence: unknown, held without one, or a death sentence (not a stored term). */
export type NoSentenceReason = 'sentenceUnknown' | 'sentenceNone' | 'sentenceDeath';

const NO_SENTENCE: readonly (readonly [RegExp, NoSentenceReason])[] = [
  [/^(unknown|n\/?a|неизвестно|не известно|нет данных|\?)$/u, 'sentenceUnknown'],
  [/^(detention|detained|in detention|pre-?trial|not (yet )?sentenced|no sentence( yet)?|awaiting trial|под стражей|в сизо|задержан[а]?|арестован[а]?|не осужден[а]?|приговора нет)$/u, 'sentenceNone'],
  [/^(death|death penalty|death sentence|executed|смертная казнь|расстрел)$/u, 'sentenceDeath'],
];

const LIFE = /^(life|life sentence|life imprisonment|пожизненно|пожизненное( лишение свободы| заключение)?|к пожизненному.*)$/u;

// Number words in English and Russian (every case form a sentence uses: "пять лет", "к пяти
// годам", "двух лет"), read before the units so "Six Years" is 6 years.
const ONES: readonly (readonly [number, readonly string[]])[] = [
  [1, ['one', 'один', 'одна', 'одного', 'одному', 'одной', 'одним']],
  [2, ['two', 'два', 'две', 'двух', 'двум', 'двумя']],
  [3, ['three', 'три', 'трех', 'трем', 'тремя']],
  [4, ['four', 'четыре', 'четырех', 'четырем', 'четырьмя']],
  [5, ['five', 'пять', 'пяти', 'пятью']],
  [6, ['six', 'шесть', 'шести', 'шестью']],
  [7, ['seven', 'семь', 'семи', 'семью']],
  [8, ['eight', 'восемь', 'восьми', 'восемью']],
  [9, ['nine', 'девять', 'девяти', 'девятью']],
  [10, ['ten', 'десять', 'десяти', 'десятью']],
  [11, ['eleven', 'одиннадцать', 'одиннадцати']],
  [12, ['twelve', 'двенадцать', 'двенадцати']],
  [13, ['thirteen', 'тринадцать', 'тринадцати']],
  [14, ['fourteen', 'четырнадцать', 'четырнадцати']],
  [15, ['fifteen', 'пятнадцать', 'пятнадцати']],
  [16, ['sixteen', 'шестнадцать', 'шестнадцати']],
  [17, ['seventeen', 'семнадцать', 'семнадцати']],
  [18, ['eighteen', 'восемнадцать', 'восемнадцати']],
  [19, ['nineteen', 'девятнадцать', 'девятнадцати']],
];
const TENS: readonly (readonly [number, readonly string[]])[] = [
  [20, ['twenty', 'двадцать', 'двадцати']],
  [30, ['thirty', 'тридцать', 'тридцати']],
  [40, ['forty', 'сорок', 'сорока']],
  [50, ['fifty', 'пятьдесят', 'пятидесяти']],
];
const WORD_VALUE = new Map<string, number>([...ONES, ...TENS].flatMap(([n, words]) => words.map((w) => [w, n] as const)));
const TEN_WORDS = new Set(TENS.flatMap(([, words]) => words));

/** "twenty five years" → "25 years", "шести лет" → "6 лет". "год" alone ("1 год") keeps its unit. */
function numbersAsDigits(text: string): string {
  const words = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    // "год" is a unit; it stands for one only when no number comes before it ("год и 6 месяцев").
    const next = (words[i + 1] ?? '').replace(/-/g, '');
    // "a year", "an eight-month term": the article counts one only before a unit.
    const article = (word === 'a' || word === 'an') && /^(year|month|day)/u.test(next);
    const value = word === 'год' ? (/^\d/.test(out.at(-1) ?? '') ? undefined : 1) : article ? 1 : WORD_VALUE.get(word.replace(/-/g, ''));
    if (value === undefined) {
      out.push(word);
      continue;
    }
    const ones = TEN_WORDS.has(word) ? WORD_VALUE.get(next) : undefined;
    if (ones !== undefined && ones < 10) {
      out.push(String(value + ones));
      i += 1;
    } else if (word === 'год') out.push('1', 'год');
    else out.push(String(value));
  }
  return out.join(' ');
}

const UNITS: readonly (readonly [RegExp, keyof Term])[] = [
  [/(\d+(?:[.,]5)?)\s*(?:years?|yrs?|y\b|лет|годами|годам|годом|года|год|г\.)/gu, 'years'],
  [/(\d+)\s*(?:months?|mos?\b|m\b|месяц[а-я]*|мес\.?)/gu, 'months'],
  [/(\d+)\s*(?:days?|d\b|дн[а-я]*|день|сут[а-я]*)/gu, 'days'],
];

// Words a sentence cell often holds besides the term: they say nothing the term does not.
const FILLER = new Set([
  'and', 'of', 'in', 'to', 'a', 'for', 'imprisonment', 'prison', 'jail', 'years', 'sentenced', 'sentence', 'term', 'total', 'strict', 'general',
  'regime', 'colony', 'penal', 'high', 'security', 'maximum', 'special', 'camp', 'labour', 'labor', 'reform', 'through', 'education', 'at',
  'и', 'к', 'на', 'в', 'с', 'срок', 'сроком', 'приговорен', 'приговорена', 'приговор', 'лишения', 'лишение', 'свободы', 'колонии', 'колония',
  'общего', 'строгого', 'особого', 'режима', 'режим', 'поселении', 'поселения', 'тюрьме', 'тюрьмы', 'отбыванием', 'заключения', 'заключение',
  'исправительной', 'исправительная', 'реального', 'реальный',
]);

/** The term of a text, the words it did not read, and whether a number stood without a unit. */
function readTerm(text: string): { term: Term; found: boolean; rest: string } {
  const term: Term = { years: 0, months: 0, days: 0 };
  let found = false;
  let rest = text;
  for (const [pattern, unit] of UNITS) {
    for (const m of text.matchAll(pattern)) {
      const n = Number((m[1] ?? '0').replace(',', '.'));
      found = true;
      // "2.5 years" is two years and six months.
      if (unit === 'years' && !Number.isInteger(n)) {
        term.years += Math.floor(n);
        term.months += Math.round((n % 1) * 12);
      } else term[unit] += n;
    }
    rest = rest.replace(pattern, ' ');
  }
  return { term, found, rest };
}

const unreadWords = (rest: string): string =>
  rest.split(/[\s,.;:()]+/u).filter((w) => w !== '' && !FILLER.has(w)).join(' ');

const total = (t: Term): number => t.years * 372 + t.months * 31 + t.days;
const unitOf = (text: string): string | null => /\d+\s*([^\d\s]+)/u.exec(text)?.[1] ?? null;

// "3 to 8 years", "3-8 years", "from 3 to 8 years", "between 3 and 8 years", "от 3 до 8 лет".
const RANGE = /^(?:from |between |от )?(.+?)\s*(?:\bto\b|\band\b|(?<!\p{L})до(?!\p{L})|[-–—])\s*(.+)$/u;

function readRange(text: string): SentenceReading | null {
  const m = RANGE.exec(text);
  if (!m) return null;
  const [, left = '', right = ''] = m;
  // "and" makes a range only after "between": "four years and six months" is one term.
  if (/\band\b/u.test(text.slice(0, text.length - right.length)) && !text.startsWith('between ')) return null;
  // "3 to 8 years": the lower bound borrows the unit of the upper.
  const unit = unitOf(right);
  const lowText = /^\d+(?:[.,]5)?$/u.test(left.trim()) && unit ? `${left.trim()} ${unit}` : left;
  const low = readTerm(lowText);
  const high = readTerm(right);
  if (!low.found || !high.found || total(low.term) === 0 || total(high.term) <= total(low.term)) return null;
  const unread = [unreadWords(low.rest), unreadWords(high.rest)].filter(Boolean).join(' ');
  return { kind: 'term', ...low.term, max: high.term, ...(unread ? { unread } : {}) };
}

/** What the cell says about the sentence, or null when it is not recognisably a sentence. */
export function readSentence(raw: string): SentenceReading | null {
  const text = raw.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
  if (!text) return null;
  for (const [pattern, reason] of NO_SENTENCE) if (pattern.test(text)) return { kind: 'none', reason };
  if (LIFE.test(text)) return { kind: 'life' };
  const date = parseLooseDate(text.replace(/^(ends|until|till|до|по)\s+/u, ''));
  if (date) return { kind: 'ends', date: date.value, ambiguous: date.ambiguous };
  const digits = numbersAsDigits(text);
  const range = readRange(digits);
  if (range) return range;
  const { term, found, rest } = readTerm(digits);
  if (!found || total(term) === 0) return null;
  const unread = unreadWords(rest);
  return { kind: 'term', ...term, ...(unread ? { unread } : {}) };
}

const short = (t: Term): string =>
  [t.years ? `${t.years} y` : null, t.months ? `${t.months} m` : null, t.days ? `${t.days} d` : null].filter(Boolean).join(' ');

/** The stored form of a reading, as the CLI prints it ("7 y 6 m", "3 y to 8 y", "life", "ends 2027-03"). */
export function sentenceText(reading: SentenceReading): string | null {
  if (reading.kind === 'life') return 'life';
  if (reading.kind === 'ends') return `ends ${reading.date}`;
  if (reading.kind === 'none') return null;
  return reading.max ? `${short(reading)} to ${short(reading.max)}` : short(reading);
}
