// The backend's short form of a sentence ("7 y 6 m", "life", "ends 2027-03-01") as words in the
// UI's language, for the value review. Anything else is shown as it came.
import { showPartialDate } from '../../../../shared/partial-date';

const TERM = /^(?:(\d+(?:\.\d+)?) y)?\s*(?:(\d+) m)?\s*(?:(\d+) d)?$/;

export function formatSentence(value: string, locale: string, words: { life: string; ends: (date: string) => string }): string {
  if (value === 'life') return words.life;
  if (value.startsWith('ends ')) return words.ends(showPartialDate(value.slice(5), locale));
  const match = TERM.exec(value);
  if (!match || value.trim() === '') return value;
  const [, years, months, days] = match;
  const part = (n: string | undefined, unit: 'year' | 'month' | 'day') => (n ? new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(Number(n)) : null);
  return [part(years, 'year'), part(months, 'month'), part(days, 'day')].filter((p) => p !== null).join(' ');
}
