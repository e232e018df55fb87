// The review queue: searched, filtered and sorted as the supervisor last chose (remembered per
// user), paged 50 cases at a time. Cases can be selected (Space on a checkbox toggles it; one box
// selects the page) and signed off together with one comment.
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
import { usePersonName } from '../../shared/personName';
import { CaseReference } from '../../shared/CaseReference';
import { BulkSignOff } from './BulkSignOff';
import { ReasonBadges } from './ReasonBadges';
import { ReviewQueueFilterBar } from './ReviewQueueFilterBar';
import { useQueueFilters } from './useQueueFilters';

const PAGE = 50;

export function ReviewQueue() {
  const { t, i18n } = useTranslation('review');
  const countryName = useCountryName();
  const dates = useDateFormat();
  const personName = usePersonName();
  const [filters, setFilters] = useQueueFilters();
  const [offset, setOffset] = useState(0);
  // Selected cases as the queue showed them: their lastActivityAt is what the sign-off compares.
  const [selected, setSelected] = useState<Map<string, ReviewQueueEntry>>(new Map());
  const queue = useCall('review.queue', filters === null ? null : { ...filters, limit: PAGE, offset });
  const total = queue.value?.total ?? 0;
  const rows = queue.value?.rows ?? [];
  const number = (n: number) => n.toLocaleString(i18n.language);

  const change = (patch: Parameters<typeof setFilters>[0]) => {
    setFilters(patch);
    setOffset(0);
    setSelected(new Map());
  };
  const toggle = (row: ReviewQueueEntry) =>
    setSelected((current) => {
      const next = new Map(current);
      if (next.has(row.caseId)) next.delete(row.caseId);
      else next.set(row.caseId, row);
      return next;
    });
  const selectable = rows.filter((r) => !r.openRequest);
  const allOnPage = selectable.length > 0 && selectable.every((r) => selected.has(r.caseId));
  const togglePage = () =>
    setSelected((current) => {
      const next = new Map(current);
      for (const r of selectable) {
        if (allOnPage) next.delete(r.caseId);
        else next.set(r.caseId, r);
      }
      return next;
    });

  const columns: Column<ReviewQueueEntry>[] = [
    {
      key: 'select',
      header: <input type="checkbox" aria-label={t('bulk.selectPage')} checked={allOnPage} disabled={selectable.length === 0} onChange={togglePage} />,
      cell: (r) => (
        <input
          type="checkbox"
          aria-label={t('bulk.select', { name: personName(r) })}
          title={r.openRequest ? t('bulk.openRequestHint') : undefined}
          checked={selected.has(r.caseId)}
          disabled={r.openRequest}
          onChange={() => toggle(r)}
        />
      ),
    },
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
        {t('queue.heading')} <span className="badge">{number(total)}</span>
      </h2>
      {filters === null ? null : <ReviewQueueFilterBar filters={filters} onChange={change} />}
      <ErrorMessage error={queue.error} />
      {queue.value === null ? (
        <p className="muted">{t('loading')}</p>
      ) : (
        <Table columns={columns} rows={rows} rowKey={(r) => r.caseId} caption={t('queue.heading')} empty={t('queue.empty')} />
      )}
      {total > PAGE ? (
        <div className="review-paging">
          <Button size="small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {t('paging.previous')}
          </Button>
          <span className="muted">{t('paging.range', { from: number(offset + 1), to: number(Math.min(offset + PAGE, total)), total: number(total) })}</span>
          <Button size="small" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
            {t('paging.next')}
          </Button>
        </div>
      ) : null}
      <BulkSignOff
        selected={[...selected.values()]}
        onDone={async () => {
          setSelected(new Map());
          await queue.reload();
        }}
      />
    </section>
  );
}
