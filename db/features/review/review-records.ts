// Reading reviews: one case's history with the supervisors' names, and the latest review of every
// case at once (what the queue and the "changed since review" marks compare against).
import { and, desc, eq, isNull, type SQL } from 'drizzle-orm';

import type { ServiceContext } from '../../backend/context';
import { notFound } from '../../backend/errors';
import type { Review } from '../../contract/review';
import { reviews, users } from '../../schema';

type ReviewRow = typeof reviews.$inferSelect;

export function toReview(row: ReviewRow, supervisorName: string | null): Review {
  const { id, caseId, supervisorId, reviewedAt, verdict, comment, coversUntil, answeredAt, answer } = row;
  return { id, caseId, supervisorId, supervisorName, reviewedAt, verdict, comment, coversUntil, answeredAt, answer };
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
  return rows.map((r) => toReview(r.review, r.supervisorName));
}

export function loadReview(ctx: ServiceContext, reviewId: string): Review {
  const [review] = selectReviews(ctx, eq(reviews.id, reviewId));
  if (!review) throw notFound('The review', { reason: 'review_not_found' });
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

/**
 * The cases with a request for changes still open: not answered, and not settled by a sign-off
 * made at or after it (the same rule as the caseworker's list of requested changes).
 */
export function casesWithOpenRequest(ctx: ServiceContext): Set<string> {
  const ids = ctx.sqlite
    .prepare(
      `SELECT DISTINCT r.case_id FROM reviews r
        WHERE r.deleted_at IS NULL AND r.verdict = 'changes_requested' AND r.answered_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM reviews s WHERE s.case_id = r.case_id AND s.deleted_at IS NULL
                            AND s.verdict = 'signed_off' AND s.reviewed_at >= r.reviewed_at)`,
    )
    .pluck()
    .all() as string[];
  return new Set(ids);
}
