// A sentence as people write it in a spreadsheet cell, read into what Habeas stores. Pure.
// "7 years 6 months", "7 лет 6 месяцев", "к 5 годам колонии", "life"/"пожизненно", or the date
// the sentence ends; words that say there is no sentence ("unknown", "detention", "death") give
// none, with the reason, so the import can warn instead of guessing.
import { parseLooseDate } from './import-dates';

export type SentenceReading =
  | { kind: 'term'; years: number; months: number; days: number }
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

// Numbers written as words are rare in these cells; digits and the unit word carry the meaning.
const UNITS: readonly (readonly [RegExp, 'years' | 'months' | 'days'])[] = [
  [/(\d+(?:[.,]5)?)\s*(?:years?|yrs?|y\b|лет|года?|годам|годами|г\.)/gu, 'years'],
  [/(\d+)\s*(?:months?|mos?\b|m\b|месяц[а-я]*|мес\.?)/gu, 'months'],
  [/(\d+)\s*(?:days?|d\b|дн[а-я]*|день|сут[а-я]*)/gu, 'days'],
];

/** What the cell says about the sentence, or null when it is not recognisably a sentence. */
export function readSentence(raw: string): SentenceReading | null {
  const text = raw.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
  if (!text) return null;
  for (const [pattern, reason] of NO_SENTENCE) if (pattern.test(text)) return { kind: 'none', reason };
  if (LIFE.test(text)) return { kind: 'life' };
  const date = parseLooseDate(text.replace(/^(ends|until|till|до|по)\s+/u, ''));
  if (date) return { kind: 'ends', date: date.value, ambiguous: date.ambiguous };
  const term = { years: 0, months: 0, days: 0 };
  let found = false;
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
  }
  if (!found || term.years + term.months + term.days === 0) return null;
  return { kind: 'term', ...term };
}

/** The stored form of a reading, as the value review shows it. */
export function sentenceText(reading: SentenceReading): string | null {
  if (reading.kind === 'life') return 'life';
  if (reading.kind === 'ends') return `ends ${reading.date}`;
  if (reading.kind === 'none') return null;
  const parts: string[] = [];
  if (reading.years) parts.push(`${reading.years} y`);
  if (reading.months) parts.push(`${reading.months} m`);
  if (reading.days) parts.push(`${reading.days} d`);
  return parts.join(' ');
}
