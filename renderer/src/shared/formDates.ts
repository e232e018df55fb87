// Today's date for form defaults and the clock time a draft was saved; partial dates are
// formatted by shared/partial-date.ts like on every other screen.

import { localeFor } from '../../../shared/partial-date';

/** Today on this computer's calendar, YYYY-MM-DD (what a caseworker means by "today"). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An ISO timestamp as the local clock time, e.g. "14:05". */
export function formatClock(iso: string, language: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  return new Intl.DateTimeFormat(localeFor(language), { hour: '2-digit', minute: '2-digit' }).format(at);
}
