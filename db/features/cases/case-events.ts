// Case events and notes: the rest of a case's history. Confidential entries reach staff (who
// write donor and board reports) only as a dated, redacted line, so a report screen cannot leak them.
import { and, asc, eq, getTableColumns, inArray, isNull } from 'drizzle-orm';

import type { ServiceContext } from '../../backend/context';
import { notFound } from '../../backend/errors';
import type { HandlersFor } from '../../backend/handler-map';
import type { CaseEvent, caseEventsApi } from '../../contract/case-events';
import type { Role } from '../../contract/core';
import { precisionOf } from '../../../shared/partial-date';
import { caseEvents, users } from '../../schema';
import { requireCase } from '../detention/detention';
import { definedFields } from '../common/patch';
import { auditChanges } from '../common/record-checks';
import { stamp, touchCase } from '../common/records';

type CaseEventRow = typeof caseEvents.$inferSelect;

export const REDACTED_TITLE = 'Confidential entry';

/**
 * Free text that can name sources or describe torture: the audit log records only that it
 * changed, since the log outlives deletions and should not keep copies.
 */
const SENSITIVE = ['title', 'body'] as const;

/** Whether the role sees confidential entries only as redacted lines. */
export function redactsConfidential(role: Role): boolean {
  return role === 'staff';
}

function toCaseEvent(row: CaseEventRow, authorName: string | null, role: Role): CaseEvent {
  const { deletedAt: _deleted, ...event } = row;
  const redacted = event.confidential && redactsConfidential(role);
  return redacted ? { ...event, title: REDACTED_TITLE, body: null, authorName, redacted } : { ...event, authorName, redacted };
}

function requireCaseEvent(ctx: ServiceContext, eventId: string): CaseEventRow {
  const row = ctx.db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.id, eventId), isNull(caseEvents.deletedAt)))
    .get();
  if (!row) throw notFound('The case event', { reason: 'case_event_not_found' });
  return row;
}

function authorName(ctx: ServiceContext, authorId: string | null): string | null {
  if (authorId === null) return null;
  return ctx.db.select({ name: users.displayName }).from(users).where(eq(users.id, authorId)).get()?.name ?? null;
}

export const caseEventHandlers: HandlersFor<typeof caseEventsApi> = {
  'caseEvents.create': (ctx, input) => {
    const caseRow = requireCase(ctx, input.caseId);
    const date = input.date ?? ctx.today();
    const row: CaseEventRow = {
      ...stamp(ctx),
      deletedAt: null,
      caseId: caseRow.id,
      kind: input.kind,
      date,
      datePrecision: precisionOf(date),
      title: input.title,
      body: input.body ?? null,
      confidential: input.confidential,
      authorId: ctx.user.id,
    };
    ctx.db.insert(caseEvents).values(row).run();
    const action = row.kind === 'note' ? 'note.create' : 'caseEvent.create';
    ctx.audit({ action, tableName: 'case_events', recordId: row.id, changes: auditChanges({}, row, SENSITIVE) });
    touchCase(ctx, row.caseId);
    return toCaseEvent(row, ctx.user.displayName, ctx.user.role);
  },

  'caseEvents.update': (ctx, input) => {
    const before = requireCaseEvent(ctx, input.id);
    const { id: _id, ...patch } = definedFields(input);
    const after: CaseEventRow = { ...before, ...patch, updatedAt: ctx.now() };
    after.datePrecision = precisionOf(after.date);
    ctx.db.update(caseEvents).set(after).where(eq(caseEvents.id, after.id)).run();
    ctx.audit({ action: 'caseEvent.update', tableName: 'case_events', recordId: after.id, changes: auditChanges(before, after, SENSITIVE) });
    touchCase(ctx, after.caseId);
    return toCaseEvent(after, authorName(ctx, after.authorId), ctx.user.role);
  },

  'caseEvents.delete': (ctx, input) => {
    const event = requireCaseEvent(ctx, input.id);
    const now = ctx.now();
    ctx.db.update(caseEvents).set({ deletedAt: now, updatedAt: now }).where(eq(caseEvents.id, event.id)).run();
    ctx.audit({ action: 'caseEvent.delete', tableName: 'case_events', recordId: event.id, changes: { deletedAt: [null, now] } });
    touchCase(ctx, event.caseId);
    return { id: event.id };
  },

  'caseEvents.list': (ctx, input) => {
    requireCase(ctx, input.caseId);
    const kinds = input.kinds;
    return ctx.db
      .select({ event: getTableColumns(caseEvents), authorName: users.displayName })
      .from(caseEvents)
      .leftJoin(users, eq(users.id, caseEvents.authorId))
      .where(
        and(
          eq(caseEvents.caseId, input.caseId),
          isNull(caseEvents.deletedAt),
          kinds === undefined ? undefined : inArray(caseEvents.kind, kinds),
        ),
      )
      // Stored partial dates sort as text in the same order as comparePartialDates.
      .orderBy(asc(caseEvents.date), asc(caseEvents.createdAt), asc(caseEvents.id))
      .all()
      .map(({ event, authorName: name }) => toCaseEvent(event, name, ctx.user.role));
  },
};
