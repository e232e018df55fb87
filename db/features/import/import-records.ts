// A parsed table and its mapping turned into one normalised record per row, plus the value review
// (each distinct raw value of each interpreted field, how it was read, in how many rows). Pure.
import type { ImportField, ImportMapping, ImportNote, ImportSentenceTerm, ImportStatus, ImportValueReview } from '../../contract/imports';
import type { CaseStatus, Confidentiality, DetentionType, Profession, Sex } from '../../../shared/vocabulary';
import type { ChargeReading } from './rules/import-charges';
import type { SentenceReading } from './rules/import-sentence';
import { readOverride, readValue, REVIEWED_FIELDS, type CountryIndex, type ValueReading } from './import-values';
import type { ImportTable } from './files/table';

/** What one row says, in stored form. Its JSON is hashed to tell a changed row from an unchanged one. */
export interface ImportRecord {
  name: string | null;
  nameVariants: string[];
  sex: Sex | null;
  birthDate: string | null;
  deathDate: string | null;
  citizenship: string | null;
  professions: Profession[];
  organisations: string | null;
  confidentiality: Confidentiality | null;
  country: string | null;
  place: string | null;
  detentionStart: string | null;
  detentionType: DetentionType | null;
  facility: string | null;
  charges: ChargeReading[];
  sentence: SentenceReading | null;
  caseStatus: CaseStatus | null;
  status: ImportStatus | null;
  notes: string | null;
  source: string | null;
  externalId: string | null;
  /** The year or date the row records the person as held (a census year); a partial date. */
  observedOn: string | null;
}

export interface RecordRow {
  row: number;
  record: ImportRecord;
  /** Problems that did not stop the row, in the order they were met. */
  notes: ImportNote[];
  /** Country text given but not recognised: the row cannot be placed. */
  countryUnrecognised: boolean;
}

export type Overrides = Partial<Record<ImportField, Record<string, string | null>>>;

/** Which cells feed each field: mapped columns (several join with a line break) or the fixed value. */
function fieldSources(mapping: ImportMapping, headers: readonly string[]): Map<ImportField, number[]> {
  const out = new Map<ImportField, number[]>();
  headers.forEach((h, i) => {
    const field = mapping.columns[h];
    if (field === undefined || field === 'ignore') return;
    out.set(field, [...(out.get(field) ?? []), i]);
  });
  return out;
}

function emptyRecord(): ImportRecord {
  return {
    name: null, nameVariants: [], sex: null, birthDate: null, deathDate: null, citizenship: null, professions: [], organisations: null,
    confidentiality: null, country: null, place: null, detentionStart: null, detentionType: null, facility: null, charges: [], sentence: null,
    caseStatus: null, status: null, notes: null, source: null, externalId: null, observedOn: null,
  };
}

function assign(record: ImportRecord, field: ImportField, parsed: ValueReading['parsed']): void {
  (record as unknown as Record<string, unknown>)[field] = parsed ?? (Array.isArray(record[field]) ? [] : null);
}

/** A sentence reading as numbers for the renderer; none for a cell that gives no sentence. */
function termOf(reading: SentenceReading | null): ImportSentenceTerm | null {
  if (reading === null || reading.kind === 'none') return null;
  if (reading.kind === 'life') return { kind: 'life' };
  if (reading.kind === 'ends') return { kind: 'ends', date: reading.date };
  return { kind: 'term', years: reading.years, months: reading.months, days: reading.days, max: reading.max ?? null };
}

export interface RecordsAndReview {
  rows: RecordRow[];
  values: ImportValueReview[];
}

export function buildRecords(table: ImportTable, mapping: ImportMapping, overrides: Overrides, countries: CountryIndex): RecordsAndReview {
  const sources = fieldSources(mapping, table.headers);
  const fixed = Object.entries(mapping.fixed).filter(([, v]) => v !== undefined && v.trim() !== '') as [ImportField, string][];
  const fields = new Set<ImportField>([...sources.keys(), ...fixed.map(([f]) => f)]);
  const readings = new Map<string, ValueReading>();
  const review = new Map<string, ImportValueReview>();
  const rows: RecordRow[] = table.rows.map((cells, i) => {
    const record = emptyRecord();
    const notes: ImportNote[] = [];
    let countryUnrecognised = false;
    // The country first: charges without a named code fall back to the country's criminal code.
    const order = [...fields].sort((a, b) => (a === 'country' ? -1 : b === 'country' ? 1 : 0));
    for (const field of order) {
      const given = fixed.find(([f]) => f === field)?.[1];
      const raw = (given ?? (sources.get(field) ?? []).map((c) => cells[c] ?? '').filter((s) => s !== '').join('\n')).trim();
      if (raw === '') continue;
      const fallbackCode = `Criminal code (${record.country ?? '?'})`;
      const key = `${field}\u0000${raw}\u0000${fallbackCode}`;
      let reading = readings.get(key);
      const override = overrides[field];
      const overridden = override !== undefined && Object.prototype.hasOwnProperty.call(override, raw);
      if (!reading) {
        reading = overridden ? readOverride(field, raw, override[raw] ?? null, countries, fallbackCode) : readValue(field, raw, countries, fallbackCode);
        readings.set(key, reading);
      }
      assign(record, field, reading.parsed);
      if (reading.note) notes.push(reading.note);
      if (field === 'country' && reading.status === 'unrecognised') countryUnrecognised = true;
      if (!REVIEWED_FIELDS.has(field)) continue;
      const reviewKey = `${field}\u0000${raw}`;
      const seen = review.get(reviewKey);
      if (seen) seen.rows += 1;
      else {
        const warned = reading.status === 'unrecognised' ? null : reading.note;
        review.set(reviewKey, { field, raw, value: reading.value, status: reading.status, rows: 1, overridden, note: warned, sentence: field === 'sentence' ? termOf(reading.parsed as SentenceReading | null) : null });
      }
    }
    return { row: table.rowNumbers[i] ?? i + 2, record, notes, countryUnrecognised };
  });
  return { rows, values: [...review.values()] };
}

const DATE_FIELDS: ReadonlySet<keyof ImportRecord> = new Set(['birthDate', 'deathDate', 'detentionStart', 'observedOn']);

/**
 * The fields of a re-imported row whose new value differs from the one imported before. An
 * emptied cell is not a change: it erases nothing, since the row may come from another file that
 * lacks the column, and a blank is more often a gap in the spreadsheet than news.
 */
export function changedFields(before: Partial<ImportRecord>, now: ImportRecord): (keyof ImportRecord)[] {
  return (Object.keys(now) as (keyof ImportRecord)[]).filter((field) => {
    const value = now[field];
    if (value === null || (Array.isArray(value) && value.length === 0)) return false;
    const old = before[field] ?? null;
    // A coarser date that agrees (1975 after 1975-06, a choice made in the value review) is no news.
    if (DATE_FIELDS.has(field) && typeof old === 'string' && typeof value === 'string' && old.startsWith(value)) return false;
    return JSON.stringify(old) !== JSON.stringify(value);
  });
}
