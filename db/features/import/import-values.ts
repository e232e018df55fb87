// One cell's raw text for one field turned into what Habeas stores, with how it was seen
// (exact, normalised, unrecognised) and any warning. Pure apart from the country list it is given.
// A user's override from the value review replaces the reading and is checked like typed input.
import { invalid } from '../../backend/errors';
import type { ImportField, ImportNote } from '../../contract/imports';
import { isPartialDate } from '../../../shared/partial-date';
import { BUILT_IN_COUNTRY_NAMES, foldCountryName } from './rules/country-names';
import { readCharges, type ChargeReading } from './rules/import-charges';
import { parseLooseDate } from './rules/import-dates';
import { readSentence, sentenceText, type SentenceReading } from './rules/import-sentence';
import { isImportStatus, readStatus } from './rules/import-status';
import { isVocabularyValue, splitCell, vocabularyValue, type VocabularyField } from './rules/import-vocab';
import { fieldLabel as label, note } from './import-messages';

/** Country names and codes, folded (foldCountryName), to ISO code. */
export type CountryIndex = ReadonlyMap<string, string>;

/**
 * Every name a country is known by: the built-in names people write (db/features/import/rules/country-names.ts),
 * then the user's aliases (which may correct a built-in one), then the countries table's codes and
 * CLDR names, which nothing overrides. `aliases` are folded already.
 */
export function countryIndex(rows: readonly { code: string; nameEn: string; nameRu: string }[], aliases: readonly { alias: string; countryCode: string }[] = []): CountryIndex {
  const known = new Set(rows.map((r) => r.code));
  const out = new Map<string, string>();
  for (const [name, code] of BUILT_IN_COUNTRY_NAMES) if (known.has(code)) out.set(name, code);
  for (const a of aliases) if (known.has(a.countryCode)) out.set(a.alias, a.countryCode);
  for (const r of rows) {
    out.set(foldCountryName(r.code), r.code);
    out.set(foldCountryName(r.nameEn), r.code);
    out.set(foldCountryName(r.nameRu), r.code);
  }
  return out;
}

/** The ISO code a cell names, or null. */
export const lookupCountry = (index: CountryIndex, raw: string): string | null => index.get(foldCountryName(raw)) ?? null;

export type Parsed = string | string[] | ChargeReading[] | SentenceReading | null;

/** A charge as the review and the CLI show it: "205.2 УК РФ", "False news", "318 CC (TR): violence against an official". */
export const chargeText = (c: ChargeReading): string =>
  c.article === '' ? (c.text ?? '') : `${c.article} ${c.code}${c.text ? `: ${c.text}` : ''}`;

export interface ValueReading {
  /** As the review shows it; null when left empty. */
  value: string | null;
  parsed: Parsed;
  status: 'exact' | 'normalised' | 'unrecognised';
  /** A problem that did not stop the row; its English text comes from import-messages. */
  note: ImportNote | null;
}

/** Fields whose values the review lists: the ones Habeas interprets rather than keeps as text. */
export const REVIEWED_FIELDS: ReadonlySet<ImportField> = new Set([
  'sex', 'birthDate', 'deathDate', 'citizenship', 'professions', 'confidentiality', 'country',
  'detentionStart', 'detentionType', 'charges', 'sentence', 'caseStatus', 'status', 'observedOn',
]);

const VOCABULARY_FIELDS: ReadonlySet<string> = new Set(['sex', 'professions', 'detentionType', 'caseStatus', 'confidentiality']);
const DATE_FIELDS: ReadonlySet<string> = new Set(['birthDate', 'deathDate', 'detentionStart', 'observedOn']);

const unrecognised = (field: ImportField, raw: string): ValueReading => ({
  value: null, parsed: null, status: 'unrecognised', note: note('unrecognised', field, raw),
});

function readVocabulary(field: VocabularyField, raw: string): ValueReading {
  if (field === 'professions') {
    const parts = splitCell(raw);
    const values = parts.map((p) => vocabularyValue('professions', p));
    const known = [...new Set(values.filter((v): v is string => v !== null))];
    if (known.length === 0) return unrecognised(field, raw);
    const exact = parts.every((p, i) => p === values[i]);
    const missing = parts.filter((_, i) => values[i] === null);
    const warning = missing.length ? note('professionsUnrecognised', field, raw, { values: missing.join('; ') }) : null;
    return { value: known.join('; '), parsed: known, status: exact ? 'exact' : 'normalised', note: warning };
  }
  const value = vocabularyValue(field, raw);
  if (value === null) return unrecognised(field, raw);
  return { value, parsed: value, status: value === raw ? 'exact' : 'normalised', note: null };
}

function readDate(field: ImportField, raw: string): ValueReading {
  const date = parseLooseDate(raw);
  if (!date) return unrecognised(field, raw);
  const warning = date.ambiguous ? note('dateDayFirst', field, raw, { date: date.value }) : null;
  return { value: date.value, parsed: date.value, status: date.value === raw ? 'exact' : 'normalised', note: warning };
}

/** A sentence cell: read, with a warning whenever the reading is not all the cell says. */
function readSentenceValue(raw: string): ValueReading {
  const field = 'sentence';
  const reading = readSentence(raw);
  if (!reading) return unrecognised(field, raw);
  if (reading.kind === 'none') return { value: null, parsed: null, status: 'normalised', note: note(reading.reason, field, raw) };
  let warning: ImportNote | null = null;
  if (reading.kind === 'ends' && reading.ambiguous) warning = note('sentenceEndDayFirst', field, raw, { date: reading.date });
  else if (reading.kind === 'term' && reading.unread) warning = note('sentencePartlyRead', field, raw, { words: reading.unread });
  else if (reading.kind === 'term' && reading.max) warning = note('sentenceRange', field, raw);
  return { value: sentenceText(reading), parsed: reading, status: 'normalised', note: warning };
}

/** The reading of one raw value (already trimmed, non-empty) for a field. */
export function readValue(field: ImportField, raw: string, countries: CountryIndex, fallbackCode: string): ValueReading {
  if (VOCABULARY_FIELDS.has(field)) return readVocabulary(field as VocabularyField, raw);
  if (DATE_FIELDS.has(field)) return readDate(field, raw);
  if (field === 'country' || field === 'citizenship') {
    const code = lookupCountry(countries, raw);
    return code ? { value: code, parsed: code, status: code === raw ? 'exact' : 'normalised', note: null } : unrecognised(field, raw);
  }
  if (field === 'status') {
    const status = readStatus(raw);
    return status ? { value: status, parsed: status, status: status === raw ? 'exact' : 'normalised', note: null } : unrecognised(field, raw);
  }
  if (field === 'sentence') return readSentenceValue(raw);
  if (field === 'charges') {
    const list = readCharges(raw, fallbackCode);
    // Never refused: a cell with letters is a charge in words even when no category fits.
    if (list.length === 0) return /\p{L}{2,}/u.test(raw) ? { value: raw, parsed: [{ code: fallbackCode, article: '', text: raw }], status: 'normalised', note: null } : unrecognised(field, raw);
    return { value: list.map(chargeText).join('; '), parsed: list, status: 'normalised', note: null };
  }
  if (field === 'nameVariants') {
    const list = splitCell(raw);
    return { value: list.join('; '), parsed: list, status: 'exact', note: null };
  }
  return { value: raw, parsed: raw, status: 'exact', note: null };
}

/** A user's override, checked like typed input: a wrong one is a VALIDATION error naming it. */
export function readOverride(field: ImportField, raw: string, override: string | null, countries: CountryIndex, fallbackCode: string): ValueReading {
  if (override === null || override.trim() === '') return { value: null, parsed: null, status: 'normalised', note: null };
  const text = override.trim();
  const wrong = (what: string, reason: 'override_not_vocabulary' | 'override_not_date' | 'override_not_country' | 'override_unreadable') =>
    invalid(`Your choice "${text}" for ${label(field)} "${raw}" is not ${what}.`, { reason, params: { field, raw, choice: text }, field, raw });
  if (VOCABULARY_FIELDS.has(field)) {
    const parts = field === 'professions' ? splitCell(text) : [text];
    if (!parts.every((p) => isVocabularyValue(field as VocabularyField, p))) throw wrong('one of the listed values', 'override_not_vocabulary');
    return { value: parts.join('; '), parsed: field === 'professions' ? parts : text, status: 'normalised', note: null };
  }
  if (DATE_FIELDS.has(field) && !isPartialDate(text)) throw wrong('a date written YYYY, YYYY-MM or YYYY-MM-DD', 'override_not_date');
  if ((field === 'country' || field === 'citizenship') && lookupCountry(countries, text) === null) throw wrong('a known country', 'override_not_country');
  if (field === 'status' && !isImportStatus(text) && readStatus(text) === null) throw wrong('one of the listed values', 'override_not_vocabulary');
  const reading = readValue(field, text, countries, fallbackCode);
  if (reading.status === 'unrecognised' && REVIEWED_FIELDS.has(field)) throw wrong('something Habeas can read', 'override_unreadable');
  return { ...reading, status: 'normalised', note: null };
}
