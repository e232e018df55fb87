// Numbers and days as the report shows them, in the reader's language: days in UTC (the periods
// are calendar days, not instants) and figures with at most two decimals (sentence years).
import { useTranslation } from 'react-i18next';

import { localeFor } from '../../i18n/partial-dates';
import type { ReportPeriod } from './periodPresets';

const utcDay = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

export interface ReportFormat {
  number: (n: number | null) => string;
  day: (iso: string) => string;
  period: (p: ReportPeriod) => string;
  /** A timestamp as day and time in the reader's own time zone (when the report was made). */
  instant: (iso: string) => string;
}

export function reportFormat(language: string): ReportFormat {
  // The same locales as every other date on screen (British English, Russian).
  const numbers = new Intl.NumberFormat(localeFor(language), { maximumFractionDigits: 2 });
  const days = new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'medium', timeZone: 'UTC' });
  const instants = new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'long', timeStyle: 'short' });
  return {
    number: (n) => (n === null ? '—' : numbers.format(n)),
    day: (iso) => days.format(utcDay(iso)),
    period: (p) => days.formatRange(utcDay(p.from), utcDay(p.to)),
    instant: (iso) => instants.format(new Date(iso)),
  };
}

export function useReportFormat(): ReportFormat {
  const { i18n } = useTranslation();
  return reportFormat(i18n.language);
}
