// A merged row written into the person it joins (an earlier row of the file, or someone in the
// vault), keeping every value: spellings, professions, organisations and charges are added; its
// year of record becomes a "known to be held" observation; a fact that becomes current (see
// import-merge.ts) replaces the person's or the episode's; a differing sentence is kept as an
// earlier or later sentence of the chain; the values not kept as current are listed in a note.
import { and, eq, isNull } from 'drizzle-orm';

import { chargeKey } from './rules/import-charges';
import { splitCell } from './rules/import-vocab';
import { precisionOf } from '../../../shared/partial-date';
import { fieldLabel } from './import-messages';
import type { ImportRecord } from './import-records';
import { cases, charges, detentionEpisodes, people, sentences } from '../../schema';
import { refreshDetentionStatus } from '../detention/detention';
import { caseEpisode, currentSentence, merge, vaultState, type MergeOutcome } from './import-merge';
import type { PlannedRow } from './import-plan';
import { applyStatusChange } from './import-status';
import {
  addProfessions, addVariants, detentionEnd, fillCase, hasDetention, newCase, placeNote, recordDeath, rememberRow, writeCharges, writeEpisode, writeNote,
  writeObservation, writeSentence, type ImportWriter, type RowRecords,
} from './import-write';
import { newId } from '../common/records';

/** The first sentence of the chain that ends in `id` (the one nothing earlier is superseded by). */
function chainRoot(w: ImportWriter, id: string): string {
  let at = id;
  for (let i = 0; i < 1000; i++) {
    const row = w.ctx.db.select({ supersedesId: sentences.supersedesId }).from(sentences).where(eq(sentences.id, at)).get();
    if (!row?.supersedesId) return at;
    at = row.supersedesId;
  }
  return at;
}

/** The row's sentence, placed in the episode's chain: after the current one when newer, before the first when older. */
function placeSentence(w: ImportWriter, episodeId: string, r: ImportRecord, mode: MergeOutcome['sentence']): string | undefined {
  if (mode === 'none') return undefined;
  const current = mode === 'only' ? undefined : currentSentence(w.ctx, episodeId);
  const id = writeSentence(w, episodeId, r);
  if (id === undefined || current === undefined) return id;
  const now = w.ctx.now();
  const link = (earlier: string, later: string) => {
    w.ctx.db.update(sentences).set({ supersededById: later, updatedAt: now }).where(eq(sentences.id, earlier)).run();
    w.ctx.db.update(sentences).set({ supersedesId: earlier, updatedAt: now }).where(eq(sentences.id, later)).run();
  };
  if (mode === 'newer') link(current.id, id);
  else link(id, chainRoot(w, current.id));
  return id;
}

/** The values a merge did not keep as current, as a note on the case. */
function writeConflictNote(w: ImportWriter, caseId: string, row: number, outcome: MergeOutcome): string | undefined {
  if (outcome.conflicts.length === 0) return undefined;
  const now = w.ctx.now();
  const id = newId();
  const body = outcome.conflicts.map((c) => `${fieldLabel(c.field)}: ${c.other} (current: ${c.kept})`).join('\n');
  w.insert.caseEvents({
    id, createdAt: now, updatedAt: now, deletedAt: null, caseId, kind: 'note', date: w.ctx.today(), datePrecision: 'day',
    title: `Imported from ${w.fileName}, row ${row}: values that differ`, body, confidential: false, authorId: w.ctx.user.id,
  });
  return id;
}

/** The merged row's detention facts on the case's existing episode. */
export function mergeEpisode(w: ImportWriter, caseId: string, episodeId: string, r: ImportRecord, outcome: MergeOutcome, records: RowRecords): void {
  const { ctx } = w;
  records.joinedEpisodeId = episodeId;
  // Charges in words have no code: their words tell them apart (chargeKey).
  const have = ctx.db.select({ code: charges.code, article: charges.article, text: charges.text }).from(charges).where(and(eq(charges.episodeId, episodeId), isNull(charges.deletedAt))).all();
  records.chargeIds = writeCharges(w, episodeId, r, new Set(have.map(chargeKey)));
  const { take } = outcome;
  const set: Partial<typeof detentionEpisodes.$inferInsert> = {};
  if (take.has('facility')) set.facility = r.facility;
  if (take.has('detentionType') && r.detentionType) set.detentionType = r.detentionType;
  if (take.has('detentionStart') && r.detentionStart) {
    set.arrestDate = r.detentionStart;
    set.arrestDatePrecision = precisionOf(r.detentionStart);
  }
  if (Object.keys(set).length) ctx.db.update(detentionEpisodes).set({ ...set, updatedAt: ctx.now() }).where(eq(detentionEpisodes.id, episodeId)).run();
  const sentenceId = placeSentence(w, episodeId, r, outcome.sentence);
  if (sentenceId) records.sentenceId = sentenceId;
  const observationId = writeObservation(w, episodeId, r);
  if (observationId) records.observationId = observationId;
  const end = take.has('deathDate') || take.has('status') ? detentionEnd(r, ctx.today()) : null;
  if (end) {
    // As a new episode of a dead or released person does: held until death or release, with the status's reason.
    ctx.db.update(detentionEpisodes).set({ releaseDate: end.date, releaseDatePrecision: precisionOf(end.date), releaseReason: end.reason, updatedAt: ctx.now() })
      .where(and(eq(detentionEpisodes.id, episodeId), isNull(detentionEpisodes.releaseDate))).run();
    refreshDetentionStatus(ctx, caseId);
  }
}

/**
 * The case-level facts of a merged row: its status (the status column through the status rules of
 * db/features/import/rules/import-status.ts, and the case status) when it becomes current, its death, the note of
 * what differs. A case already closed stays closed.
 */
export function mergeCase(w: ImportWriter, caseId: string, personId: string, row: number, r: ImportRecord, outcome: MergeOutcome, records: RowRecords): void {
  const { ctx } = w;
  const statusNow = () => ctx.db.select({ status: cases.status }).from(cases).where(eq(cases.id, caseId)).get()?.status;
  if (outcome.take.has('status') && r.status) {
    // Killed, died: closed as died and the detention ended; released: ended and closed; missing: on the timeline.
    applyStatusChange(w, caseId, personId, r, records, records.episodeId ?? records.joinedEpisodeId ?? caseEpisode(ctx, caseId)?.id);
  }
  if (outcome.take.has('caseStatus') && r.caseStatus && statusNow() !== 'closed') {
    ctx.db.update(cases).set({ status: r.caseStatus, updatedAt: ctx.now() }).where(eq(cases.id, caseId)).run();
  }
  if (r.deathDate && outcome.take.has('deathDate') && statusNow() !== 'closed') records.deathEventId = recordDeath(w, caseId, r.deathDate);
  const noteId = writeConflictNote(w, caseId, row, outcome);
  if (noteId) records.conflictNoteId = noteId;
}

/** Both lists of organisations, each once, in the order first met. */
export function joinOrganisations(a: string | null, b: string | null): string | null {
  const seen = new Map<string, string>();
  for (const part of [...splitCell(a ?? ''), ...splitCell(b ?? '')]) if (!seen.has(part.toLowerCase())) seen.set(part.toLowerCase(), part);
  return seen.size ? [...seen.values()].join('; ') : null;
}

/** The row added to an existing person: every spelling, profession, organisation and charge; its one-valued facts as the plan decided. */
export function mergeIntoPerson(w: ImportWriter, p: PlannedRow, personId: string): void {
  const { ctx } = w;
  const r = p.record;
  const person = ctx.db.select().from(people).where(eq(people.id, personId)).get();
  if (!person) return;
  const outcome = p.merge ?? merge(vaultState(ctx, personId), r);
  addVariants(w, personId, [r.name ?? '', ...r.nameVariants].filter((n) => n !== ''));
  addProfessions(ctx, personId, r.professions);
  const place = placeNote(r.place);
  const notes = place && !(person.notes ?? '').includes(place) ? [person.notes, place].filter(Boolean).join('\n') : person.notes;
  // Dates that agree as far as both are known (the duplicate rule): the more precise one is kept.
  const birth = r.birthDate !== null && (person.birthDate === null || r.birthDate.startsWith(person.birthDate)) ? r.birthDate : person.birthDate;
  const { take } = outcome;
  ctx.db.update(people).set({
    updatedAt: ctx.now(), notes,
    sex: take.has('sex') && r.sex ? r.sex : person.sex,
    birthDate: birth,
    birthDatePrecision: birth === null ? null : precisionOf(birth),
    citizenship: take.has('citizenship') ? r.citizenship : person.citizenship,
    confidentiality: take.has('confidentiality') && r.confidentiality ? r.confidentiality : person.confidentiality,
    organisations: joinOrganisations(person.organisations, r.organisations),
  }).where(eq(people.id, personId)).run();
  const existing = ctx.db.select({ id: cases.id }).from(cases).where(and(eq(cases.personId, personId), eq(cases.countryCode, r.country ?? ''), isNull(cases.deletedAt))).get();
  const records: RowRecords = {};
  if (!existing) {
    const caseId = newCase(w, personId, r);
    fillCase(w, caseId, personId, r, records);
    rememberRow(w, p, personId, caseId, records);
    return;
  }
  const caseId = existing.id;
  const episode = hasDetention(r) ? caseEpisode(ctx, caseId) : undefined;
  if (episode) mergeEpisode(w, caseId, episode.id, r, outcome, records);
  else if (hasDetention(r)) {
    writeEpisode(w, caseId, personId, r, records);
    refreshDetentionStatus(ctx, caseId);
  }
  const noteId = writeNote(w, caseId, r);
  if (noteId) records.noteId = noteId;
  mergeCase(w, caseId, personId, p.row, r, outcome, records);
  ctx.db.update(cases).set({ lastActivityAt: ctx.now() }).where(eq(cases.id, caseId)).run();
  rememberRow(w, p, personId, caseId, records);
}
