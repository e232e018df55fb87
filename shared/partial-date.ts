// Partial dates ('YYYY', 'YYYY-MM', 'YYYY-MM-DD'): parsing, ordering, bounds, period tests and display, for the
// backend and the window alike (no Node, no DOM). A missing month or day stays missing: nothing here invents one.
import type { DatePrecision } from './vocabulary';
import { daysInMonth, formatFullDate, isValidDay, MAX_YEAR, MIN_YEAR, parseFullDate } from './calendar';

export { addDays, daysBetween, todayIso } from './calendar';

export type PartialDateParts = {
  year: number;
  month: number | null;
  day: number | null;
  precision: DatePrecision;
};

export type PeriodPlacement = 'inside' | 'outside' | 'uncertain';
export type DisplayLocale = 'en' | 'ru';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parsePartialDate(s: string): PartialDateParts | null {
  const match = PARTIAL_DATE.exec(s);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (match[2] === undefined) return { year, month: null, day: null, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month, day: null, precision: 'month' };
  const day = Number(match[3]);
  return isValidDay({ year, month, day }) ? { year, month, day, precision: 'day' } : null;
}

export function isPartialDate(s: string): boolean {
  return parsePartialDate(s) !== null;
}

function requirePartialDate(s: string): PartialDateParts {
  const parts = parsePartialDate(s);
  if (!parts) throw new RangeError(`Not a partial date (YYYY, YYYY-MM or YYYY-MM-DD): ${JSON.stringify(s)}`);
  return parts;
}

export function precisionOf(s: string): DatePrecision {
  return requirePartialDate(s).precision;
}

/**
 * Chronological order in which a coarser date sorts just before the finer dates inside it:
 * '2021' < '2021-03' < '2021-03-15' < '2021-04'. This is the order SQLite gives the stored strings,
 * so lists sorted here and in queries agree. Throws on malformed input rather than guessing.
 */
export function comparePartialDates(a: string, b: string): number {
  const pa = requirePartialDate(a);
  const pb = requirePartialDate(b);
  if (pa.year !== pb.year) return pa.year < pb.year ? -1 : 1;
  const byMonth = compareMissingFirst(pa.month, pb.month);
  return byMonth !== 0 ? byMonth : compareMissingFirst(pa.day, pb.day);
}

function compareMissingFirst(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** The first and last full day the partial date could mean. */
export function partialDateBounds(s: string): { first: string; last: string } {
  const { year, month, day } = requirePartialDate(s);
  if (month === null) return { first: `${pad4(year)}-01-01`, last: `${pad4(year)}-12-31` };
  if (day === null) {
    return {
      first: formatFullDate({ year, month, day: 1 }),
      last: formatFullDate({ year, month, day: daysInMonth(year, month) }),
    };
  }
  const full = formatFullDate({ year, month, day });
  return { first: full, last: full };
}

const pad4 = (n: number): string => String(n).padStart(4, '0');

/**
 * Whether a partial date falls in the inclusive period [from, to] of full dates. 'inside' only when
 * every day it could mean does, so report counts never include a guess; 'uncertain' is reported
 * separately. An empty period (from after to) contains nothing.
 */
export function placeInPeriod(s: string, from: string, to: string): PeriodPlacement {
  const { first, last } = partialDateBounds(s);
  if (!parseFullDate(from) || !parseFullDate(to)) {
    throw new RangeError(`Period bounds must be full dates: ${JSON.stringify(from)}..${JSON.stringify(to)}`);
  }
  // Fixed-width ISO strings compare in calendar order.
  if (from > to || last < from || first > to) return 'outside';
  return first >= from && last <= to ? 'inside' : 'uncertain';
}

/** The Intl locale for an interface language: British English ("4 March 1980"), Russian. */
export function localeFor(language: string): string {
  return FORMAT_LOCALE[language as DisplayLocale] ?? 'en-GB';
}

// en-GB gives "15 March 2021" (en-US would put the month first). Russian appends the year
// abbreviation "г."; it is dropped everywhere so a column of dates reads uniformly.
const FORMAT_LOCALE: Record<DisplayLocale, string> = { en: 'en-GB', ru: 'ru' };

export type MonthStyle = 'long' | 'short';

// Building a formatter costs ~100 µs; deadline lists format thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(language: string, withDay: boolean, month: MonthStyle): Intl.DateTimeFormat {
  const locale = localeFor(language);
  const key = `${locale}:${withDay ? 'day' : 'month'}:${month}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = withDay
      ? { timeZone: 'UTC', day: 'numeric', month, year: 'numeric' }
      : { timeZone: 'UTC', month, year: 'numeric' };
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * "2021", "March 2021" / "март 2021", "15 March 2021" / "15 марта 2021"; with short months
 * "15 Mar 2021" / "15 мар. 2021" for dense lists. Formatted in UTC so no time zone shifts a day.
 * Throws on malformed input; screens that show typed text use showPartialDate.
 */
export function formatPartialDate(s: string, language: string, month: MonthStyle = 'long'): string {
  const { year, month: m, day } = requirePartialDate(s);
  if (m === null) return String(year);
  const instant = new Date(0);
  instant.setUTCFullYear(year, m - 1, day ?? 1);
  return formatterFor(language, day !== null, month).format(instant).replace(/\s*г\.$/u, '');
}

/** A date as a screen shows it: '' for none, the text itself if it is not a partial date. */
export function showPartialDate(value: string | null | undefined, language: string, month: MonthStyle = 'long'): string {
  if (!value) return '';
  return isPartialDate(value) ? formatPartialDate(value, language, month) : value;
}
