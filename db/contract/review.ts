// Contract slice: supervisors' review of cases (the queue, a case's timeline marked with what
// changed since its last review, sign-off or requested changes), caseworkers' answers, and the
// organisation's deadlines grouped by caseworker. Pure zod and types.
import { z } from 'zod';

import { ALL_ROLES, id, method, nonEmpty, pageInput, type Page, type Role } from './core';
import type { PersonNameWithheld } from './need-to-know';
import type { DeadlineEntry } from './tasks';
import type { TimelineEntry } from './timeline';
import { REVIEW_VERDICTS, type ReviewVerdict } from '../../shared/vocabulary';

/** Why a case waits in the review queue; a case may have several reasons. */
export const REVIEW_REASONS = ['never_reviewed', 'changed_since_review', 'request_answered', 'overdue_work'] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

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
    input: z.object({
      /** Only the cases the caller is named supervisor of; left out, every open case. */
      mineOnly: z.boolean().default(false),
      ...pageInput.shape,
    }),
    access: overseers,
    effect: 'read',
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
