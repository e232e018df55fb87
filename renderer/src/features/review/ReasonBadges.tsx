// Why a case waits for review, as badges: never reviewed, changed since the last review, and
// overdue work with how much of it.
import { useTranslation } from 'react-i18next';

import type { ReviewQueueEntry, ReviewReason } from '../../../../db/api';

const TONE: Record<ReviewReason, string> = {
  never_reviewed: 'badge',
  changed_since_review: 'badge badge-warning',
  request_answered: 'badge badge-success',
  overdue_work: 'badge badge-danger',
};

export function ReasonBadges({ entry }: { entry: Pick<ReviewQueueEntry, 'reasons' | 'overdueCount'> }) {
  const { t } = useTranslation('review');
  return (
    <span className="review-reasons">
      {entry.reasons.map((reason) => (
        <span key={reason} className={TONE[reason]}>
          {reason === 'overdue_work' ? t('reason.overdue_work', { count: entry.overdueCount }) : t(`reason.${reason}`)}
        </span>
      ))}
    </span>
  );
}
