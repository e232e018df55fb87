// The supervisors' review queue (open cases never reviewed, changed since their last review, or
// with overdue work), searched by name, filtered and sorted (review-queue-order.ts), and the organisation's deadlines grouped by who must act.
// Both reuse the deadline list of tasks.deadlines so "overdue" means the same on every screen.
import { and, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';

import type { ServiceContext } from '../../backend/context';
import type { HandlersFor } from '../../backend/handler-map';
import type { CaseworkerDeadlines, ReviewQueueEntry, ReviewReason, reviewApi } from '../../contract/review';
import type { DeadlineEntry } from '../../contract/tasks';
import { cases, people, users } from '../../schema';
import { casesWithOpenRequest, latestReviews } from './review-records';
import { matchesAge, matchesReason, sortQueue } from './review-queue-order';
import { matchingPeople } from '../cases/case-list';
import { caseVisible } from '../common/visibility';
import { withholdNamesByCase } from '../common/withheld-names';
import { deadlineEntries, ruleTaskHandlers } from '../tasks/rule-tasks';

type QueueMethods = Pick<typeof reviewApi, 'review.queue' | 'review.deadlinesByCaseworker'>;

/** Overdue reminders and open tasks per case, with the earliest due date among them. */
function overdueByCase(ctx: ServiceContext): Map<string, { count: number; earliest: string }> {
  const out = new Map<string, { count: number; earliest: string }>();
  for (const entry of deadlineEntries(ctx, 'all', 0)) {
    if (entry.standing !== 'overdue' || entry.caseId === null) continue;
    const seen = out.get(entry.caseId);
    if (seen) {
      seen.count += 1;
      if (entry.due < seen.earliest) seen.earliest = entry.due;
    } else out.set(entry.caseId, { count: 1, earliest: entry.due });
  }
  return out;
}

type QueueInput = z.output<(typeof reviewApi)['review.queue']['input']>;

/** Open cases the caller may see, narrowed in SQL by the filters that need no reasons (country, caseworker, name). */
function candidateCases(ctx: ServiceContext, input: QueueInput) {
  const filters: SQL[] = [isNull(cases.deletedAt), ne(cases.status, 'closed'), caseVisible(ctx, '"cases"."id"')];
  if (input.mineOnly) filters.push(eq(cases.supervisorId, ctx.user.id));
  if (input.countryCode) filters.push(eq(cases.countryCode, input.countryCode));
  if (input.caseworkerId) filters.push(eq(cases.caseworkerId, input.caseworkerId));
  // The search index's matching (every script and spelling), names the caller may not read left out.
  if (input.search) filters.push(sql`${cases.personId} IN (SELECT value FROM json_each(${matchingPeople(ctx, input.search)}))`);
  return ctx.db
    .select({
      caseId: cases.id,
      caseReference: cases.reference,
      personName: people.name,
      countryCode: cases.countryCode,
      openedOn: cases.openedOn,
      caseworkerId: cases.caseworkerId,
      caseworkerName: users.displayName,
      lastActivityAt: cases.lastActivityAt,
    })
    .from(cases)
    .innerJoin(people, eq(people.id, cases.personId))
    .leftJoin(users, eq(users.id, cases.caseworkerId))
    .where(and(...filters))
    .all();
}

function reviewQueue(ctx: ServiceContext, input: QueueInput): ReviewQueueEntry[] {
  const rows = candidateCases(ctx, input);
  if (rows.length === 0) return [];
  const latest = latestReviews(ctx);
  const overdue = overdueByCase(ctx);
  const openRequest = casesWithOpenRequest(ctx);
  const today = ctx.today();
  const queue: ReviewQueueEntry[] = [];
  for (const row of rows) {
    const review = latest.get(row.caseId);
    const late = overdue.get(row.caseId);
    const reasons: ReviewReason[] = [];
    const since: string[] = [];
    if (!review) {
      reasons.push('never_reviewed');
      since.push(row.openedOn);
    } else if (row.lastActivityAt > review.coversUntil) {
      reasons.push('changed_since_review');
      since.push(review.coversUntil);
    }
    // The caseworker says the requested changes are made: the supervisor's turn again.
    if (review?.verdict === 'changes_requested' && review.answeredAt !== null) {
      reasons.push('request_answered');
      since.push(review.answeredAt);
    }
    if (late) {
      reasons.push('overdue_work');
      since.push(late.earliest);
    }
    const waitingSince = since.sort()[0];
    if (waitingSince === undefined) continue;
    const entry: ReviewQueueEntry = {
      ...row,
      lastReviewedAt: review?.reviewedAt ?? null,
      reasons,
      waitingSince,
      overdueCount: late?.count ?? 0,
      openRequest: openRequest.has(row.caseId),
    };
    if (matchesReason(entry, input.reason) && (input.age === undefined || matchesAge(entry, input.age, today))) queue.push(entry);
  }
  // Names are withheld before sorting, so that a withheld name never orders the list.
  return sortQueue(input.sort === 'name' ? withholdNamesByCase(ctx, queue) : queue, input.sort);
}

function groupByCaseworker(ctx: ServiceContext, entries: DeadlineEntry[]): CaseworkerDeadlines[] {
  const groups = new Map<string | null, CaseworkerDeadlines>();
  for (const entry of entries) {
    let group = groups.get(entry.assigneeId);
    if (!group) {
      group = { caseworkerId: entry.assigneeId, caseworkerName: null, overdue: 0, upcoming: 0, entries: [] };
      groups.set(entry.assigneeId, group);
    }
    group.entries.push(entry);
    if (entry.standing === 'overdue') group.overdue += 1;
    else group.upcoming += 1;
  }
  const ids = [...groups.keys()].filter((k) => k !== null);
  if (ids.length > 0) {
    for (const user of ctx.db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids)).all()) {
      const group = groups.get(user.id);
      if (group) group.caseworkerName = user.name;
    }
  }
  // Most overdue first: that is where a supervisor's attention is needed; nobody's work last.
  return [...groups.values()].sort((a, b) => {
    if ((a.caseworkerId === null) !== (b.caseworkerId === null)) return a.caseworkerId === null ? 1 : -1;
    if (a.overdue !== b.overdue) return b.overdue - a.overdue;
    return (a.caseworkerName ?? '').localeCompare(b.caseworkerName ?? '');
  });
}

export const reviewQueueHandlers: HandlersFor<QueueMethods> = {
  'review.queue': (ctx, input) => {
    const queue = reviewQueue(ctx, input);
    const page = queue.slice(input.offset, input.offset + input.limit);
    return { rows: input.sort === 'name' ? page : withholdNamesByCase(ctx, page), total: queue.length };
  },
  'review.deadlinesByCaseworker': (ctx, input) => {
    const scope = { scope: 'all' as const, ...(input.upcomingDays === undefined ? {} : { upcomingDays: input.upcomingDays }) };
    return groupByCaseworker(ctx, ruleTaskHandlers['tasks.deadlines'](ctx, scope));
  },
};
