// Writes one planned row as a new person with a case in the row's country, and the pieces a merged
// row (import-join.ts) and a changed row (import-update.ts) use too. The records a row makes are
// noted in import_rows so a later import of a changed row can change them in place.
import { and, eq, isNull } from 'drizzle-orm';

import type { ServiceContext } from '../../backend/context';
import type { Profession } from '../../../shared/vocabulary';
import { chargeKey } from './rules/import-charges';
import { statusOutcome } from './rules/import-status';
import { precisionOf } from '../../../shared/partial-date';
import type { ImportRecord } from './import-records';
import { caseEvents, cases, charges, detentionEpisodes, detentionObservations, importRows, nameVariants, people, personProfessions, sentences } from '../../schema';
import type { PlannedRow } from './import-plan';
import { detectScript } from '../people/people';
import { CASEWORKER_ROLES } from '../common/record-checks';
import { newId } from '../common/records';
import { newCaseReference } from '../cases/case-reference';
import { inserter, type Inserter } from '../common/bulk-insert';

export interface RowRecords {
  episodeId?: string;
  sentenceId?: string;
  noteId?: string;
  deathEventId?: string;
  chargeIds?: string[];
  /** The row's "known to be held" observation. */
  observationId?: string;
  /** A merged row: the episode it added to (made by another row, so its facts are not this row's to change). */
  joinedEpisodeId?: string;
  /** A merged row: the note listing the values it and the person disagreed on. */
  conflictNoteId?: string;
}

/**
 * One run's writing tools: the service context, the file, and prepared inserts made once per run
 * (building and preparing a drizzle query per insert cost more than the inserts themselves).
 */
export interface ImportWriter {
  ctx: ServiceContext;
  fileName: string;
  fileHash: string;
  insert: {
    people: Inserter<typeof people>;
    nameVariants: Inserter<typeof nameVariants>;
    professions: Inserter<typeof personProfessions>;
    cases: Inserter<typeof cases>;
    episodes: Inserter<typeof detentionEpisodes>;
    charges: Inserter<typeof charges>;
    sentences: Inserter<typeof sentences>;
    caseEvents: Inserter<typeof caseEvents>;
    importRows: Inserter<typeof importRows>;
    observations: Inserter<typeof detentionObservations>;
  };
}

export function importWriter(ctx: ServiceContext, fileName: string, fileHash: string): ImportWriter {
  const s = ctx.sqlite;
  return {
    ctx, fileName, fileHash,
    insert: {
      people: inserter(s, people), nameVariants: inserter(s, nameVariants), professions: inserter(s, personProfessions), cases: inserter(s, cases),
      episodes: inserter(s, detentionEpisodes), charges: inserter(s, charges), sentences: inserter(s, sentences), caseEvents: inserter(s, caseEvents),
      importRows: inserter(s, importRows), observations: inserter(s, detentionObservations),
    },
  };
}

const stamped = (w: ImportWriter) => {
  const now = w.ctx.now();
  return { id: newId(), createdAt: now, updatedAt: now, deletedAt: null };
};

export const placeNote = (place: string | null): string | null => (place ? `Place: ${place}` : null);

/** The row describes a detention, or its status says there is one (see db/features/import/rules/import-status.ts). */
export function hasDetention(r: ImportRecord): boolean {
  const outcome = statusOutcome(r.status, r.deathDate);
  return outcome.detentionWithoutDetails || r.detentionStart !== null || r.detentionType !== null || r.facility !== null || r.charges.length > 0 || r.sentence !== null
    || heldOnRecord(r);
}

/**
 * The row's year of record says the person was held then: only when its status says held
 * (imprisoned, or no status and no death). A killed, dead, missing or released row is on the list
 * that year, not known to be held.
 */
export function heldOnRecord(r: ImportRecord): boolean {
  if (r.observedOn === null) return false;
  const outcome = statusOutcome(r.status, r.deathDate);
  return !outcome.ends;
}

/** When and why the row's detention ends: at death, else at the row's year of record, else the import day; null: open. */
export function detentionEnd(r: ImportRecord, today: string): { date: string; reason: (typeof detentionEpisodes.$inferSelect)['releaseReason'] } | null {
  const outcome = statusOutcome(r.status, r.deathDate);
  if (!outcome.ends) return null;
  return { date: r.deathDate ?? r.observedOn ?? today, reason: outcome.releaseReason };
}

export function noteBody(r: ImportRecord): string | null {
  const parts = [r.notes, r.source ? `Source: ${r.source}` : null].filter((p): p is string => p !== null);
  return parts.length ? parts.join('\n\n') : null;
}

/** Adds the spellings the person does not have yet (`known`: spellings already stored). */
export function addVariants(w: ImportWriter, personId: string, names: readonly string[], known?: readonly string[]): void {
  const have = new Set(known ?? currentNames(w.ctx, personId));
  for (const name of names) {
    if (have.has(name)) continue;
    have.add(name);
    w.insert.nameVariants({ ...stamped(w), personId, name, script: detectScript(name) });
  }
}

function currentNames(ctx: ServiceContext, personId: string): string[] {
  const person = ctx.db.select({ name: people.name }).from(people).where(eq(people.id, personId)).get();
  const variants = ctx.db.select({ name: nameVariants.name }).from(nameVariants).where(and(eq(nameVariants.personId, personId), isNull(nameVariants.deletedAt))).all();
  return [person?.name ?? '', ...variants.map((v) => v.name)];
}

export function addProfessions(ctx: ServiceContext, personId: string, list: readonly Profession[]): void {
  for (const profession of list) ctx.db.insert(personProfessions).values({ personId, profession }).onConflictDoNothing().run();
}

/** The sentence row's values for a reading; a sentence read as an end date keeps that date as the expected release. */
export function sentenceValues(r: ImportRecord): Pick<typeof sentences.$inferSelect, 'years' | 'months' | 'days' | 'life' | 'expectedRelease' | 'expectedReleasePrecision'> & Partial<Pick<typeof sentences.$inferSelect, 'maxYears' | 'maxMonths' | 'maxDays'>> | null {
  const s = r.sentence;
  if (!s || s.kind === 'none') return null;
  if (s.kind === 'life') return { years: 0, months: 0, days: 0, life: true, expectedRelease: null, expectedReleasePrecision: null };
  if (s.kind === 'ends') return { years: 0, months: 0, days: 0, life: false, expectedRelease: s.date, expectedReleasePrecision: precisionOf(s.date) };
  return { years: s.years, months: s.months, days: s.days, life: false, expectedRelease: null, expectedReleasePrecision: null, maxYears: s.max?.years ?? null, maxMonths: s.max?.months ?? null, maxDays: s.max?.days ?? null };
}

export function writeSentence(w: ImportWriter, episodeId: string, r: ImportRecord): string | undefined {
  const values = sentenceValues(r);
  if (!values) return undefined;
  const id = newId();
  w.insert.sentences({
    ...stamped(w), id, episodeId, courtEventId: null, type: 'imprisonment', ...values, startDate: null, startDatePrecision: null, creditDays: 0,
    change: null, supersedesId: null, supersededById: null, handedDownOn: null, handedDownOnPrecision: null,
    maxYears: null, maxMonths: null, maxDays: null, ...values,
  });
  return id;
}

export function writeEpisode(w: ImportWriter, caseId: string, personId: string, r: ImportRecord, records: RowRecords): void {
  const episodeId = newId();
  w.insert.episodes({
    ...stamped(w), id: episodeId, caseId, personId, arrestDate: r.detentionStart, arrestDatePrecision: r.detentionStart ? precisionOf(r.detentionStart) : null,
    place: null, authority: null, arrestWarrant: null, arrestWarrantNote: null, detentionGrounds: null, detentionType: r.detentionType ?? (sentenceValues(r) ? 'prison_colony' : 'pre_trial'), facility: r.facility,
    // Held until death or release: the detention ends then, or every later report would count them
    // detained. The reason is given only when the status says it (died in custody, executed).
    ...releaseOf(r, w.ctx.today()),
  });
  records.episodeId = episodeId;
  records.chargeIds = writeCharges(w, episodeId, r);
  const sentenceId = writeSentence(w, episodeId, r);
  if (sentenceId) records.sentenceId = sentenceId;
  const observationId = writeObservation(w, episodeId, r);
  if (observationId) records.observationId = observationId;
}

/** "Known to be held" on the row's year of record, from this import; only for a row whose status says held (heldOnRecord). */
export function writeObservation(w: ImportWriter, episodeId: string, r: ImportRecord): string | undefined {
  if (r.observedOn === null || !heldOnRecord(r)) return undefined;
  const row = { ...stamped(w), episodeId, observedOn: r.observedOn, observedOnPrecision: precisionOf(r.observedOn), source: 'import' as const, note: `Imported from ${w.fileName}` };
  w.insert.observations(row);
  return row.id;
}

function releaseOf(r: ImportRecord, today: string) {
  const end = detentionEnd(r, today);
  return { releaseDate: end?.date ?? null, releaseDatePrecision: end ? precisionOf(end.date) : null, releaseReason: end?.reason ?? null };
}

/** Writes the row's charges on the episode; `skip` holds the chargeKey of those already there. */
export function writeCharges(w: ImportWriter, episodeId: string, r: ImportRecord, skip: ReadonlySet<string> = new Set()): string[] {
  return r.charges.filter((c) => !skip.has(chargeKey(c))).map((c) => {
    const row = { ...stamped(w), episodeId, code: c.code, article: c.article, text: c.text ?? null, category: c.category ?? 'other' };
    w.insert.charges(row);
    return row.id;
  });
}

export function writeNote(w: ImportWriter, caseId: string, r: ImportRecord): string | undefined {
  const body = noteBody(r);
  if (body === null) return undefined;
  const row = { ...stamped(w), caseId, kind: 'note' as const, date: w.ctx.today(), datePrecision: 'day' as const, title: `Imported from ${w.fileName}`, body, confidential: false, authorId: w.ctx.user.id };
  w.insert.caseEvents(row);
  return row.id;
}

/** Closes the case as 'died' today (the day the vault learns it) and puts the death on the timeline at its own date. */
export function recordDeath(w: ImportWriter, caseId: string, deathDate: string, title = 'Died'): string {
  w.ctx.db.update(cases).set({ status: 'closed', closingReason: 'died', closedOn: w.ctx.today(), updatedAt: w.ctx.now() }).where(eq(cases.id, caseId)).run();
  const row = { ...stamped(w), caseId, kind: 'status_change' as const, date: deathDate, datePrecision: precisionOf(deathDate), title, body: null, confidential: false, authorId: w.ctx.user.id };
  w.insert.caseEvents(row);
  return row.id;
}

export function newCase(w: ImportWriter, personId: string, r: ImportRecord): string {
  const row = stamped(w);
  const { ctx } = w;
  const outcome = statusOutcome(r.status, r.deathDate);
  const openedOn = ctx.today();
  w.insert.cases({
    ...row, reference: newCaseReference(ctx.sqlite, r.country ?? '', openedOn), personId, referralId: null, countryCode: r.country ?? '', openedOn,
    status: outcome.caseStatus ?? r.caseStatus ?? 'active', closingReason: outcome.closingReason, closedOn: outcome.closingReason ? ctx.today() : null,
    caseworkerId: CASEWORKER_ROLES.includes(ctx.user.role) ? ctx.user.id : null, supervisorId: null,
    detentionStatus: hasDetention(r) ? (outcome.ends ? (outcome.releaseReason === 'disappeared' ? 'not_detained' : 'released') : 'detained') : 'not_detained', lastActivityAt: ctx.now(),
  });
  return row.id;
}

/** A new case's details from the row: detention, note, and the status newCase already wrote (death, release, disappearance) on the timeline. */
export function fillCase(w: ImportWriter, caseId: string, personId: string, r: ImportRecord, records: RowRecords): void {
  if (hasDetention(r)) writeEpisode(w, caseId, personId, r, records);
  const noteId = writeNote(w, caseId, r);
  if (noteId) records.noteId = noteId;
  const outcome = statusOutcome(r.status, r.deathDate);
  if (outcome.event === null) return;
  // The death at its date, else (release, disappearance, a death without a date) the day the vault learns it.
  const date = (outcome.death ? r.deathDate : null) ?? w.ctx.today();
  const row = { ...stamped(w), caseId, kind: 'status_change' as const, date, datePrecision: precisionOf(date), title: outcome.event, body: null, confidential: false, authorId: w.ctx.user.id };
  w.insert.caseEvents(row);
  if (outcome.death) records.deathEventId = row.id;
}

export function rememberRow(w: ImportWriter, p: PlannedRow, personId: string, caseId: string, records: RowRecords): void {
  w.insert.importRows({
    ...stamped(w), sourceKey: p.sourceKey, personId, caseId, records: JSON.stringify(records), rowHash: p.rowHash,
    importedValues: JSON.stringify(p.record), fileHash: w.fileHash, fileName: w.fileName,
  });
}

/** A new person and case from the row; returns the person's id. */
export function createFromRow(w: ImportWriter, p: PlannedRow): string {
  const r = p.record;
  const person = stamped(w);
  const name = r.name ?? '';
  w.insert.people({
    ...person, name, sex: r.sex ?? 'unknown', birthDate: r.birthDate, birthDatePrecision: r.birthDate ? precisionOf(r.birthDate) : null,
    citizenship: r.citizenship, organisations: r.organisations, confidentiality: r.confidentiality ?? 'normal', notes: placeNote(r.place),
  });
  addVariants(w, person.id, r.nameVariants, [name]);
  for (const profession of new Set(r.professions)) w.insert.professions({ personId: person.id, profession });
  const caseId = newCase(w, person.id, r);
  const records: RowRecords = {};
  fillCase(w, caseId, person.id, r, records);
  rememberRow(w, p, person.id, caseId, records);
  return person.id;
}
