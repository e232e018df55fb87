// Court events within a detention episode: hearings, verdicts, appeals; listed per episode or per case.
import { and, asc, eq, getTableColumns, isNull } from 'drizzle-orm';

import type { ServiceContext } from '../../backend/context';
import { notFound } from '../../backend/errors';
import type { HandlersFor } from '../../backend/handler-map';
import type { CourtEvent, detentionApi } from '../../contract/detention';
import { precisionOf } from '../../../shared/partial-date';
import { courtEvents, detentionEpisodes } from '../../schema';
import { requireCase, requireEpisode } from './detention';
import { definedFields } from '../common/patch';
import { changesBetween, stamp, touchCase } from '../common/records';

type CourtEventRow = typeof courtEvents.$inferSelect;
type CourtEventMethods = Pick<
  typeof detentionApi,
  'courtEvents.create' | 'courtEvents.update' | 'courtEvents.delete' | 'courtEvents.list'
>;

function toCourtEvent(row: CourtEventRow, caseId: string): CourtEvent {
  const { deletedAt: _deleted, ...event } = row;
  return { ...event, caseId };
}

export function requireCourtEvent(ctx: ServiceContext, courtEventId: string): CourtEventRow {
  const row = ctx.db
    .select()
    .from(courtEvents)
    .where(and(eq(courtEvents.id, courtEventId), isNull(courtEvents.deletedAt)))
    .get();
  if (!row) throw notFound('The court event', { reason: 'court_event_not_found' });
  return row;
}

export const courtEventHandlers: HandlersFor<CourtEventMethods> = {
  'courtEvents.create': (ctx, input) => {
    const episode = requireEpisode(ctx, input.episodeId);
    const row: CourtEventRow = {
      ...stamp(ctx),
      deletedAt: null,
      episodeId: episode.id,
      court: input.court ?? null,
      date: input.date,
      datePrecision: precisionOf(input.date),
      kind: input.kind,
      outcome: input.outcome ?? null,
    };
    ctx.db.insert(courtEvents).values(row).run();
    const created = toCourtEvent(row, episode.caseId);
    ctx.audit({ action: 'courtEvent.create', tableName: 'court_events', recordId: row.id, changes: changesBetween({}, row) });
    touchCase(ctx, episode.caseId);
    return created;
  },

  'courtEvents.update': (ctx, input) => {
    const before = requireCourtEvent(ctx, input.id);
    const episode = requireEpisode(ctx, before.episodeId);
    const { id: _id, ...patch } = definedFields(input);
    const after: CourtEventRow = { ...before, ...patch, updatedAt: ctx.now() };
    after.datePrecision = precisionOf(after.date);
    ctx.db.update(courtEvents).set(after).where(eq(courtEvents.id, after.id)).run();
    ctx.audit({
      action: 'courtEvent.update',
      tableName: 'court_events',
      recordId: after.id,
      changes: changesBetween(before, after),
    });
    touchCase(ctx, episode.caseId);
    return toCourtEvent(after, episode.caseId);
  },

  'courtEvents.delete': (ctx, input) => {
    const event = requireCourtEvent(ctx, input.id);
    const episode = requireEpisode(ctx, event.episodeId);
    const now = ctx.now();
    ctx.db.update(courtEvents).set({ deletedAt: now, updatedAt: now }).where(eq(courtEvents.id, event.id)).run();
    ctx.audit({ action: 'courtEvent.delete', tableName: 'court_events', recordId: event.id, changes: { deletedAt: [null, now] } });
    touchCase(ctx, episode.caseId);
    return { id: event.id };
  },

  'courtEvents.list': (ctx, input) => {
    if (input.episodeId !== undefined) requireEpisode(ctx, input.episodeId);
    if (input.caseId !== undefined) requireCase(ctx, input.caseId);
    const scope =
      input.episodeId !== undefined ? eq(courtEvents.episodeId, input.episodeId) : eq(detentionEpisodes.caseId, input.caseId ?? '');
    // Stored partial dates sort as text in the same order as comparePartialDates.
    return ctx.db
      .select({ event: getTableColumns(courtEvents), caseId: detentionEpisodes.caseId })
      .from(courtEvents)
      .innerJoin(detentionEpisodes, eq(detentionEpisodes.id, courtEvents.episodeId))
      .where(and(scope, isNull(courtEvents.deletedAt), isNull(detentionEpisodes.deletedAt)))
      .orderBy(asc(courtEvents.date), asc(courtEvents.createdAt), asc(courtEvents.id))
      .all()
      .map(({ event, caseId }) => toCourtEvent(event, caseId));
  },
};
