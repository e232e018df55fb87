// Reminders dismissed with a reason: a missed appeal window nobody will appeal leaves the deadline
// lists, and the case keeps who dismissed it, when and why.
import { and, desc, eq, isNull } from 'drizzle-orm';

import type { ServiceContext } from '../../backend/context';
import { conflict, notFound } from '../../backend/errors';
import type { HandlersFor } from '../../backend/handler-map';
import type { appealWindowsApi, DeadlineDismissal } from '../../contract/appeal-windows';
import { courtEvents, deadlineDismissals, detentionEpisodes, users } from '../../schema';
import { requireCase } from '../detention/detention';
import { stamp, touchCase } from '../common/records';

type DismissalMethods = Pick<typeof appealWindowsApi, 'deadlines.dismiss' | 'deadlines.dismissals'>;

function dismissalsOf(ctx: ServiceContext, caseId: string): DeadlineDismissal[] {
  return ctx.db
    .select({
      id: deadlineDismissals.id,
      caseId: deadlineDismissals.caseId,
      key: deadlineDismissals.deadlineKey,
      reason: deadlineDismissals.reason,
      dismissedBy: deadlineDismissals.dismissedBy,
      dismissedByName: users.displayName,
      dismissedAt: deadlineDismissals.createdAt,
    })
    .from(deadlineDismissals)
    .leftJoin(users, eq(users.id, deadlineDismissals.dismissedBy))
    .where(and(eq(deadlineDismissals.caseId, caseId), isNull(deadlineDismissals.deletedAt)))
    .orderBy(desc(deadlineDismissals.createdAt), desc(deadlineDismissals.id))
    .all();
}

/** The live dismissal keys of many cases at once, for the deadline rules. */
export function dismissedKeysByCase(ctx: ServiceContext): Map<string, string[]> {
  const byCase = new Map<string, string[]>();
  const rows = ctx.db
    .select({ caseId: deadlineDismissals.caseId, key: deadlineDismissals.deadlineKey })
    .from(deadlineDismissals)
    .where(isNull(deadlineDismissals.deletedAt))
    .all();
  for (const { caseId, key } of rows) byCase.set(caseId, [...(byCase.get(caseId) ?? []), key]);
  return byCase;
}

/** The court event an "appeal:<id>" key names, which must be one of the case's own. */
function requireCaseCourtEvent(ctx: ServiceContext, caseId: string, key: string): void {
  const eventId = key.slice('appeal:'.length);
  const row = ctx.db
    .select({ id: courtEvents.id })
    .from(courtEvents)
    .innerJoin(detentionEpisodes, eq(detentionEpisodes.id, courtEvents.episodeId))
    .where(and(eq(courtEvents.id, eventId), eq(detentionEpisodes.caseId, caseId), isNull(courtEvents.deletedAt)))
    .get();
  if (!row) throw notFound('The court event', { reason: 'court_event_not_found' });
}

export const dismissalHandlers: HandlersFor<DismissalMethods> = {
  'deadlines.dismiss': (ctx, input) => {
    requireCase(ctx, input.caseId);
    requireCaseCourtEvent(ctx, input.caseId, input.key);
    if (dismissalsOf(ctx, input.caseId).some((d) => d.key === input.key)) {
      throw conflict('This reminder has already been dismissed.', { reason: 'deadline_already_dismissed' });
    }
    const row = { ...stamp(ctx), deletedAt: null, caseId: input.caseId, deadlineKey: input.key, reason: input.reason, dismissedBy: ctx.user.id };
    ctx.db.insert(deadlineDismissals).values(row).run();
    ctx.audit({ action: 'deadline.dismiss', tableName: 'deadline_dismissals', recordId: row.id, changes: { caseId: input.caseId, key: input.key, reason: input.reason } });
    touchCase(ctx, input.caseId);
    const made = dismissalsOf(ctx, input.caseId).find((d) => d.id === row.id);
    if (!made) throw notFound('The dismissal', { reason: 'case_not_found' });
    return made;
  },
  'deadlines.dismissals': (ctx, input) => {
    requireCase(ctx, input.caseId);
    return dismissalsOf(ctx, input.caseId);
  },
};
