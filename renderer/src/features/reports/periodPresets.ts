// Quick choices for the report's period, whole calendar months, quarters and years in UTC, so the
// previous period the backend compares with is the month, quarter or year before.
export const PERIOD_PRESETS = ['thisMonth', 'lastMonth', 'thisQuarter', 'lastQuarter', 'thisYear', 'lastYear'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface ReportPeriod {
  from: string;
  to: string;
}

const isoDay = (year: number, monthIndex: number, day: number): string => new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);

/** Whole months from the first of `firstMonth` to the last day of `firstMonth + months - 1`; months may run over a year. */
function wholeMonths(year: number, firstMonth: number, months: number): ReportPeriod {
  // Day 0 of the following month is the last day of the period's last month (Date.UTC carries over).
  return { from: isoDay(year, firstMonth, 1), to: isoDay(year, firstMonth + months, 0) };
}

/** The preset's period around `today` (its UTC date). */
export function presetPeriod(preset: PeriodPreset, today: Date): ReportPeriod {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth();
  const quarterStart = month - (month % 3);
  switch (preset) {
    case 'thisMonth':
      return wholeMonths(year, month, 1);
    case 'lastMonth':
      return wholeMonths(year, month - 1, 1);
    case 'thisQuarter':
      return wholeMonths(year, quarterStart, 3);
    case 'lastQuarter':
      return wholeMonths(year, quarterStart - 3, 3);
    case 'thisYear':
      return wholeMonths(year, 0, 12);
    case 'lastYear':
      return wholeMonths(year - 1, 0, 12);
  }
}

/** The preset whose period is exactly this one, if any: the form marks that quick choice as chosen. */
export function matchingPreset(period: ReportPeriod, today: Date): PeriodPreset | null {
  return PERIOD_PRESETS.find((p) => {
    const candidate = presetPeriod(p, today);
    return candidate.from === period.from && candidate.to === period.to;
  }) ?? null;
}
