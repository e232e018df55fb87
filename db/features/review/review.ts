// Reviewing one case: its timeline marked with what changed since the last review, the review
// history, a supervisor's verdict and the caseworker's answer to requested changes. A review is
// not a change to the case, so nothing here touches the case's lastActivityAt.
import { and, eq, inArray, isNull } from 'drizzle-orm';

import type { ServiceContext } from '../../backend/context';
import { conflict, fieldDetails, invalid, ServiceError } from '../../backend/errors';
import type { HandlersFor } from '../../backend/handler-map';
import type { RequestedChange, Review, reviewApi } from '../../contract/review';
import { cases, people, reviews, users } from '../../schema';
import { requireCase } from '../detention/detention';
import { stamp } from '../common/records';
import { loadReview, selectReviews } from './review-records';
import { reviewQueueHandlers } from './review-queue';
import { signOffManyHandlers } from './review-sign-off-many';
import { timelineHandlers } from '../timeline/timeline';
import { withholdNamesByCase } from '../common/withheld-names';

type CaseMethods = Pick<typeof reviewApi, 'review.forCase' | 'review.submit' | 'review.answer' | 'review.requestedChanges'>;

function nameOf(ctx: ServiceContext, userId: string | null): string | null {
  if (userId === null) return null;
  return ctx.db.select({ name: users.displayName }).from(users).where(eq(users.id, userId)).get()?.name ?? null;
}

function personNameOf(ctx: ServiceContext, personId: string): string {
  return ctx.db.select({ name: people.name }).from(people).where(eq(people.id, personId)).get()?.name ?? '';
}

/**
 * A request for changes stays open until the caseworker answers it, or until a later sign-off on
 * the same case settles it: the supervisor has seen the case since and is content.
 */
function openRequests(all: Review[]): Review[] {
  const signedOffAt = new Map<string, string>();
  for (const r of all) {
    const seen = signedOffAt.get(r.caseId);
    if (r.verdict === 'signed_off' && (seen === undefined || r.reviewedAt > seen)) signedOffAt.set(r.caseId, r.reviewedAt);
  }
  return all.filter((r) => {
    const settled = signedOffAt.get(r.caseId);
    return r.verdict === 'changes_requested' && r.answeredAt === null && (settled === undefined || settled < r.reviewedAt);
  });
}

const caseHandlers: HandlersFor<CaseMethods> = {
  'review.forCase': (ctx, input) => {
    const caseRow = requireCase(ctx, input.caseId);
    const history = selectReviews(ctx, eq(reviews.caseId, caseRow.id));
    const lastReview = history[0] ?? null;
    const timeline = timelineHandlers['timeline.forCase'](ctx, { caseId: caseRow.id });
    // Review entries are the reviewing itself, never a change to be reviewed.
    const entries = timeline.map((entry) => ({
      ...entry,
      changedSinceReview: entry.kind !== 'review' && (lastReview === null || entry.updatedAt > lastReview.coversUntil),
    }));
    const review = {
      caseId: caseRow.id,
      caseReference: caseRow.reference,
      personName: personNameOf(ctx, caseRow.personId),
      countryCode: caseRow.countryCode,
      caseworkerId: caseRow.caseworkerId,
      caseworkerName: nameOf(ctx, caseRow.caseworkerId),
      lastActivityAt: caseRow.lastActivityAt,
      lastReview,
      entries,
      reviews: history,
    };
    return withholdNamesByCase(ctx, [review])[0] ?? review;
  },

  'review.submit': (ctx, input) => {
    const caseRow = requireCase(ctx, input.caseId);
    const comment = input.comment === undefined || input.comment === '' ? null : input.comment;
    if (input.verdict === 'changes_requested' && comment === null) {
      throw invalid('Say what should change on the case.', { reason: 'review_comment_required', ...fieldDetails({ comment: ['Required', 'required'] }) });
    }
    const now = ctx.now();
    const row = {
      ...stamp(ctx),
      deletedAt: null,
      caseId: caseRow.id,
      supervisorId: ctx.user.id,
      reviewedAt: now,
      verdict: input.verdict,
      comment,
      coversUntil: caseRow.lastActivityAt,
      answeredAt: null,
    };
    ctx.db.insert(reviews).values(row).run();
    ctx.audit({
      action: 'review.submit',
      tableName: 'reviews',
      recordId: row.id,
      changes: { caseId: caseRow.id, verdict: input.verdict, coversUntil: row.coversUntil, ...(comment === null ? {} : { comment: 'changed' }) },
    });
    return loadReview(ctx, row.id);
  },

  'review.answer': (ctx, input) => {
    const review = loadReview(ctx, input.reviewId);
    const caseRow = requireCase(ctx, review.caseId);
    if (ctx.user.role !== 'administrator' && caseRow.caseworkerId !== ctx.user.id) {
      throw new ServiceError('FORBIDDEN', "Only the case's caseworker or an administrator can answer a review.", { reason: 'review_answer_not_allowed' });
    }
    if (review.verdict !== 'changes_requested') throw conflict('Only a request for changes can be answered.', { reason: 'review_not_change_request' });
    if (review.answeredAt !== null) throw conflict('This request for changes was already answered.', { reason: 'review_already_answered' });
    const now = ctx.now();
    const answer = input.comment ?? null;
    ctx.db.update(reviews).set({ answeredAt: now, answer, updatedAt: now }).where(eq(reviews.id, review.id)).run();
    // Free text stays out of the audit log (it outlives deletions): only that an answer was written.
    ctx.audit({
      action: 'review.answer',
      tableName: 'reviews',
      recordId: review.id,
      changes: { answeredAt: [null, now], caseId: review.caseId, ...(answer === null ? {} : { answer: 'changed' }) },
    });
    return loadReview(ctx, review.id);
  },

  'review.requestedChanges': (ctx, input) => {
    const mine = ctx.db
      .select({ id: cases.id, personName: people.name })
      .from(cases)
      .innerJoin(people, eq(people.id, cases.personId))
      .where(and(isNull(cases.deletedAt), eq(cases.caseworkerId, ctx.user.id), input.caseId === undefined ? undefined : eq(cases.id, input.caseId)))
      .all();
    if (mine.length === 0) return [];
    const names = new Map(mine.map((c) => [c.id, c.personName]));
    const all = selectReviews(ctx, inArray(reviews.caseId, [...names.keys()]));
    const requests = openRequests(all)
      .map((r): RequestedChange => ({ ...r, personName: names.get(r.caseId) ?? '' }))
      .sort((a, b) => (a.reviewedAt < b.reviewedAt ? -1 : 1));
    return withholdNamesByCase(ctx, requests);
  },
};

export const reviewHandlers = { ...caseHandlers, ...reviewQueueHandlers, ...signOffManyHandlers };
