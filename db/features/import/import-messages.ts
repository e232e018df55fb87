// The English sentence for each import reason and note code, in one place, so the text the CLI
// prints (ImportRowPlan.reason, warnings) and the codes the renderer translates never drift.
import type { ImportConflict, ImportConflictCode, ImportField, ImportNote, ImportNoteCode, ImportReasonCode } from '../../contract/imports';

export type Params = Record<string, string | number>;

/** A row's reason as code and params; the English text is made from it when the plan is returned. */
export interface ImportReason {
  code: ImportReasonCode;
  params: Params;
}

const LABEL: Partial<Record<ImportField, string>> = {
  birthDate: 'Date of birth', deathDate: 'Date of death', detentionStart: 'Arrest date', detentionType: 'Detention type',
  caseStatus: 'Case status', citizenship: 'Citizenship', status: 'Status', observedOn: 'Year of record',
};

/** A field's name in English messages ("Date of birth", else the field capitalised). */
export const fieldLabel = (field: ImportField): string => LABEL[field] ?? field.charAt(0).toUpperCase() + field.slice(1);

const param = (params: Params, key: string): string => String(params[key] ?? '?');

const REASONS: Record<ImportReasonCode, (p: Params) => string> = {
  new: () => 'New person and case.',
  unreadableRow: () => 'This row could not be read: a quoted cell is not closed, so the rest of the file ran into it.',
  noName: () => 'No name: a row needs the person\'s name.',
  countryUnrecognised: () => 'The country was not recognised: say which country the value means (once for the whole file) or set one country for every row.',
  noCountry: () => 'No country: map a country column or set one country for every row.',
  personDeleted: () => 'Imported before, but that person has since been deleted.',
  unchanged: () => 'Already imported, unchanged.',
  nothingNew: () => 'Already imported; nothing new (an empty cell or a less precise date changes nothing).',
  changed: (p) => `Imported before; changed: ${param(p, 'fields')}.`,
  mergedIntoVault: (p) => `Added to ${param(p, 'name')}, already in the vault.`,
  mergedIntoRow: (p) => `Same person as row ${param(p, 'row')}: added to that person.`,
};

export const reasonText = (reason: ImportReason): string => REASONS[reason.code](reason.params);

type NoteText = (n: { label: string; raw: string; p: Params }) => string;

const NOTES: Record<ImportNoteCode, NoteText> = {
  futureDate: ({ label, p }) => `${label} ${param(p, 'date')} is in the future and is left empty.`,
  unrecognised: ({ label, raw }) => `${label} "${raw}" was not recognised and is left empty.`,
  professionsUnrecognised: ({ p }) =>
    `Professions ${param(p, 'values').split('; ').map((m) => `"${m}"`).join(', ')} were not recognised and are left out.`,
  dateDayFirst: ({ label, raw, p }) => `${label} "${raw}" was read day first, as ${param(p, 'date')}; check it is not month first.`,
  sentenceUnknown: ({ raw }) => `Sentence "${raw}": The sentence is unknown; no sentence is recorded.`,
  sentenceNone: ({ raw }) => `Sentence "${raw}": Held without a sentence; no sentence is recorded.`,
  sentenceDeath: ({ raw }) => `Sentence "${raw}": A death sentence is not a term Habeas stores; keep it in the notes; no sentence is recorded.`,
  sentenceEndDayFirst: ({ raw, p }) => `Sentence end "${raw}" was read day first, as ${param(p, 'date')}.`,
  sentenceRange: ({ raw }) => `Sentence "${raw}" is a range: the lower term is stored as the term and the upper one as its most; check the verdict.`,
  sentencePartlyRead: ({ raw, p }) => `Sentence "${raw}" was read only in part: "${param(p, 'words')}" was left out; check the term.`,
  releaseDateUnknown: () => 'Released, but the row gives no release date or year: the detention ends on the import day; correct the date in the case.',
  missingNotDetained: () => "Missing: no one is known to hold the person, so the detention the row describes is kept as ended (disappeared) at the row's year, or the import day.",
};

/** A skip reason in a few words, for the summary ("skipped 337: country not recognised 320, no name 17"). */
const SKIPPED: Record<ImportReasonCode, string> = {
  new: 'new', unreadableRow: 'row not readable', noName: 'no name', countryUnrecognised: 'country not recognised', noCountry: 'no country',
  personDeleted: 'person deleted since', unchanged: 'unchanged', nothingNew: 'nothing new', changed: 'changed', mergedIntoVault: 'merged',
  mergedIntoRow: 'merged',
};

/** "skipped 337: country not recognised 320, no name 17", largest first; "skipped 0" when none is. */
export function skippedLine(counts: { skipped: number; skippedBy: Partial<Record<ImportReasonCode, number>> }): string {
  const parts = (Object.entries(counts.skippedBy) as [ImportReasonCode, number][])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, n]) => `${SKIPPED[code]} ${n}`);
  return parts.length ? `skipped ${counts.skipped}: ${parts.join(', ')}` : `skipped ${counts.skipped}`;
}

export const noteText = (note: ImportNote): string =>
  NOTES[note.code]({ label: note.field ? fieldLabel(note.field) : '', raw: note.raw ?? '', p: note.params });

/** A note; params default to none (most codes need only the field and the cell). */
export const note = (code: ImportNoteCode, field: ImportField | null, raw: string | null, params: Params = {}): ImportNote => ({ code, field, raw, params });

type ConflictText = (c: { label: string; kept: string; other: string; sentence: boolean }) => string;

const CONFLICTS: Record<ImportConflictCode, ConflictText> = {
  kept: ({ label, kept, other, sentence }) =>
    `${label} differs: "${kept}" stays current; this row's "${other}" is kept ${sentence ? 'as an earlier sentence' : 'in a note on the case'}.`,
  newer: ({ label, kept, other, sentence }) =>
    `${label} differs: this newer row's "${kept}" becomes current; the earlier "${other}" is kept ${sentence ? 'as the sentence it replaces' : 'in a note on the case'}.`,
  stricter: ({ label, kept, other }) => `${label} differs: the stricter "${kept}" is kept; "${other}" is kept in a note on the case.`,
  death: ({ label, kept, other }) => `${label} differs: a death is final, so "${kept}" becomes current; "${other}" is kept in a note on the case.`,
};

/** A merged row's conflict in one English sentence (the CLI prints it). */
export const conflictText = (c: ImportConflict): string =>
  CONFLICTS[c.code]({ label: fieldLabel(c.field), kept: c.kept, other: c.other, sentence: c.field === 'sentence' });
