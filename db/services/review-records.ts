// Reading reviews: one case's history with the supervisors' names, and the latest review of every
// case at once (what the queue and the "changed since review" marks compare against).
import { and, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';

import type { ServiceContext } from '../backend/context';
import { notFound } from '../backend/errors';
import type { Review } from '../contract/review';
import { auditEntries, reviews, users } from '../schema';

type ReviewRow = typeof reviews.$inferSelect;

export function toReview(row: ReviewRow, supervisorName: string | null, answer: string | null = null): Review {
  const { id, caseId, supervisorId, reviewedAt, verdict, comment, coversUntil, answeredAt } = row;
  return { id, caseId, supervisorId, supervisorName, reviewedAt, verdict, comment, coversUntil, answeredAt, answer };
}

/**
 * The caseworkers' answers to requested changes. The reviews table has no column for them, so
 * review.answer writes them into its audit entry, and they are read back from there.
 */
function answersTo(ctx: ServiceContext, reviewIds: string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (reviewIds.length === 0) return out;
  const rows = ctx.db
    .select({ recordId: auditEntries.recordId, changes: auditEntries.changes })
    .from(auditEntries)
    .where(and(eq(auditEntries.action, 'review.answer'), inArray(auditEntries.recordId, reviewIds)))
    .all();
  for (const row of rows) {
    const comment: unknown = row.changes === null ? null : (JSON.parse(row.changes) as { comment?: unknown }).comment;
    if (row.recordId !== null && typeof comment === 'string') out.set(row.recordId, comment);
  }
  return out;
}

/** Reviews matching a condition, newest first, with the supervisor's display name. */
export function selectReviews(ctx: ServiceContext, where: SQL | undefined): Review[] {
  const rows = ctx.db
    .select({ review: reviews, supervisorName: users.displayName })
    .from(reviews)
    .leftJoin(users, eq(users.id, reviews.supervisorId))
    .where(and(isNull(reviews.deletedAt), where))
    .orderBy(desc(reviews.reviewedAt), desc(reviews.id))
    .all();
  const answers = answersTo(
    ctx,
    rows.filter((r) => r.review.answeredAt !== null).map((r) => r.review.id),
  );
  return rows.map((r) => toReview(r.review, r.supervisorName, answers.get(r.review.id) ?? null));
}

export function loadReview(ctx: ServiceContext, reviewId: string): Review {
  const [review] = selectReviews(ctx, eq(reviews.id, reviewId));
  if (!review) throw notFound('The review');
  return review;
}

/** The latest review of each reviewed case, keyed by case id. */
export function latestReviews(ctx: ServiceContext): Map<string, ReviewRow> {
  const latest = new Map<string, ReviewRow>();
  const rows = ctx.db.select().from(reviews).where(isNull(reviews.deletedAt)).orderBy(reviews.reviewedAt, reviews.id).all();
  // Ascending order: a later review of the same case overwrites the earlier one.
  for (const row of rows) latest.set(row.caseId, row);
  return latest;
}
