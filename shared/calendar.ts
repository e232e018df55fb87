// Proleptic Gregorian calendar arithmetic on full dates 'YYYY-MM-DD', in integers only.
// No Date parsing of strings: the host's time zone must never shift a day.

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Years outside four digits cannot be written as 'YYYY' and would break string ordering. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDay(parts: CalendarDay): boolean {
  const { year, month, day } = parts;
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Parts of a full date that really exists, or null. */
export function parseFullDate(s: string): CalendarDay | null {
  const match = FULL_DATE.exec(s);
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDay(parts) ? parts : null;
}

export function isFullDate(s: string): boolean {
  return parseFullDate(s) !== null;
}

/** Like parseFullDate, for callers whose input has already been validated. */
export function requireFullDate(s: string): CalendarDay {
  const parts = parseFullDate(s);
  if (!parts) throw new RangeError(`Not a full date (YYYY-MM-DD): ${JSON.stringify(s)}`);
  return parts;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function formatFullDate(parts: CalendarDay): string {
  if (!isValidDay(parts)) throw new RangeError(`No such date: ${JSON.stringify(parts)}`);
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

// Days since 1970-01-01 and back, after Howard Hinnant's days_from_civil / civil_from_days:
// exact for every Gregorian date, with no floating point and no Date object.
export function toDayNumber({ year, month, day }: CalendarDay): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(dayNumber: number): CalendarDay {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** The full date n days after (or, for negative n, before) the given one. */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Days must be a whole number: ${n}`);
  return formatFullDate(fromDayNumber(toDayNumber(requireFullDate(date)) + n));
}

/** Signed number of days from a to b: positive when b is later. */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(requireFullDate(b)) - toDayNumber(requireFullDate(a));
}

/**
 * Adds whole months; a day that does not exist in the target month (31 April, 29 February in a
 * common year) becomes that month's last day, as courts count terms to the end of the month.
 */
export function addMonthsClamped(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`Months must be a whole number: ${months}`);
  const { year, month, day } = requireFullDate(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  if (targetYear < MIN_YEAR || targetYear > MAX_YEAR) throw new RangeError(`Date out of range: year ${targetYear}`);
  return formatFullDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

export function addYearsClamped(date: string, years: number): string {
  if (!Number.isInteger(years)) throw new RangeError(`Years must be a whole number: ${years}`);
  return addMonthsClamped(date, years * 12);
}

/**
 * Today's date in UTC. Callers that need the user's local day should pass a Date already
 * shifted by their offset; the domain itself never reads the host time zone.
 */
export function todayIso(now: Date): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('Invalid Date');
  return formatFullDate({ year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() });
}
