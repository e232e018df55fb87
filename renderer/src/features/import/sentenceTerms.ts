// A sentence as the backend read it (numbers, not text) in words in the UI's language, for the
// value review: "7 years 6 months", "3–8 years", "Life imprisonment", "Ends 1 March 2027".
import type { ImportSentenceTerm, ImportTermLength } from '../../../../db/api';
import { showPartialDate } from '../../../../shared/partial-date';

export interface SentenceWords {
  life: string;
  ends: (date: string) => string;
}

const length = (term: ImportTermLength, locale: string): string => {
  const part = (n: number, unit: 'year' | 'month' | 'day') => (n > 0 ? new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n) : null);
  return [part(term.years, 'year'), part(term.months, 'month'), part(term.days, 'day')].filter((p) => p !== null).join(' ');
};

const yearsOnly = (t: ImportTermLength): boolean => t.months === 0 && t.days === 0 && t.years > 0;

export function formatSentenceTerm(term: ImportSentenceTerm, locale: string, words: SentenceWords): string {
  if (term.kind === 'life') return words.life;
  if (term.kind === 'ends') return words.ends(showPartialDate(term.date, locale));
  if (!term.max) return length(term, locale);
  // "3–8 years" when both ends are whole years; else both in full.
  if (yearsOnly(term) && yearsOnly(term.max)) return `${new Intl.NumberFormat(locale).format(term.years)}–${length(term.max, locale)}`;
  return `${length(term, locale)} – ${length(term.max, locale)}`;
}
