// Dates as people say them: a partial date keeps its precision ("2019", "March 2021",
// "15 March 2021"), never an invented day. Formatted in UTC so no time zone shifts a day.
// Shared by every screen that shows partial dates.
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const LOCALES: Record<string, string> = { en: 'en-GB', ru: 'ru' };

/** The Intl locale for a UI language: British English ("4 March 1980"), Russian. */
export function localeFor(language: string): string {
  return LOCALES[language] ?? 'en-GB';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, withDay: boolean, month: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${language}:${withDay ? 'day' : 'month'}:${month}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = withDay
      ? { timeZone: 'UTC', day: 'numeric', month, year: 'numeric' }
      : { timeZone: 'UTC', month, year: 'numeric' };
    f = new Intl.DateTimeFormat(localeFor(language), options);
    formatters.set(key, f);
  }
  return f;
}

/**
 * "2019", "March 2021" / "март 2021", "15 March 2021" / "15 марта 2021"; with short months
 * "15 Mar 2021" / "15 мар. 2021" for dense lists. The input itself if malformed; '' for none.
 */
export function formatPartialDate(value: string | null | undefined, language: string, month: 'long' | 'short' = 'long'): string {
  if (!value) return '';
  const match = PARTIAL.exec(value);
  if (!match) return value;
  const [, y, m, d] = match;
  if (m === undefined) return String(Number(y));
  const instant = new Date(0);
  instant.setUTCFullYear(Number(y), Number(m) - 1, d === undefined ? 1 : Number(d));
  // Russian adds "г." after the year; dropped so a column of dates reads uniformly.
  return formatter(language, d !== undefined, month).format(instant).replace(/\s*г\.$/u, '');
}
