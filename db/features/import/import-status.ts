// A re-imported row whose status changed (imprisoned → released, → killed, → died in custody), or
// a merged row whose status becomes the person's (import-join.ts): the case and the detention
// follow the new status, as a new row's would (db/features/import/rules/import-status.ts). A detention already ended or a case already closed is left as
// the user may have corrected it.
import { and, eq, isNull } from 'drizzle-orm';

import { statusOutcome } from './rules/import-status';
import { precisionOf } from '../../../shared/partial-date';
import type { ImportRecord } from './import-records';
import { caseEvents, cases, detentionEpisodes } from '../../schema';
import { refreshDetentionStatus } from '../detention/detention';
import { detentionEnd, hasDetention, recordDeath, writeEpisode, type ImportWriter, type RowRecords } from './import-write';
import { newId } from '../common/records';

/**
 * Applies the row's status to the case and to `episodeId` (by default the episode the row made;
 * a merged row passes the case's episode it joined), writing an episode only when there is none.
 */
export function applyStatusChange(w: ImportWriter, caseId: string, personId: string, r: ImportRecord, records: RowRecords, episodeId = records.episodeId): void {
  const { ctx } = w;
  const outcome = statusOutcome(r.status, r.deathDate);
  let episode = episodeId;
  if (episode === undefined && hasDetention(r)) {
    writeEpisode(w, caseId, personId, r, records);
    episode = records.episodeId;
  }
  const end = detentionEnd(r, ctx.today());
  if (end && episode) {
    const set = { releaseDate: end.date, releaseDatePrecision: precisionOf(end.date), releaseReason: end.reason, updatedAt: ctx.now() };
    ctx.db.update(detentionEpisodes).set(set).where(and(eq(detentionEpisodes.id, episode), isNull(detentionEpisodes.releaseDate))).run();
  }
  const current = ctx.db.select({ status: cases.status }).from(cases).where(eq(cases.id, caseId)).get();
  if (outcome.death) {
    if (current?.status !== 'closed') records.deathEventId = recordDeath(w, caseId, r.deathDate ?? r.observedOn ?? ctx.today(), outcome.event ?? 'Died');
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
