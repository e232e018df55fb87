// Dates as people say them: a partial date keeps its precision ("2019", "March 2021",
// "15 March 2021"), never an invented day. Formatted in UTC so no time zone shifts a day.
import { useTranslation } from 'react-i18next';

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const LOCALES: Record<string, string> = { en: 'en-GB', ru: 'ru' };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, withDay: boolean, month: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${language}:${withDay ? 'day' : 'month'}:${month}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = withDay
      ? { timeZone: 'UTC', day: 'numeric', month, year: 'numeric' }
      : { timeZone: 'UTC', month, year: 'numeric' };
    f = new Intl.DateTimeFormat(LOCALES[language] ?? 'en-GB', options);
    formatters.set(key, f);
  }
  return f;
}

/**
 * "2019", "March 2021" / "март 2021", "15 March 2021" / "15 марта 2021"; with short months
 * "15 Mar 2021" / "15 мар. 2021" for dense lists. The input itself if malformed.
 */
export function formatPartialDate(value: string, language: string, month: 'long' | 'short' = 'long'): string {
  const match = PARTIAL.exec(value);
  if (!match) return value;
  const [, y, m, d] = match;
  if (m === undefined) return String(Number(y));
  const instant = new Date(0);
  instant.setUTCFullYear(Number(y), Number(m) - 1, d === undefined ? 1 : Number(d));
  // Russian adds "г." after the year; dropped so a column of dates reads uniformly.
  return formatter(language, d !== undefined, month).format(instant).replace(/\s*г\.$/u, '');
}

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
    partial: (value) => (value ? formatPartialDate(value, language) : t('date.unknown')),
    day: (timestamp) => (timestamp ? formatPartialDate(timestamp.slice(0, 10), language) : ''),
    short: (value) => (value ? formatPartialDate(value.slice(0, 10), language, 'short') : ''),
  };
}
