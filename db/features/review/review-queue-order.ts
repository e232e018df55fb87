// The review queue's filters that need the reasons worked out first (reason, age since the last
// review) and its orders. Pure: every order ends on the case id, so paging never repeats a case.
import type { ReviewQueueAge, ReviewQueueEntry, ReviewQueueSort, ReviewReason } from '../../contract/review';
import { addDays } from '../../../shared/calendar';

/** Whether the case's last review is older than the age asked for (never reviewed is older than any). */
export function matchesAge(entry: Pick<ReviewQueueEntry, 'lastReviewedAt'>, age: ReviewQueueAge, today: string): boolean {
  if (age === 'never') return entry.lastReviewedAt === null;
  if (entry.lastReviewedAt === null) return true;
  const before = addDays(today, age === 'over_30' ? -30 : -90);
  return entry.lastReviewedAt.slice(0, 10) < before;
}

export function matchesReason(entry: Pick<ReviewQueueEntry, 'reasons'>, reason: ReviewReason | undefined): boolean {
  return reason === undefined || entry.reasons.includes(reason);
}

const byText = (a: string, b: string): number => (a === b ? 0 : a < b ? -1 : 1);

function compareBy(sort: ReviewQueueSort, a: ReviewQueueEntry, b: ReviewQueueEntry): number {
  switch (sort) {
    case 'oldest_change':
      return byText(a.waitingSince, b.waitingSince);
    case 'longest_unreviewed':
      // Never reviewed first (oldest opening first), then the oldest review.
      if ((a.lastReviewedAt === null) !== (b.lastReviewedAt === null)) return a.lastReviewedAt === null ? -1 : 1;
      return a.lastReviewedAt === null || b.lastReviewedAt === null ? byText(a.openedOn, b.openedOn) : byText(a.lastReviewedAt, b.lastReviewedAt);
    case 'name': {
      // Withheld names sort after the others and not by name: placed among the names, they would hint at them.
      const aWithheld = a.personNameWithheld !== undefined;
      const bWithheld = b.personNameWithheld !== undefined;
      if (aWithheld !== bWithheld) return aWithheld ? 1 : -1;
      return aWithheld ? 0 : a.personName.localeCompare(b.personName);
    }
    case 'country':
      return byText(a.countryCode, b.countryCode) || byText(a.waitingSince, b.waitingSince);
  }
}

/** The queue in the order asked, ties broken by the longest wait and then the case id. */
export function sortQueue(entries: ReviewQueueEntry[], sort: ReviewQueueSort): ReviewQueueEntry[] {
  return entries.sort((a, b) => compareBy(sort, a, b) || byText(a.waitingSince, b.waitingSince) || byText(a.caseId, b.caseId));
}
