// The report as CSV: one row per figure (section, group, key, current, previous, change), then one
// row per group for the records left out as uncertain, then the names of those detained at the
// end of the period. Written by papaparse (RFC 4180, CRLF), with a byte-order mark so that Excel
// on Windows reads the Cyrillic and Chinese names as UTF-8 instead of the local code page.
import Papa from 'papaparse';

import type { CountryReport } from '../contract/reports';

export const CSV_HEADER = ['section', 'group', 'key', 'current', 'previous', 'change'] as const;

/** Key of the per-group row counting records whose dates were too imprecise to place. */
export const UNCERTAIN_KEY = '(uncertain)';
/** Group of the rows naming the people detained at the end of the period. */
export const PEOPLE_GROUP = 'people_detained_at_end';

/** Marks the file as UTF-8 for spreadsheets; CSV readers (papaparse, LibreOffice) skip it. */
export const CSV_BOM = '\uFEFF';

type Cell = string | number | null;

/**
 * Rows as CSV lines ending in CRLF. Text a spreadsheet would run as a formula (=, +, -, @, tab or
 * carriage return first) gets a leading apostrophe, since names and facilities are typed by people
 * and the file is opened in Excel; numbers are left alone.
 */
export function csvLines(rows: readonly (readonly Cell[])[]): string {
  if (rows.length === 0) return '';
  return `${Papa.unparse(rows.map((r) => [...r]), { newline: '\r\n', escapeFormulae: true })}\r\n`;
}

export function reportToCsv(report: CountryReport): string {
  const rows: Cell[][] = [[...CSV_HEADER]];
  for (const section of report.sections) {
    for (const group of section.groups) {
      for (const f of group.figures) rows.push([section.countryCode, group.group, f.key, f.current, f.previous, f.change]);
      const { current, previous } = group.uncertain;
      rows.push([section.countryCode, group.group, UNCERTAIN_KEY, current, previous, current - previous]);
    }
    for (const name of section.people) rows.push([section.countryCode, PEOPLE_GROUP, name, 1, null, null]);
  }
  return CSV_BOM + csvLines(rows);
}
