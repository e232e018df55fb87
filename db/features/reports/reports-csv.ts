// The report as CSV: a header row of machine keys, a second header row naming the columns in the
// user's language, one row per figure (section, group, key, current, previous, change, then the
// country, group and figure in words and, for sentence years, the durations in years and months),
// one row per group and reason for the records left out, then the names of those detained at the
// end of the period. Written by papaparse (RFC 4180, CRLF), with a byte-order mark so that Excel
// on Windows reads the Cyrillic and Chinese names as UTF-8 instead of the local code page.
import Papa from 'papaparse';

import { LEFT_OUT_REASONS, type CountryReport, type ReportFigure, type ReportGroupName, type ReportLanguage } from '../../contract/reports';
import { yearsAndMonths } from './report-period';
import { CSV_COLUMNS, REPORT_WORDS, type ReportWords } from './report-labels';

export { CSV_COLUMNS } from './report-labels';

/** Keys of the per-group rows counting records left out, by reason. */
export const LEFT_OUT_KEYS = { no_date: '(no_date)', coarse_date: '(coarse_date)' } as const;
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

/** Figures of the sentences group that are durations in decimal years. */
const DURATIONS = new Set(['total_years', 'median_years']);

const UNKNOWN_KEY = '(unknown)';
const NO_PROFESSION_KEY = '(none)';
const CONFIDENTIAL = /^Confidential \((\d+)\)$/;

const VOCAB_GROUP: Partial<Record<ReportGroupName, string>> = {
  referrals_by_channel: 'channel',
  referrals_by_profession: 'profession',
  referrals_decided: 'referralStatus',
  detained_by_type: 'detentionType',
  arrests: 'detentionType',
  releases_by_reason: 'releaseReason',
  advocacy_by_type: 'advocacyType',
  wgad_opinions: 'wgadOutcome',
};

/** The words for a figure's key, as the screen's figureLabels.ts chooses them; free text as recorded. */
function figureWords(words: ReportWords, group: ReportGroupName, key: string): string {
  if (key === 'total') return words.total[group] ?? key;
  if (key === NO_PROFESSION_KEY) return words.noProfession;
  if (key === UNKNOWN_KEY) return group === 'detained_by_facility' ? words.unknownFacility : words.unknownReason;
  if (group === 'sentences') return words.sentences[key as keyof ReportWords['sentences']] ?? key;
  if (group === 'wgad_opinions' && /^(I|II|III|IV|V)$/.test(key)) return words.category.replace('{{category}}', key);
  const vocab = VOCAB_GROUP[group];
  return (vocab === undefined ? undefined : words.vocab[vocab]?.[key]) ?? key;
}

const plural = (language: ReportLanguage) => new Intl.PluralRules(language === 'ru' ? 'ru' : 'en-GB');

interface Units {
  years: Record<string, string>;
  months: Record<string, string>;
  none: string;
  more: (term: string) => string;
  less: (term: string) => string;
}

const UNITS: Record<ReportLanguage, Units> = {
  en: {
    years: { one: 'year', other: 'years' }, months: { one: 'month', other: 'months' }, none: '0 months',
    more: (term) => `${term} more`, less: (term) => `${term} less`,
  },
  ru: {
    years: { one: 'год', few: 'года', many: 'лет', other: 'года' }, months: { one: 'месяц', few: 'месяца', many: 'месяцев', other: 'месяца' }, none: '0 месяцев',
    more: (term) => `больше на ${term}`, less: (term) => `меньше на ${term}`,
  },
};

/**
 * 253.85 → "253 years 10 months" / "253 года 10 месяцев". A change says "more" or "less" in
 * words: a leading "+" or "−" would be taken for a formula by spreadsheets (and defused).
 */
export function durationText(decimalYears: number | null, language: ReportLanguage, signed = false): string | null {
  if (decimalYears === null) return null;
  const { negative, years, months } = yearsAndMonths(decimalYears);
  const rules = plural(language);
  const units = UNITS[language];
  const parts = [
    years > 0 ? `${years} ${units.years[rules.select(years)] ?? units.years.other}` : null,
    months > 0 ? `${months} ${units.months[rules.select(months)] ?? units.months.other}` : null,
  ].filter((p) => p !== null);
  const text = parts.length > 0 ? parts.join(' ') : units.none;
  if (!signed || parts.length === 0) return text;
  return negative ? units.less(text) : units.more(text);
}

function figureRow(words: ReportWords, language: ReportLanguage, country: [string, string], group: ReportGroupName, f: ReportFigure): Cell[] {
  const duration = group === 'sentences' && DURATIONS.has(f.key);
  const texts: Cell[] = duration
    ? [durationText(f.current, language), durationText(f.previous, language), durationText(f.change, language, true)]
    : [null, null, null];
  return [country[0], group, f.key, f.current, f.previous, f.change, country[1], words.group[group], figureWords(words, group, f.key), ...texts];
}

export interface CsvNames {
  /** The country's name in the CSV's language, by code. */
  countryName: (code: string, fallback: string) => string;
}

export function reportToCsv(report: CountryReport, language: ReportLanguage, names: CsvNames): string {
  const words = REPORT_WORDS[language];
  const rows: Cell[][] = [[...CSV_COLUMNS], CSV_COLUMNS.map((c) => words.columns[c])];
  for (const section of report.sections) {
    const country: [string, string] = [section.countryCode, names.countryName(section.countryCode, section.countryName)];
    for (const group of section.groups) {
      for (const f of group.figures) rows.push(figureRow(words, language, country, group.group, f));
      for (const reason of LEFT_OUT_REASONS) {
        const current = group.leftOut.current[reason];
        const previous = group.leftOut.previous[reason];
        rows.push([country[0], group.group, LEFT_OUT_KEYS[reason], current, previous, current - previous, country[1], words.group[group.group], words.leftOut[reason], null, null, null]);
      }
    }
    for (const name of section.people) {
      const placeholder = CONFIDENTIAL.exec(name);
      const label = placeholder ? words.confidential.replace('{{n}}', placeholder[1] ?? '') : name;
      rows.push([country[0], PEOPLE_GROUP, name, 1, null, null, country[1], words.peopleGroup, label, null, null, null]);
    }
  }
  return CSV_BOM + csvLines(rows);
}
