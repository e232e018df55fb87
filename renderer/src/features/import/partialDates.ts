// Partial dates as people say them: "2019", "March 2021", "4 March 2021", in the UI's language.
const PATTERN = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

export function formatPartialDate(value: string | null, locale: string): string {
  if (!value) return '';
  const match = PATTERN.exec(value);
  if (!match) return value;
  const [, year = '', month, day] = match;
  if (!month) return year;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  const options: Intl.DateTimeFormatOptions = day ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}
