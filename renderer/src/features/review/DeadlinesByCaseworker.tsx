// The organisation's deadlines grouped by who must act, most overdue first, so a supervisor sees
// whose desk is falling behind. Each group is the deadlines screen's own table, read-only here.
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '../../components/ErrorMessage';
import { useCall } from '../../shared/useCall';
import { DeadlineTable } from '../deadlines/DeadlineTable';
import '../deadlines/deadlines.css';

export function DeadlinesByCaseworker() {
  const { t } = useTranslation('review');
  const groups = useCall('review.deadlinesByCaseworker', {});
  if (groups.value === null) return groups.error ? <ErrorMessage error={groups.error} /> : <p className="muted">{t('loading')}</p>;
  if (groups.value.length === 0) return <p className="muted">{t('deadlines.empty')}</p>;
  return (
    <div className="review-deadlines">
      {groups.value.map((group) => {
        const name = group.caseworkerName ?? t('deadlines.unassigned');
        const headingId = `review-deadlines-${group.caseworkerId ?? 'nobody'}`;
        return (
          <section key={group.caseworkerId ?? 'nobody'} aria-labelledby={headingId}>
            <h2 id={headingId} className="review-deadlines-heading">
              {name} <span className={group.overdue > 0 ? 'badge badge-danger' : 'badge'}>{t('deadlines.overdue', { count: group.overdue })}</span>{' '}
              <span className="badge">{t('deadlines.upcoming', { count: group.upcoming })}</span>
            </h2>
            <DeadlineTable
              entries={group.entries}
              caption={t('deadlines.caption', { name })}
              empty=""
              canComplete={false}
              busyTaskId={null}
              onComplete={() => undefined}
            />
          </section>
        );
      })}
    </div>
  );
}
