// Every review of the case, newest first: when, by whom, the verdict, the comment and whether a
// request for changes has been answered.
import { useTranslation } from 'react-i18next';

import type { Review } from '../../../../db/api';
import { useDateFormat } from '../../shared/dates';

export function ReviewHistory({ reviews }: { reviews: Review[] }) {
  const { t } = useTranslation('review');
  const dates = useDateFormat();
  return (
    <section aria-labelledby="review-history-heading">
      <h2 id="review-history-heading">{t('history.heading')}</h2>
      {reviews.length === 0 ? <p className="muted">{t('history.none')}</p> : null}
      <ol className="review-history">
        {reviews.map((r) => (
          <li key={r.id} className="card">
            <span className={r.verdict === 'signed_off' ? 'badge badge-success' : 'badge badge-warning'}>{t(`verdict.${r.verdict}`)}</span>{' '}
            <span className="muted">{t('history.by', { name: r.supervisorName ?? '', date: dates.short(r.reviewedAt) })}</span>
            {r.verdict === 'changes_requested' ? (
              <span className="muted"> · {r.answeredAt ? t('history.answered', { date: dates.short(r.answeredAt) }) : t('history.open')}</span>
            ) : null}
            {r.comment ? <p className="review-comment">{r.comment}</p> : null}
            {r.answer ? <p className="review-comment review-answer-text">{t('history.answer', { text: r.answer })}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
