// A row imported before and changed since: only the fields that changed are written, to the
// person and to the records that row made (noted in import_rows), so edits made in Habeas to
// anything else are left alone. Emptied cells erase nothing (see changedFields).
import { and, eq, inArray, isNull } from 'drizzle-orm';

import { precisionOf } from '../../../shared/partial-date';
import { changedFields, type ImportRecord } from './import-records';
import { caseEvents, cases, charges, detentionEpisodes, detentionObservations, importRows, people, sentences } from '../../schema';
import { refreshDetentionStatus } from '../detention/detention';
import type { ImportRowRecord, PlannedRow } from './import-plan';
import { applyStatusChange } from './import-status';
import {
  addProfessions, addVariants, hasDetention, noteBody, recordDeath, sentenceValues, writeCharges, writeEpisode, writeNote, writeObservation, writeSentence,
  type ImportWriter, type RowRecords,
} from './import-write';

type Changed = (field: keyof ImportRecord) => boolean;

function updatePerson(w: ImportWriter, personId: string, r: ImportRecord, old: Partial<ImportRecord>, changed: Changed): void {
  const { ctx } = w;
  const set: Partial<typeof people.$inferInsert> = {};
  if (changed('sex')) set.sex = r.sex ?? 'unknown';
  if (changed('birthDate')) {
    set.birthDate = r.birthDate;
    set.birthDatePrecision = r.birthDate ? precisionOf(r.birthDate) : null;
  }
  if (changed('citizenship')) set.citizenship = r.citizenship;
  if (changed('organisations')) set.organisations = r.organisations;
  if (changed('confidentiality')) set.confidentiality = r.confidentiality ?? 'normal';
  if (changed('place')) {
    const person = ctx.db.select({ notes: people.notes }).from(people).where(eq(people.id, personId)).get();
    const lines = (person?.notes ?? '').split('\n').filter((l) => l !== '' && l !== `Place: ${old.place ?? ''}`);
    if (r.place) lines.push(`Place: ${r.place}`);
    set.notes = lines.length ? lines.join('\n') : null;
  }
  if (Object.keys(set).length) ctx.db.update(people).set({ ...set, updatedAt: ctx.now() }).where(eq(people.id, personId)).run();
  if (changed('nameVariants')) addVariants(w, personId, r.nameVariants);
  if (changed('professions')) addProfessions(ctx, personId, r.professions);
}

function updateDetention(w: ImportWriter, caseId: string, personId: string, r: ImportRecord, records: RowRecords, changed: Changed): void {
  const { ctx } = w;
  // A merged row added to an episode another row made: its own charges, sentence and observation
  // change, the episode's facts are not its own to change.
  const episodeId = records.episodeId ?? records.joinedEpisodeId;
  if (episodeId === undefined) {
    if (hasDetention(r)) writeEpisode(w, caseId, personId, r, records);
    return;
  }
  const now = ctx.now();
  if (changed('observedOn') && r.observedOn) {
    if (records.observationId) {
      ctx.db.update(detentionObservations).set({ observedOn: r.observedOn, observedOnPrecision: precisionOf(r.observedOn), updatedAt: now })
        .where(eq(detentionObservations.id, records.observationId)).run();
    } else records.observationId = writeObservation(w, episodeId, r);
  }
  if (records.episodeId !== undefined && (changed('detentionStart') || changed('detentionType') || changed('facility'))) {
    const set: Partial<typeof detentionEpisodes.$inferInsert> = { updatedAt: now, facility: r.facility };
    if (r.detentionType) set.detentionType = r.detentionType;
    set.arrestDate = r.detentionStart;
    set.arrestDatePrecision = r.detentionStart ? precisionOf(r.detentionStart) : null;
    ctx.db.update(detentionEpisodes).set(set).where(eq(detentionEpisodes.id, episodeId)).run();
  }
  if (changed('charges')) {
    if (records.chargeIds?.length) ctx.db.update(charges).set({ deletedAt: now, updatedAt: now }).where(inArray(charges.id, records.chargeIds)).run();
    records.chargeIds = writeCharges(w, episodeId, r);
  }
  if (changed('sentence')) {
    const values = sentenceValues(r);
    if (records.sentenceId && values) ctx.db.update(sentences).set({ ...values, updatedAt: now }).where(eq(sentences.id, records.sentenceId)).run();
    else if (!records.sentenceId) {
      const id = writeSentence(w, episodeId, r);
      if (id) records.sentenceId = id;
    }
  }
}

export function updateFromRow(w: ImportWriter, p: PlannedRow, existing: ImportRowRecord): void {
  const { ctx } = w;
  const r = p.record;
  const old = JSON.parse(existing.importedValues) as Partial<ImportRecord>;
  const fields = new Set(changedFields(old, r));
  const changed: Changed = (field) => fields.has(field);
  const records = JSON.parse(existing.records) as RowRecords;
  updatePerson(w, existing.personId, r, old, changed);
  const caseId = existing.caseId;
  if (caseId !== null) {
    updateDetention(w, caseId, existing.personId, r, records, changed);
    if (changed('notes') || changed('source')) {
      const body = noteBody(r);
      if (records.noteId && body !== null) ctx.db.update(caseEvents).set({ body, updatedAt: ctx.now() }).where(eq(caseEvents.id, records.noteId)).run();
      else if (body !== null) records.noteId = writeNote(w, caseId, r);
    }
    if (changed('deathDate') && r.deathDate) {
      if (records.deathEventId) {
        ctx.db.update(caseEvents).set({ date: r.deathDate, datePrecision: precisionOf(r.deathDate), updatedAt: ctx.now() }).where(eq(caseEvents.id, records.deathEventId)).run();
      } else records.deathEventId = recordDeath(w, caseId, r.deathDate);
      if (records.episodeId) {
        const set = { releaseDate: r.deathDate, releaseDatePrecision: precisionOf(r.deathDate), updatedAt: ctx.now() };
        ctx.db.update(detentionEpisodes).set(set).where(and(eq(detentionEpisodes.id, records.episodeId), isNull(detentionEpisodes.releaseReason))).run();
        refreshDetentionStatus(ctx, caseId);
      }
    }
    if (changed('status') && r.status) applyStatusChange(w, caseId, existing.personId, r, records);
    if (changed('caseStatus') && r.caseStatus && r.caseStatus !== 'closed') {
      ctx.db.update(cases).set({ status: r.caseStatus, updatedAt: ctx.now() }).where(eq(cases.id, caseId)).run();
    }
    ctx.db.update(cases).set({ lastActivityAt: ctx.now() }).where(eq(cases.id, caseId)).run();
  }
  ctx.db.update(importRows).set({
    rowHash: p.rowHash, importedValues: JSON.stringify(r), records: JSON.stringify(records), fileHash: w.fileHash, fileName: w.fileName, updatedAt: ctx.now(),
  }).where(eq(importRows.id, existing.id)).run();
}
