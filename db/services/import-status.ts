// A re-imported row whose status changed (imprisoned → released, → killed, → died in custody):
// the case and the detention the row made follow the new status, as a new row's would
// (db/domain/import-status.ts). A detention already ended or a case already closed is left as
// the user may have corrected it.
import { and, eq, isNull } from 'drizzle-orm';

import { statusOutcome } from '../domain/import-status';
import { precisionOf } from '../domain/partial-date';
import type { ImportRecord } from '../importer/import-records';
import { caseEvents, cases, detentionEpisodes } from '../schema';
import { refreshDetentionStatus } from './detention';
import { detentionEnd, hasDetention, recordDeath, writeEpisode, type ImportWriter, type RowRecords } from './import-write';
import { newId } from './records';

export function applyStatusChange(w: ImportWriter, caseId: string, personId: string, r: ImportRecord, records: RowRecords): void {
  const { ctx } = w;
  const outcome = statusOutcome(r.status, r.deathDate);
  if (records.episodeId === undefined && hasDetention(r)) writeEpisode(w, caseId, personId, r, records);
  const end = detentionEnd(r, ctx.today());
  if (end && records.episodeId) {
    const set = { releaseDate: end.date, releaseDatePrecision: precisionOf(end.date), releaseReason: end.reason, updatedAt: ctx.now() };
    ctx.db.update(detentionEpisodes).set(set).where(and(eq(detentionEpisodes.id, records.episodeId), isNull(detentionEpisodes.releaseDate))).run();
  }
  const current = ctx.db.select({ status: cases.status }).from(cases).where(eq(cases.id, caseId)).get();
  if (outcome.death) {
    if (current?.status !== 'closed') records.deathEventId = recordDeath(w, caseId, r.deathDate ?? ctx.today(), outcome.event ?? 'Died');
  } else if (outcome.event !== null) {
    if (outcome.caseStatus && current?.status !== 'closed') {
      ctx.db.update(cases).set({ status: outcome.caseStatus, closingReason: outcome.closingReason, closedOn: outcome.closingReason ? ctx.today() : null, updatedAt: ctx.now() }).where(eq(cases.id, caseId)).run();
    }
    const now = ctx.now();
    ctx.db.insert(caseEvents).values({
      id: newId(), createdAt: now, updatedAt: now, caseId, kind: 'status_change', date: ctx.today(), datePrecision: 'day', title: outcome.event, body: null,
      confidential: false, authorId: ctx.user.id,
    }).run();
  }
  refreshDetentionStatus(ctx, caseId);
}
