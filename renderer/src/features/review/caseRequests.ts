// Which of a case's reviews the case file shows as requests for changes: every request no later
// sign-off has settled, the open ones first. An answered one stays (marked answered) until the
// supervisor looks again, so both sides can see where it stands.
import type { Review } from '../../../../db/api';

export function unsettledRequests(reviews: readonly Review[]): Review[] {
  const lastSignOff = reviews.filter((r) => r.verdict === 'signed_off').reduce<string>((latest, r) => (r.reviewedAt > latest ? r.reviewedAt : latest), '');
  return reviews
    .filter((r) => r.verdict === 'changes_requested' && r.reviewedAt > lastSignOff)
    .sort((a, b) => (a.answeredAt === null) !== (b.answeredAt === null) ? (a.answeredAt === null ? -1 : 1) : a.reviewedAt < b.reviewedAt ? 1 : -1);
}
