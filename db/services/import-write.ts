// Writes one planned row: a new person with a case in the row's country, or the row added to a
// person already there (a merged duplicate). The records a row makes are noted in import_rows so
// a later import of a changed row can change them in place (import-update.ts).
import { and, eq, isNull } from 'drizzle-orm';

import type { ServiceContext } from '../backend/context';
import type { Profession } from '../contract/vocabulary';
import { chargeKey } from '../domain/import-charges';
import { statusOutcome } from '../domain/import-status';
import { precisionOf } from '../domain/partial-date';
import type { ImportRecord } from '../importer/import-records';
import { caseEvents, cases, charges, detentionEpisodes, importRows, nameVariants, people, personProfessions, sentences } from '../schema';
import type { PlannedRow } from './import-plan';
import { refreshDetentionStatus } from './detention';
import { detectScript } from './people';
import { CASEWORKER_ROLES } from './record-checks';
import { newId } from './records';
import { inserter, type Inserter } from './seed-insert';

export interface RowRecords {
  episodeId?: string;
  sentenceId?: string;
  noteId?: string;
  deathEventId?: string;
  chargeIds?: string[];
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
  };
}

export function importWriter(ctx: ServiceContext, fileName: string, fileHash: string): ImportWriter {
  const s = ctx.sqlite;
  return {
    ctx, fileName, fileHash,
    insert: {
      people: inserter(s, people), nameVariants: inserter(s, nameVariants), professions: inserter(s, personProfessions), cases: inserter(s, cases),
      episodes: inserter(s, detentionEpisodes), charges: inserter(s, charges), sentences: inserter(s, sentences), caseEvents: inserter(s, caseEvents),
      importRows: inserter(s, importRows),
    },
  };
}

const stamped = (w: ImportWriter) => {
  const now = w.ctx.now();
  return { id: newId(), createdAt: now, updatedAt: now, deletedAt: null };
};

const placeNote = (place: string | null): string | null => (place ? `Place: ${place}` : null);

/** The row describes a detention, or its status says there is one (see db/domain/import-status.ts); never for a missing person. */
export function hasDetention(r: ImportRecord): boolean {
  const outcome = statusOutcome(r.status, r.deathDate);
  if (outcome.noDetention) return false;
  return outcome.detentionWithoutDetails || r.detentionStart !== null || r.detentionType !== null || r.facility !== null || r.charges.length > 0 || r.sentence !== null;
}

/** When and why the row's detention ends: at death (or the import day when the status gives no date), else open. */
export function detentionEnd(r: ImportRecord, today: string): { date: string; reason: (typeof detentionEpisodes.$inferSelect)['releaseReason'] } | null {
  const outcome = statusOutcome(r.status, r.deathDate);
  if (!outcome.ends) return null;
  return { date: r.deathDate ?? today, reason: outcome.releaseReason };
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
    place: null, authority: null, detentionType: r.detentionType ?? (sentenceValues(r) ? 'prison_colony' : 'pre_trial'), facility: r.facility,
    // Held until death or release: the detention ends then, or every later report would count them
    // detained. The reason is given only when the status says it (died in custody, executed).
    ...releaseOf(r, w.ctx.today()),
  });
  records.episodeId = episodeId;
  records.chargeIds = writeCharges(w, episodeId, r);
  const sentenceId = writeSentence(w, episodeId, r);
  if (sentenceId) records.sentenceId = sentenceId;
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

function newCase(w: ImportWriter, personId: string, r: ImportRecord): string {
  const row = stamped(w);
  const { ctx } = w;
  const outcome = statusOutcome(r.status, r.deathDate);
  w.insert.cases({
    ...row, personId, referralId: null, countryCode: r.country ?? '', openedOn: ctx.today(),
    status: outcome.caseStatus ?? r.caseStatus ?? 'active', closingReason: outcome.closingReason, closedOn: outcome.closingReason ? ctx.today() : null,
    caseworkerId: CASEWORKER_ROLES.includes(ctx.user.role) ? ctx.user.id : null, supervisorId: null,
    detentionStatus: hasDetention(r) ? (outcome.ends ? 'released' : 'detained') : 'not_detained', lastActivityAt: ctx.now(),
  });
  return row.id;
}

/** The case's details from the row: detention, note, death. */
function fillCase(w: ImportWriter, caseId: string, personId: string, r: ImportRecord, records: RowRecords, fresh: boolean): void {
  if (hasDetention(r)) {
    const { ctx } = w;
    const episode = fresh ? undefined : ctx.db.select({ id: detentionEpisodes.id }).from(detentionEpisodes).where(and(eq(detentionEpisodes.caseId, caseId), isNull(detentionEpisodes.deletedAt))).get();
    // A merged row adds its charges to the case's episode rather than inventing a second arrest.
    if (episode) {
      const have = ctx.db.select({ code: charges.code, article: charges.article, text: charges.text }).from(charges).where(and(eq(charges.episodeId, episode.id), isNull(charges.deletedAt))).all();
      records.chargeIds = writeCharges(w, episode.id, r, new Set(have.map(chargeKey)));
    }
    else {
      writeEpisode(w, caseId, personId, r, records);
      if (!fresh) refreshDetentionStatus(ctx, caseId);
    }
  }
  const noteId = writeNote(w, caseId, r);
  if (noteId) records.noteId = noteId;
  const outcome = statusOutcome(r.status, r.deathDate);
  if (outcome.event === null) return;
  // The death (or release, or disappearance) at its date, else the day the vault learns it.
  const date = (outcome.death ? r.deathDate : null) ?? w.ctx.today();
  if (fresh || !outcome.death) {
    // newCase already wrote the case's status; only the timeline entry is missing.
    const row = { ...stamped(w), caseId, kind: 'status_change' as const, date, datePrecision: precisionOf(date), title: outcome.event, body: null, confidential: false, authorId: w.ctx.user.id };
    w.insert.caseEvents(row);
    if (outcome.death) records.deathEventId = row.id;
    return;
  }
  const current = w.ctx.db.select({ status: cases.status }).from(cases).where(eq(cases.id, caseId)).get();
  if (current?.status !== 'closed') records.deathEventId = recordDeath(w, caseId, date, outcome.event);
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
  fillCase(w, caseId, person.id, r, records, true);
  rememberRow(w, p, person.id, caseId, records);
  return person.id;
}

/** The row added to an existing person: new spellings and professions, empty facts filled, its case details in that country. */
export function mergeIntoPerson(w: ImportWriter, p: PlannedRow, personId: string): void {
  const { ctx } = w;
  const r = p.record;
  const person = ctx.db.select().from(people).where(eq(people.id, personId)).get();
  if (!person) return;
  addVariants(w, personId, [r.name ?? '', ...r.nameVariants].filter((n) => n !== ''));
  addProfessions(ctx, personId, r.professions);
  const place = placeNote(r.place);
  const notes = place && !(person.notes ?? '').includes(place) ? [person.notes, place].filter(Boolean).join('\n') : person.notes;
  const fillBirth = person.birthDate === null && r.birthDate !== null;
  ctx.db.update(people).set({
    updatedAt: ctx.now(), notes,
    sex: person.sex === 'unknown' && r.sex ? r.sex : person.sex,
    birthDate: fillBirth ? r.birthDate : person.birthDate,
    birthDatePrecision: fillBirth && r.birthDate ? precisionOf(r.birthDate) : person.birthDatePrecision,
    citizenship: person.citizenship ?? r.citizenship,
    organisations: person.organisations ?? r.organisations,
  }).where(eq(people.id, personId)).run();
  const existing = ctx.db.select({ id: cases.id }).from(cases).where(and(eq(cases.personId, personId), eq(cases.countryCode, r.country ?? ''), isNull(cases.deletedAt))).get();
  const caseId = existing?.id ?? newCase(w, personId, r);
  const records: RowRecords = {};
  fillCase(w, caseId, personId, r, records, existing === undefined);
  ctx.db.update(cases).set({ lastActivityAt: ctx.now() }).where(eq(cases.id, caseId)).run();
  rememberRow(w, p, personId, caseId, records);
}
