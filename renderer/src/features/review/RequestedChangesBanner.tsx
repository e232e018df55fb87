// Changes a supervisor asked for on the caller's cases and not yet answered, each linked to the
// case's review. Small enough to mount on other screens too (the deadlines screen, for one).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useDateFormat } from '../../shared/dates';
import { useCall } from '../../shared/useCall';
import './review.css';
import { usePersonName } from '../../shared/personName';

export function RequestedChangesBanner({ showEmpty = false }: { showEmpty?: boolean }) {
  const { t } = useTranslation('review');
  const dates = useDateFormat();
  const personName = usePersonName();
  const requests = useCall('review.requestedChanges', {});
  const list = requests.value ?? [];
  if (list.length === 0) return showEmpty && requests.value !== null ? <p className="muted">{t('requested.none')}</p> : null;
  return (
    <section className="review-requested" aria-labelledby="review-requested-heading">
      <h2 id="review-requested-heading">{t('requested.heading', { count: list.length })}</h2>
      <ul>
        {list.map((r) => (
          <li key={r.id}>
            <Link to={`/review/${r.caseId}`}>{personName(r)}</Link>{' '}
            <span className="muted">{t('requested.by', { name: r.supervisorName ?? '', date: dates.short(r.reviewedAt) })}</span>
            {r.comment ? <p className="review-comment">{r.comment}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
