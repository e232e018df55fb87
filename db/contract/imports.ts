// Contract slice: bringing existing spreadsheets in (CSV, XLSX, JSON). Stateless: every call
// carries the file, so nothing decrypted is kept between calls. The flow is inspect (headers,
// guessed mapping) → dryRun (row-by-row plan, value review, duplicates) → run (one transaction,
// audited with the file's name and hash). Re-importing the same file creates nothing new.
import { z } from 'zod';

import { method, nonEmpty } from './core';
import { EDITORS } from './people';

/** Habeas fields a column can be mapped onto. */
export const IMPORT_FIELDS = [
  /** The person's name as written; required (mapped or fixed). */
  'name',
  /** Other spellings of the name; several per cell. */
  'nameVariants',
  'sex',
  'birthDate',
  /** Closes the case as 'died' on that date. */
  'deathDate',
  'citizenship',
  /** Several per cell. */
  'professions',
  'organisations',
  'confidentiality',
  /** The case's country; required (mapped or fixed, e.g. --set country=CN). */
  'country',
  /** A town or region named in the row; kept in the person's notes. */
  'place',
  /** The start of the detention episode (arrest). */
  'detentionStart',
  'detentionType',
  'facility',
  /** Several per cell ("205.2 УК РФ; 280"). */
  'charges',
  /** Free text: "7 years 6 months", "life", or the date the sentence ends. */
  'sentence',
  'caseStatus',
  /**
   * What happened to the person (imprisoned, released, killed, died in custody, executed, missing):
   * sets the case's status and the detention's end (see IMPORT_STATUSES).
   */
  'status',
  /** Free text kept as a case note. */
  'notes',
  /** Where the information came from (a link, a publication); kept as a case note. */
  'source',
  /** The row's own id in the source spreadsheet, used to recognise it on re-import. */
  'externalId',
  /**
   * The year or date the row records (a census year, "date of record"): the person was known to
   * be held then. Becomes a "known to be held" observation on the detention episode, and is part
   * of the row's identity, so one person's 2022 and 2023 rows are two rows of one person.
   */
  'observedOn',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * The values of the status field. How each is stored (db/features/import/rules/import-status.ts): imprisoned, an
 * open detention; released, the detention ended; killed, died, died in custody and executed, the
 * case closed as died and any detention ended; missing, no detention held open.
 */
export const IMPORT_STATUSES = ['imprisoned', 'released', 'killed', 'died', 'died_in_custody', 'executed', 'missing'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const IMPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const IMPORT_ENCODINGS = ['utf-8', 'windows-1251'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

/** Files up to 25 MiB; base64 makes that about 34 MiB of text. */
export const IMPORT_MAX_BYTES = 25 * 1024 * 1024;

export const importFile = z.object({
  fileName: nonEmpty(255),
  /** The file's bytes, base64. */
  content: z.string().min(1, 'The file is empty').max(Math.ceil((IMPORT_MAX_BYTES * 4) / 3) + 4, 'The file is larger than 25 MiB'),
  /** Left out: guessed (UTF-8 with or without BOM, else Windows-1251). CSV only. */
  encoding: z.enum(IMPORT_ENCODINGS).optional(),
  /** Left out: guessed. CSV only. */
  delimiter: z.string().length(1).optional(),
  /** XLSX: the sheet's name; left out, the first sheet. */
  sheet: z.string().max(200).optional(),
});
export type ImportFileInput = z.input<typeof importFile>;

const fieldOrIgnore = z.enum([...IMPORT_FIELDS, 'ignore']);

export const importMapping = z.object({
  /** Column header → field. Columns left out are ignored. */
  columns: z.record(z.string().max(300), fieldOrIgnore),
  /** Field → one value for every row (a country for a file with no country column). */
  fixed: z.partialRecord(z.enum(IMPORT_FIELDS), z.string().trim().max(500)).default({}),
});
export type ImportMapping = z.output<typeof importMapping>;

/**
 * The user's answers to the value review: for a field, raw cell value → the value to store
 * (a vocabulary value, a partial date, a sentence term) or null to leave it empty.
 */
export const importValueOverrides = z.partialRecord(z.enum(IMPORT_FIELDS), z.record(z.string().max(2000), z.string().max(500).nullable()));

/** Possible duplicates the user decided: the duplicate's key (ImportDuplicate.key) → merge or keep apart. */
export const importDecisions = z.record(z.string().max(200), z.enum(['merge', 'separate']));

/**
 * Country names to remember for later imports (table country_aliases): the name as written → ISO
 * code. The plan reads the file with them already; the run stores them in its transaction.
 */
export const importCountryAliases = z.record(z.string().trim().min(1).max(200), z.string().trim().regex(/^[A-Z]{2}$/u, 'A two-letter country code, e.g. MM'));

export const importPlanInput = importFile.extend({
  mapping: importMapping,
  values: importValueOverrides.default({}),
  decisions: importDecisions.default({}),
  aliases: importCountryAliases.default({}),
});
export type ImportPlanInput = z.input<typeof importPlanInput>;

/** How a column of the file was mapped by the guess, and why a column was left out. */
export interface ImportColumnGuess {
  header: string;
  /** The field the header names (for 'taken' too: the field another column holds); null when unknown. */
  field: ImportField | null;
  /** guessed: the header names the field; unknown: no field has that header; taken: an earlier column holds the field (params: takenBy). */
  why: 'guessed' | 'unknown' | 'taken';
  /** The column that took the field first (why 'taken'). */
  takenBy: string | null;
}

export interface ImportInspection {
  format: ImportFormat;
  /** CSV only; null for XLSX and JSON. */
  encoding: ImportEncoding | null;
  delimiter: string | null;
  /** XLSX: every sheet's name; empty otherwise. */
  sheets: string[];
  sheet: string | null;
  headers: string[];
  rowCount: number;
  /** The first rows, header → cell text. */
  sample: Record<string, string>[];
  /** Guessed from the headers (English and Russian). */
  suggested: ImportMapping;
  /** Every header with the guess for it and why, in file order. */
  guesses: ImportColumnGuess[];
  /** SHA-256 of the file's bytes, hex. */
  fileHash: string;
}

/** How the review step saw one distinct raw value of a field. */
export interface ImportValueReview {
  field: ImportField;
  raw: string;
  /** What will be stored ("; "-joined when a cell holds several values); null: left empty. */
  value: string | null;
  /** exact: already the stored form; normalised: recognised and rewritten; unrecognised: left empty unless the user chooses. */
  status: 'exact' | 'normalised' | 'unrecognised';
  /** How many rows have it. */
  rows: number;
  /** The user's override was applied. */
  overridden: boolean;
  /** Read, but not exactly as written (a range, words left over): the warning rows of it carry. */
  note: ImportNote | null;
  /** Sentence values: the term as numbers, for the renderer to put in words; null otherwise. */
  sentence: ImportSentenceTerm | null;
}

export interface ImportTermLength {
  years: number;
  months: number;
  days: number;
}

/** A sentence as read: a term (with the upper term of a range), life, or the date it ends. */
export type ImportSentenceTerm =
  | ({ kind: 'term'; max: ImportTermLength | null } & ImportTermLength)
  | { kind: 'life' }
  | { kind: 'ends'; date: string };

export interface ImportDuplicate {
  /** Stable within the file: use it as the key of ImportPlanInput.decisions. */
  key: string;
  /** Another row of the same file, or a person already in the vault. */
  against: 'file' | 'vault';
  /** The other row's number (against 'file'). */
  row: number | null;
  /** The person in the vault (against 'vault'). */
  personId: string | null;
  name: string;
  birthDate: string | null;
  countryCode: string | null;
  /** Both day-precise birth dates and countries agree. */
  strong: boolean;
  /**
   * The same name (case, accents, spacing and word order aside) and the same country, and not two
   * rows of the same year (two people of one name in one census). See domain/person-match.ts.
   */
  sameNameAndCountry: boolean;
  decision: 'merge' | 'separate' | null;
}

export type ImportAction = 'create' | 'update' | 'skip';

/**
 * Why a row is created, updated or skipped, as a code the renderer translates; ImportRowPlan.reason
 * is the English sentence made from the same code and params (db/features/import/import-messages.ts).
 */
export const IMPORT_REASON_CODES = [
  /** Create. */
  'new',
  /** Skip: the CSV parser could not read the row (a quoted cell not closed). */
  'unreadableRow',
  'noName',
  /** Skip: the country cell was not recognised. */
  'countryUnrecognised',
  'noCountry',
  /** Skip: imported before, and that person was deleted since. */
  'personDeleted',
  'unchanged',
  /** Skip: imported before; only empty cells or less precise dates differ. */
  'nothingNew',
  /** Update; params.fields: the changed ImportFields, joined with ", ". */
  'changed',
  /** Update: merged into a person in the vault; params.name. */
  'mergedIntoVault',
  /** Update: merged into the person of an earlier row; params.row. */
  'mergedIntoRow',
] as const;
export type ImportReasonCode = (typeof IMPORT_REASON_CODES)[number];

/** A problem that did not stop a row, as a code the renderer translates (see ImportNote). */
export const IMPORT_NOTE_CODES = [
  /** A date after today, left empty; params.date. */
  'futureDate',
  /** The value was not recognised and is left empty. */
  'unrecognised',
  /** Some professions of the cell were not recognised; params.values: them, joined with "; ". */
  'professionsUnrecognised',
  /** A date read day first (03.04.1985); params.date: how it was read. */
  'dateDayFirst',
  /** The sentence cell says it is unknown. */
  'sentenceUnknown',
  /** The sentence cell says the person is held without a sentence. */
  'sentenceNone',
  /** A death sentence, which is not a term Habeas stores. */
  'sentenceDeath',
  /** The sentence's end date read day first; params.date. */
  'sentenceEndDayFirst',
  /** A range ("3 to 8 years"): the lower term is stored as the term, the upper as its most. */
  'sentenceRange',
  /** Only part of the sentence cell was read; params.words: the words left out. */
  'sentencePartlyRead',
  /** Released, with no release date in the row: the detention ends on the import day; correct it in the case. */
  'releaseDateUnknown',
  /** Missing: the row's detention columns are not stored as a detention; params.status. */
  'missingNotDetained',
] as const;
export type ImportNoteCode = (typeof IMPORT_NOTE_CODES)[number];

export interface ImportNote {
  code: ImportNoteCode;
  /** The field the note is about. */
  field: ImportField | null;
  /** The cell's text as written, when the note is about it. */
  raw: string | null;
  params: Record<string, string | number>;
}

/**
 * What happens when a merged row and the person it joins say different things about a fact that
 * has one value (sex, citizenship, arrest date, facility, detention type, sentence, case status,
 * confidentiality, date of death). Nothing is dropped: the value not kept as current is kept on
 * the case (a note listing it; a sentence as an earlier, superseded sentence).
 */
export const IMPORT_CONFLICT_CODES = [
  /** The person's value stays current; the row's is kept beside it. */
  'kept',
  /** The row is newer (a later year): its value becomes current; the earlier one is kept beside it. */
  'newer',
  /** Confidentiality: the stricter of the two is kept. */
  'stricter',
  /** Status: a death (killed, died, died in custody, executed) is final, whichever row says it. */
  'death',
] as const;
export type ImportConflictCode = (typeof IMPORT_CONFLICT_CODES)[number];

export interface ImportConflict {
  code: ImportConflictCode;
  field: ImportField;
  /** The value that is current after the merge, in stored form (a code, a partial date, a sentence term). */
  kept: string;
  /** The other value, kept beside it. */
  other: string;
}

export interface ImportRowPlan {
  /** The row's number in the file, counting the header row as 1 (as a spreadsheet shows it). */
  row: number;
  action: ImportAction;
  /** Why, in one English sentence a caseworker can act on (the CLI prints it). */
  reason: string;
  /** The same, for translation: reason is made from these. */
  reasonCode: ImportReasonCode;
  reasonParams: Record<string, string | number>;
  name: string | null;
  /** The row's own birth date and country, normalised (a partial date; an ISO code). */
  birthDate: string | null;
  countryCode: string | null;
  /** Problems that did not stop the row (a value left empty, a date too vague), in English. */
  warnings: string[];
  /** The same problems for translation: parallel to warnings (same order and length). */
  notes: ImportNote[];
  duplicates: ImportDuplicate[];
  /** A merged row: the facts where it and the person it joins differ (empty otherwise). */
  conflicts: ImportConflict[];
}

export interface ImportCounts {
  created: number;
  updated: number;
  skipped: number;
  possibleDuplicates: number;
  /** Why rows are skipped: reason code → rows; the codes add up to skipped. */
  skippedBy: Partial<Record<ImportReasonCode, number>>;
}

export interface ImportPlan {
  fileName: string;
  fileHash: string;
  counts: ImportCounts;
  rows: ImportRowPlan[];
  values: ImportValueReview[];
}

export interface ImportResult {
  fileName: string;
  fileHash: string;
  counts: ImportCounts;
  /** The people created or updated. */
  personIds: string[];
  /** The facts merged rows disagreed on, by row (as in the plan). */
  conflicts: (ImportConflict & { row: number })[];
}

export interface ImportCountryAlias {
  /** Folded (lower case, no diacritics), as it is compared. */
  alias: string;
  countryCode: string;
  updatedAt: string;
}

export interface ImportPreset {
  name: string;
  mapping: ImportMapping;
  updatedAt: string;
}

export const importsApi = {
  'imports.inspect': method<ImportInspection>()({ input: importFile, access: EDITORS, effect: 'read' }),
  'imports.dryRun': method<ImportPlan>()({ input: importPlanInput, access: EDITORS, effect: 'read' }),
  /** All or nothing, in one transaction; sends progress events; one 'import.run' audit entry with the file's name and hash. */
  'imports.run': method<ImportResult>()({ input: importPlanInput, access: EDITORS, effect: 'write' }),
  /** The country names users taught the import (country_aliases), by name. */
  'imports.aliases.list': method<ImportCountryAlias[]>()({ input: z.object({}), access: EDITORS, effect: 'read' }),
  'imports.aliases.delete': method<{ alias: string }>()({ input: z.object({ alias: nonEmpty(200) }), access: EDITORS, effect: 'write' }),
  'imports.presets.list': method<ImportPreset[]>()({ input: z.object({}), access: EDITORS, effect: 'read' }),
  'imports.presets.save': method<ImportPreset>()({
    input: z.object({ name: nonEmpty(100), mapping: importMapping }),
    access: EDITORS,
    effect: 'write',
  }),
  'imports.presets.delete': method<{ name: string }>()({ input: z.object({ name: nonEmpty(100) }), access: EDITORS, effect: 'write' }),
} as const;
