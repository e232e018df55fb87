// "Known to be held on DATE" observations of a detention episode: added, listed and soft-deleted
// like the episode's other records. Reports read them to place undated or year-only detentions.
import { and, asc, eq, getTableColumns, isNull } from 'drizzle-orm';

import type { ServiceContext } from '../../backend/context';
import { notFound } from '../../backend/errors';
import type { HandlersFor } from '../../backend/handler-map';
import type { detentionApi, DetentionObservation } from '../../contract/detention';
import { precisionOf } from '../../../shared/partial-date';
import { detentionEpisodes, detentionObservations } from '../../schema';
import { checkObservationInside, requireCase, requireEpisode } from './detention';
import { changesBetween, stamp, touchCase } from '../common/records';

type ObservationRow = typeof detentionObservations.$inferSelect;
type ObservationMethods = Pick<typeof detentionApi, 'observations.create' | 'observations.delete' | 'observations.list'>;

function toObservation(row: ObservationRow): DetentionObservation {
  const { deletedAt: _deleted, ...observation } = row;
  return observation;
}

function requireObservation(ctx: ServiceContext, observationId: string): ObservationRow {
  const row = ctx.db
    .select()
    .from(detentionObservations)
    .where(and(eq(detentionObservations.id, observationId), isNull(detentionObservations.deletedAt)))
    .get();
  if (!row) throw notFound('The observation', { reason: 'observation_not_found' });
  return row;
}

export const observationHandlers: HandlersFor<ObservationMethods> = {
  'observations.create': (ctx, input) => {
    const episode = requireEpisode(ctx, input.episodeId);
    checkObservationInside(input.observedOn, episode);
    const row: ObservationRow = {
      ...stamp(ctx),
      deletedAt: null,
      episodeId: episode.id,
      observedOn: input.observedOn,
      observedOnPrecision: precisionOf(input.observedOn),
      source: input.source,
      note: input.note ?? null,
    };
    ctx.db.insert(detentionObservations).values(row).run();
    ctx.audit({ action: 'observation.create', tableName: 'detention_observations', recordId: row.id, changes: changesBetween({}, row) });
    touchCase(ctx, episode.caseId);
    return toObservation(row);
  },

  'observations.delete': (ctx, input) => {
    const observation = requireObservation(ctx, input.id);
    const episode = requireEpisode(ctx, observation.episodeId);
    const now = ctx.now();
    ctx.db.update(detentionObservations).set({ deletedAt: now, updatedAt: now }).where(eq(detentionObservations.id, observation.id)).run();
    ctx.audit({ action: 'observation.delete', tableName: 'detention_observations', recordId: observation.id, changes: { deletedAt: [null, now] } });
    touchCase(ctx, episode.caseId);
    return { id: observation.id };
  },

  'observations.list': (ctx, input) => {
    if (input.episodeId !== undefined) requireEpisode(ctx, input.episodeId);
    if (input.caseId !== undefined) requireCase(ctx, input.caseId);
    const scope =
      input.episodeId !== undefined
        ? eq(detentionObservations.episodeId, input.episodeId)
        : eq(detentionEpisodes.caseId, input.caseId ?? '');
    // Stored partial dates sort as text in the same order as comparePartialDates.
    return ctx.db
      .select(getTableColumns(detentionObservations))
      .from(detentionObservations)
      .innerJoin(detentionEpisodes, eq(detentionEpisodes.id, detentionObservations.episodeId))
      .where(and(scope, isNull(detentionObservations.deletedAt), isNull(detentionEpisodes.deletedAt)))
      .orderBy(asc(detentionObservations.observedOn), asc(detentionObservations.createdAt), asc(detentionObservations.id))
      .all()
      .map(toObservation);
  },
};
