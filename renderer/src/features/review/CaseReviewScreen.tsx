// One case's review (/review/:caseId): who the case is about and whose it is, the open requests
// for changes (answerable by the caseworker), the timeline with what changed since the last review
// marked, the review history and, for supervisors, the sign-off / request-changes form.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../state/session';
import { useDateFormat } from '../../shared/dates';
import { useCall } from '../../shared/useCall';
import { OpenRequests } from './OpenRequests';
import { ReviewForm } from './ReviewForm';
import { ReviewHistory } from './ReviewHistory';
import { ReviewTimeline } from './ReviewTimeline';
import './review.css';
import { usePersonName } from '../../shared/personName';
import { CaseReference } from '../../shared/CaseReference';

export function CaseReviewScreen() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation('review');
  const personName = usePersonName();
  const dates = useDateFormat();
  const isSupervisor = useSession((s) => s.hasRole('supervisor'));
  const review = useCall('review.forCase', { caseId });
  const requests = useCall('review.requestedChanges', { caseId });
  const reload = async () => {
    await Promise.all([review.reload(), requests.reload()]);
  };

  const value = review.value;
  if (value === null || value.caseId !== caseId) {
    return review.error ? <ErrorMessage error={review.error} /> : <p className="muted">{t('loading')}</p>;
  }
  const changed = value.entries.filter((e) => e.changedSinceReview).length;
  const last = value.lastReview;

  return (
    <div className="review-case">
      <PageHeader title={t('case.title', { name: personName(value) ?? '' })} actions={<Link to={`/cases/${value.caseId}`}>{t('case.openFile')}</Link>}>
        <p className="muted">
          <CaseReference reference={value.caseReference} />
          {value.caseReference ? ' · ' : null}
          {t('case.caseworker', { name: value.caseworkerName ?? t('nobody') })} ·{' '}
          {last ? t('case.lastReview', { date: dates.short(last.reviewedAt), verdict: t(`verdict.${last.verdict}`) }) : t('case.neverReviewed')}
        </p>
      </PageHeader>
      <ErrorMessage error={review.error} />
      <OpenRequests requests={requests.value ?? []} onAnswered={reload} />
      <section aria-labelledby="review-timeline-heading">
        <h2 id="review-timeline-heading">{t('case.timeline')}</h2>
        <p role="status" className="review-changed-summary">
          {last ? t('case.changedCount', { count: changed }) : t('case.allNew')}
        </p>
        <ReviewTimeline caseId={value.caseId} entries={value.entries} />
      </section>
      <ReviewHistory reviews={value.reviews} />
      {isSupervisor ? <ReviewForm caseId={value.caseId} onReviewed={reload} /> : null}
    </div>
  );
}
