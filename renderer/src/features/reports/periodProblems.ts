// The form's own check of the period, before any call: the same rules as the contract's
// reportOptions (real dates, in order, 1900 to 2200), worded for the form in the reader's language.
import type { ReportPeriod } from './periodPresets';

export type PeriodProblem = 'missing' | 'notADate' | 'order' | 'range';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRealDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function dayProblem(value: string): PeriodProblem | null {
  if (value === '') return 'missing';
  if (!isRealDay(value)) return 'notADate';
  return value < '1900-01-01' || value > '2200-12-31' ? 'range' : null;
}

/** Problems by field; empty when the period can be asked for. */
export function periodProblems({ from, to }: ReportPeriod): Partial<Record<keyof ReportPeriod, PeriodProblem>> {
  const problems: Partial<Record<keyof ReportPeriod, PeriodProblem>> = {};
  const fromProblem = dayProblem(from);
  const toProblem = dayProblem(to);
  if (fromProblem) problems.from = fromProblem;
  if (toProblem) problems.to = toProblem;
  if (!fromProblem && !toProblem && to < from) problems.to = 'order';
  return problems;
}
