// Contract slice: supervisors' review of cases (the queue, a case's timeline marked with what
// changed since its last review, sign-off or requested changes), caseworkers' answers, and the
// organisation's deadlines grouped by caseworker. Pure zod and types.
import { z } from 'zod';

import { ALL_ROLES, countryCode, id, method, nonEmpty, pageInput, type Page, type Role } from './core';
import type { PersonNameWithheld } from './need-to-know';
import type { DeadlineEntry } from './tasks';
import type { TimelineEntry } from './timeline';
import { REVIEW_VERDICTS, type ReviewVerdict } from '../../shared/vocabulary';

/** Why a case waits in the review queue; a case may have several reasons. */
export const REVIEW_REASONS = ['never_reviewed', 'changed_since_review', 'request_answered', 'overdue_work'] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

/** How the queue is ordered: longest wait since the change first, longest since a review, A to Z, by country. */
export const REVIEW_QUEUE_SORTS = ['oldest_change', 'longest_unreviewed', 'name', 'country'] as const;
export type ReviewQueueSort = (typeof REVIEW_QUEUE_SORTS)[number];

/** Days since the case's last review: more than 30, more than 90 (never reviewed counts as both), or never. */
export const REVIEW_QUEUE_AGES = ['over_30', 'over_90', 'never'] as const;
export type ReviewQueueAge = (typeof REVIEW_QUEUE_AGES)[number];

/** What the queue is filtered and sorted by; also what is remembered per user (preferences 'review.queue'). */
export const reviewQueueFilters = z.object({
  /** Only the cases the caller is named supervisor of; left out, every open case. */
  mineOnly: z.boolean().default(false),
  /** The person's name or any spelling of it, in any script (the search index's matching). */
  search: z.string().trim().max(200, 'At most 200 characters').optional(),
  countryCode: countryCode.optional(),
  caseworkerId: id.optional(),
  reason: z.enum(REVIEW_REASONS).optional(),
  age: z.enum(REVIEW_QUEUE_AGES).optional(),
  sort: z.enum(REVIEW_QUEUE_SORTS).default('oldest_change'),
});
export type ReviewQueueFilters = z.output<typeof reviewQueueFilters>;

/** Most cases one bulk sign-off takes: a page of the queue, several times over. */
export const SIGN_OFF_MANY_MAX = 200;

/** Why a bulk sign-off left a case alone; the window words each. */
export const SIGN_OFF_SKIP_REASONS = ['case_changed', 'open_change_request', 'case_not_found', 'case_closed'] as const;
export type SignOffSkipReason = (typeof SIGN_OFF_SKIP_REASONS)[number];

export interface SignOffManyResult {
  /** The cases signed off, in the order asked. */
  signedOff: string[];
  skipped: { caseId: string; reason: SignOffSkipReason }[];
}

export interface ReviewQueueEntry extends PersonNameWithheld {
  caseId: string;
  /** See CaseSummary.reference. */
  caseReference: string | null;
  personName: string;
  countryCode: string;
  openedOn: string;
  caseworkerId: string | null;
  caseworkerName: string | null;
  lastActivityAt: string;
  /** When the latest review was made; null when the case was never reviewed. */
  lastReviewedAt: string | null;
  reasons: ReviewReason[];
  /**
   * How long the case has waited, for ordering oldest first: the earliest of the opening date (never
   * reviewed), the end of what the last review covered (changed), when the caseworker answered the
   * requested changes, and the earliest overdue due date. Dates and timestamps compare as strings.
   */
  waitingSince: string;
  /** Overdue reminders and open tasks past due on the case. */
  overdueCount: number;
  /** A request for changes on the case waits for the caseworker: it cannot be signed off in bulk. */
  openRequest: boolean;
}

export interface Review {
  id: string;
  caseId: string;
  supervisorId: string;
  supervisorName: string | null;
  reviewedAt: string;
  verdict: ReviewVerdict;
  comment: string | null;
  /** The case's last activity when reviewed: later changes are "changed since review". */
  coversUntil: string;
  answeredAt: string | null;
  /** What the caseworker said when answering requested changes, if anything. */
  answer: string | null;
}

export interface ReviewedTimelineEntry extends TimelineEntry {
  /** Added or changed after the latest review covered the case (all true when never reviewed). */
  changedSinceReview: boolean;
}

export interface CaseReview extends PersonNameWithheld {
  caseId: string;
  /** See CaseSummary.reference. */
  caseReference: string | null;
  personName: string;
  countryCode: string;
  caseworkerId: string | null;
  caseworkerName: string | null;
  lastActivityAt: string;
  lastReview: Review | null;
  entries: ReviewedTimelineEntry[];
  /** Newest first. */
  reviews: Review[];
}

export interface RequestedChange extends Review, PersonNameWithheld {
  personName: string;
}

export interface CaseworkerDeadlines {
  /** Who must act (the task's assignee, or the case's caseworker); null when nobody is. */
  caseworkerId: string | null;
  caseworkerName: string | null;
  overdue: number;
  upcoming: number;
  entries: DeadlineEntry[];
}

const overseers: readonly Role[] = ['supervisor', 'administrator'];

export const reviewApi = {
  'review.queue': method<Page<ReviewQueueEntry>>()({
    input: z.object({ ...reviewQueueFilters.shape, ...pageInput.shape }),
    access: overseers,
    effect: 'read',
  }),
  /**
   * Signs off several cases with one comment, each only if it is unchanged since the queue showed
   * it (its lastActivityAt as seen, in `expected`) and has no open request for changes.
   */
  'review.signOffMany': method<SignOffManyResult>()({
    input: z.object({
      caseIds: z.array(id).min(1, 'Choose at least one case').max(SIGN_OFF_MANY_MAX, `At most ${SIGN_OFF_MANY_MAX} cases at once`),
      comment: z.string().trim().max(5000, 'At most 5000 characters').optional(),
      /** Each case's lastActivityAt as the queue showed it. */
      expected: z.record(id, z.string().max(40)),
    }),
    access: ['supervisor'],
    effect: 'write',
  }),
  'review.forCase': method<CaseReview>()({ input: z.object({ caseId: id }), access: ALL_ROLES, effect: 'read' }),
  'review.submit': method<Review>()({
    input: z
      .object({
        caseId: id,
        verdict: z.enum(REVIEW_VERDICTS),
        comment: z.string().trim().max(5000, 'At most 5000 characters').optional(),
      })
      .refine((r) => r.verdict !== 'changes_requested' || (r.comment ?? '') !== '', {
        message: 'Say what should change',
        path: ['comment'],
      }),
    // Reviewing is the supervisor's judgement; administrators run the system, not the casework.
    access: ['supervisor'],
    effect: 'write',
  }),
  'review.answer': method<Review>()({
    input: z.object({ reviewId: id, comment: nonEmpty(5000).optional() }),
    // The service narrows this to the case's own caseworker (or an administrator).
    access: ['caseworker', 'supervisor', 'administrator'],
    effect: 'write',
  }),
  'review.requestedChanges': method<RequestedChange[]>()({
    input: z.object({ caseId: id.optional() }),
    access: ALL_ROLES,
    effect: 'read',
  }),
  'review.deadlinesByCaseworker': method<CaseworkerDeadlines[]>()({
    input: z.object({ upcomingDays: z.number().int().min(0).max(365).optional() }),
    access: overseers,
    effect: 'read',
  }),
} as const;
