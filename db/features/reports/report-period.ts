// Period arithmetic for the per-country report: the previous period and the median. Pure; where a
// date falls is in ./report-dates.ts, the figure definitions in ./report.ts.
import { addMonthsClamped, daysBetween, requireFullDate } from '../../../shared/calendar';
import { addDays } from '../../../shared/partial-date';

export interface Period {
  from: string;
  to: string;
}

/**
 * The period of the same length immediately before `from`. A period of whole calendar months
 * (the 1st to a month's last day) is followed back by the same number of whole months, so March
 * compares with February and a quarter with the quarter before; any other period by its length
 * in days. Day-counting March (31 days) would otherwise give 29 January to 28 February.
 */
export function previousPeriod({ from, to }: Period): Period {
  const start = requireFullDate(from);
  const end = requireFullDate(to);
  if (from > to) throw new RangeError(`The period ends before it begins: ${from}..${to}`);
  const before = addDays(from, -1);
  if (start.day === 1 && requireFullDate(addDays(to, 1)).day === 1) {
    const months = end.year * 12 + end.month - (start.year * 12 + start.month) + 1;
    return { from: addMonthsClamped(from, -months), to: before };
  }
  return { from: addDays(from, -(daysBetween(from, to) + 1)), to: before };
}

/** The median of a list of numbers; null for an empty list; the mean of the middle two for an even count. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/** Years rounded to hundredths, so sums of decimal years compare exactly in tests and exports. */
export const roundYears = (n: number): number => Math.round(n * 100) / 100;

/**
 * Decimal years (a sentence figure) as whole years and months, the months rounded to the nearest
 * (253.85 → 253 years 10 months); the sign is kept apart so a change reads "−1 year 6 months".
 */
export function yearsAndMonths(decimalYears: number): { negative: boolean; years: number; months: number } {
  const totalMonths = Math.round(Math.abs(decimalYears) * 12);
  return { negative: decimalYears < 0 && totalMonths > 0, years: Math.floor(totalMonths / 12), months: totalMonths % 12 };
}
