// Sentence arithmetic: from a start date, a term and the pre-trial credit to the expected release.
//
// Convention (tested in test/db/features/detention/sentence.test.ts):
// 1. Add the years, then the months, then the days to the start date, in that order. When adding
//    years or months lands on a day the month lacks (29 February in a common year, the 31st of a
//    30-day month), use that month's last day: 2020-02-29 + 1 year = 2021-02-28.
// 2. Subtract the days credited for pre-trial detention.
// 3. The result is start + term, the day on which the term is completed and the person is due out
//    (2021-01-10 + 1 year = 2022-01-10), not start + term - 1 day.
// 4. The release is never before the start: a credit larger than the term gives the start date,
//    flagged with creditExceedsTerm so the UI can ask the caseworker to check the figures.
// 5. A partial start (year or month) is computed from the first and the last day it could mean; the
//    result keeps only the precision on which both agree and is never finer than the start.
import type { DatePrecision } from '../../../shared/vocabulary';
import { addDays, addMonthsClamped, addYearsClamped, daysBetween } from '../../../shared/calendar';
import { parsePartialDate, partialDateBounds } from '../../../shared/partial-date';

export interface SentenceTerm {
  years: number;
  months: number;
  days: number;
}

export interface ExpectedReleaseInput extends SentenceTerm {
  /** Partial date: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  start: string | null;
  creditDays: number;
  life: boolean;
}

export interface ExpectedRelease {
  /** A partial date with the given precision. */
  date: string;
  precision: DatePrecision;
  /** The credit is longer than the term (for at least one day a partial start could mean). */
  creditExceedsTerm: boolean;
}

function assertCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0: ${value}`);
}

function assertTerm({ years, months, days }: SentenceTerm): void {
  assertCount('years', years);
  assertCount('months', months);
  assertCount('days', days);
}

/** The full date on which a term begun on the full date `start` is completed, before any credit. */
export function addTerm(start: string, term: SentenceTerm): string {
  assertTerm(term);
  return addDays(addMonthsClamped(addYearsClamped(start, term.years), term.months), term.days);
}

/** Length in days of a term begun on the full date `start`; it depends on the start (leap years, month lengths). */
export function termInDays(start: string, term: SentenceTerm): number {
  return daysBetween(start, addTerm(start, term));
}

/** Release for a full start date; exported for callers that already hold a full date. */
export function releaseFromFullStart(
  start: string,
  term: SentenceTerm,
  creditDays: number,
): { date: string; creditExceedsTerm: boolean } {
  assertCount('creditDays', creditDays);
  const completed = addTerm(start, term);
  const creditExceedsTerm = creditDays > daysBetween(start, completed);
  return { date: creditExceedsTerm ? start : addDays(completed, -creditDays), creditExceedsTerm };
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/** Null for a life sentence or an unknown start: there is no date to expect. */
export function expectedRelease(input: ExpectedReleaseInput): ExpectedRelease | null {
  const { start, life, creditDays } = input;
  if (life || start === null) return null;
  const startParts = parsePartialDate(start);
  if (!startParts) throw new RangeError(`Sentence start is not a partial date: ${JSON.stringify(start)}`);
  const { first, last } = partialDateBounds(start);
  const early = releaseFromFullStart(first, input, creditDays);
  const late = releaseFromFullStart(last, input, creditDays);
  const creditExceedsTerm = early.creditExceedsTerm || late.creditExceedsTerm;

  // The release date never decreases as the start moves later, so every day between the two
  // bounds releases between `early` and `late`: agreement at both ends holds for all of them.
  const agreed = agreedPrecision(early.date, late.date);
  if (agreed === null) return null;
  const precision = PRECISION_RANK[agreed] <= PRECISION_RANK[startParts.precision] ? agreed : startParts.precision;
  return { date: truncate(early.date, precision), precision, creditExceedsTerm };
}

function agreedPrecision(a: string, b: string): DatePrecision | null {
  if (a === b) return 'day';
  if (a.slice(0, 7) === b.slice(0, 7)) return 'month';
  if (a.slice(0, 4) === b.slice(0, 4)) return 'year';
  return null;
}

function truncate(fullDate: string, precision: DatePrecision): string {
  if (precision === 'year') return fullDate.slice(0, 4);
  return precision === 'month' ? fullDate.slice(0, 7) : fullDate;
}

/** Decimal years for reports (totals and medians); 365.25 days to the year on average. */
export function sentenceYears(years: number, months: number, days: number): number {
  return years + months / 12 + days / 365.25;
}
