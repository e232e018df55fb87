// The review queue, oldest wait first: who the case is about, whose desk it is on, and why it
// waits (never reviewed, changed since the last review, overdue work). Paged, 50 cases at a time.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ReviewQueueEntry } from '../../../../db/api';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Table, type Column } from '../../components/Table';
import { useDateFormat } from '../../shared/dates';
import { useCall } from '../../shared/useCall';
import { useCountryName } from '../../shared/referenceData';
import { ReasonBadges } from './ReasonBadges';
import { usePersonName } from '../../shared/personName';
import { CaseReference } from '../../shared/CaseReference';

const PAGE = 50;

export function ReviewQueue() {
  const { t } = useTranslation('review');
  const countryName = useCountryName();
  const dates = useDateFormat();
  const personName = usePersonName();
  const [offset, setOffset] = useState(0);
  const [mineOnly, setMineOnly] = useState(false);
  const queue = useCall('review.queue', { mineOnly, limit: PAGE, offset });
  const total = queue.value?.total ?? 0;

  const columns: Column<ReviewQueueEntry>[] = [
    { key: 'since', header: t('col.waitingSince'), cell: (r) => dates.short(r.waitingSince) },
    { key: 'person', header: t('col.person'), cell: (r) => (
        <>
          <Link to={`/review/${r.caseId}`}>{personName(r)}</Link> <CaseReference reference={r.caseReference} className="muted" />
        </>
      ) },
    { key: 'country', header: t('col.country'), cell: (r) => countryName(r.countryCode) },
    { key: 'caseworker', header: t('col.caseworker'), cell: (r) => r.caseworkerName ?? <span className="muted">{t('nobody')}</span> },
    { key: 'reasons', header: t('col.reasons'), cell: (r) => <ReasonBadges entry={r} /> },
    { key: 'last', header: t('col.lastReviewed'), cell: (r) => (r.lastReviewedAt ? dates.short(r.lastReviewedAt) : <span className="muted">{t('never')}</span>) },
  ];

  return (
    <section aria-labelledby="review-queue-heading" className="review-queue">
      <h2 id="review-queue-heading">
        {t('queue.heading')} <span className="badge">{total}</span>
      </h2>
      <label className="review-mine-only">
        <input
          type="checkbox"
          checked={mineOnly}
          onChange={(e) => {
            setMineOnly(e.target.checked);
            setOffset(0);
          }}
        />{' '}
        {t('queue.mineOnly')}
      </label>
      <ErrorMessage error={queue.error} />
      {queue.value === null ? (
        <p className="muted">{t('loading')}</p>
      ) : (
        <Table columns={columns} rows={queue.value.rows} rowKey={(r) => r.caseId} caption={t('queue.heading')} empty={t('queue.empty')} />
      )}
      {total > PAGE ? (
        <div className="review-paging">
          <Button size="small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {t('paging.previous')}
          </Button>
          <span className="muted">{t('paging.range', { from: offset + 1, to: Math.min(offset + PAGE, total), total })}</span>
          <Button size="small" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
            {t('paging.next')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
