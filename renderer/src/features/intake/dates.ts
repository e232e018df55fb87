// Dates as caseworkers read them: partial dates shown honestly ("March 2021", "1968", never an
// invented day), today's date for defaults, and the clock time a draft was saved.

const LOCALES: Record<string, string> = { en: 'en-GB', ru: 'ru-RU' };

function localeOf(language: string): string {
  return LOCALES[language] ?? language;
}

/** 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' → "1968" / "March 2021" / "12 Mar 2021"; '' for none. */
export function formatPartialDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return value;
  if (m === undefined) return String(y);
  // Dates are calendar days, not instants: format in UTC so no time zone moves them.
  const at = new Date(Date.UTC(y, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d === undefined ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(localeOf(language), options).format(at);
}

/** Today on this computer's calendar, YYYY-MM-DD (what a caseworker means by "today"). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An ISO timestamp as the local clock time, e.g. "14:05". */
export function formatClock(iso: string, language: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  return new Intl.DateTimeFormat(localeOf(language), { hour: '2-digit', minute: '2-digit' }).format(at);
}
