// Dates on the case file: partial dates as people say them (the formatter is shared, in
// shared/partial-date.ts), "date unknown" for none, short forms for dense lists.
import { useTranslation } from 'react-i18next';

import { showPartialDate } from '../../../shared/partial-date';

/** The year of a partial date, for grouping. */
export function yearOf(value: string): string {
  return value.slice(0, 4);
}

export interface DateFormat {
  /** A partial or full date; the "date unknown" words for null. */
  partial: (value: string | null | undefined) => string;
  /** The day of an ISO timestamp (last activity, done at). */
  day: (timestamp: string | null | undefined) => string;
  /** A full or partial date with a short month, for dense lists. */
  short: (value: string | null | undefined) => string;
}

export function useDateFormat(): DateFormat {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'ru' ? 'ru' : 'en';
  return {
    partial: (value) => (value ? showPartialDate(value, language) : t('date.unknown')),
    day: (timestamp) => (timestamp ? showPartialDate(timestamp.slice(0, 10), language) : ''),
    short: (value) => (value ? showPartialDate(value.slice(0, 10), language, 'short') : ''),
  };
}
