// The report as CSV: one row per figure (section, group, key, current, previous, change), then one
// row per group for the records left out as uncertain, then the names of those detained at the
// end of the period. No CSV library is installed, so quoting is this file's one small function.
import type { CountryReport } from '../contract/reports';

export const CSV_HEADER = ['section', 'group', 'key', 'current', 'previous', 'change'] as const;

/** Key of the per-group row counting records whose dates were too imprecise to place. */
export const UNCERTAIN_KEY = '(uncertain)';
/** Group of the rows naming the people detained at the end of the period. */
export const PEOPLE_GROUP = 'people_detained_at_end';

// A cell a spreadsheet would run as a formula: =, +, -, @ or a tab or carriage return first.
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * One CSV field by RFC 4180: quoted when it holds a comma, a quote or a line break, quotes doubled.
 * Text (never numbers) that a spreadsheet would run as a formula gets a leading apostrophe, since
 * names and facilities are typed by people and the file is opened in Excel.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** RFC 4180 lines end in CRLF. */
const line = (cells: ReadonlyArray<string | number | null>): string => `${cells.map(csvField).join(',')}\r\n`;

export function reportToCsv(report: CountryReport): string {
  let out = line(CSV_HEADER);
  for (const section of report.sections) {
    for (const group of section.groups) {
      for (const f of group.figures) out += line([section.countryCode, group.group, f.key, f.current, f.previous, f.change]);
      const { current, previous } = group.uncertain;
      out += line([section.countryCode, group.group, UNCERTAIN_KEY, current, previous, current - previous]);
    }
    for (const name of section.people) out += line([section.countryCode, PEOPLE_GROUP, name, 1, null, null]);
  }
  return out;
}
