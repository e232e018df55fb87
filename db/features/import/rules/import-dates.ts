// Dates as spreadsheets write them, turned into partial dates (YYYY, YYYY-MM, YYYY-MM-DD). Pure.
// Numeric day and month in either order (03/04/2021) are read day first, the common form in the
// region; the result says when that was a guess so the import can warn. Nothing invents a day.
import { parsePartialDate } from '../../../../shared/partial-date';

export interface LooseDate {
  /** A valid partial date. */
  value: string;
  /** Day and month were both ≤ 12 and different: read as day-month, could be month-day. */
  ambiguous: boolean;
}

const MONTHS: Readonly<Record<string, number>> = {};
const MONTH_WORDS: readonly (readonly string[])[] = [
  ['january', 'jan', 'январь', 'января', 'янв'],
  ['february', 'feb', 'февраль', 'февраля', 'фев'],
  ['march', 'mar', 'март', 'марта', 'мар'],
  ['april', 'apr', 'апрель', 'апреля', 'апр'],
  ['may', 'май', 'мая'],
  ['june', 'jun', 'июнь', 'июня', 'июн'],
  ['july', 'jul', 'июль', 'июля', 'июл'],
  ['august', 'aug', 'август', 'августа', 'авг'],
  ['september', 'sep', 'sept', 'сентябрь', 'сентября', 'сен', 'сент'],
  ['october', 'oct', 'октябрь', 'октября', 'окт'],
  ['november', 'nov', 'ноябрь', 'ноября', 'ноя'],
  ['december', 'dec', 'декабрь', 'декабря', 'дек'],
];
MONTH_WORDS.forEach((list, i) => {
  for (const w of list) (MONTHS as Record<string, number>)[w] = i + 1;
});

const pad = (n: number): string => String(n).padStart(2, '0');

function checked(value: string, ambiguous = false): LooseDate | null {
  return parsePartialDate(value) ? { value, ambiguous } : null;
}

function dayMonthYear(a: number, b: number, year: number): LooseDate | null {
  // a is read as the day; if that cannot be (a > 12 is fine, b > 12 means b is the day), swap.
  if (b > 12 && a <= 12) return checked(`${year}-${pad(a)}-${pad(b)}`);
  return checked(`${year}-${pad(b)}-${pad(a)}`, a <= 12 && b <= 12 && a !== b);
}

/** The partial date a cell means, or null when it is not one. */
export function parseLooseDate(raw: string): LooseDate | null {
  const text = raw
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*(г\.?|год[а-я]*)$/u, '')
    .replace(/[,.]$/, '');
  if (!text) return null;
  let m: RegExpExecArray | null;
  // ISO forms, also with / or . and with a time after the day (dates from XLSX cells).
  if ((m = /^(\d{4})$/.exec(text))) return checked(text);
  if ((m = /^(\d{4})[-/.](\d{1,2})$/.exec(text))) return checked(`${m[1]}-${pad(Number(m[2]))}`);
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ][\d:.]+z?)?$/.exec(text))) {
    return checked(`${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`);
  }
  if ((m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text))) return dayMonthYear(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = /^(\d{1,2})[./](\d{4})$/.exec(text))) return checked(`${m[2]}-${pad(Number(m[1]))}`);
  // Month names: "March 2021", "март 2021", "15 марта 2021", "March 15, 2021", "15 Mar 2021".
  if ((m = /^(\p{L}+)\.? (\d{4})$/u.exec(text))) {
    const month = MONTHS[m[1] ?? ''];
    return month ? checked(`${m[2]}-${pad(month)}`) : null;
  }
  if ((m = /^(\d{1,2}) (\p{L}+)\.? (\d{4})$/u.exec(text))) {
    const month = MONTHS[m[2] ?? ''];
    return month ? checked(`${m[3]}-${pad(month)}-${pad(Number(m[1]))}`) : null;
  }
  if ((m = /^(\p{L}+)\.? (\d{1,2}),? (\d{4})$/u.exec(text))) {
    const month = MONTHS[m[1] ?? ''];
    return month ? checked(`${m[3]}-${pad(month)}-${pad(Number(m[2]))}`) : null;
  }
  return null;
}
