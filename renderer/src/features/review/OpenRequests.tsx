// Requests for changes on this case that are still open, shown to the case's caseworker with a
// way to say they have been dealt with (an optional note goes to the audit log with the answer).
import { useTranslation } from 'react-i18next';

import type { RequestedChange } from '../../../../db/api';
import { useDateFormat } from '../../shared/dates';
import { AnswerRequestForm } from './AnswerRequestForm';

function AnswerRow({ request, onAnswered }: { request: RequestedChange; onAnswered: () => Promise<void> }) {
  const { t } = useTranslation('review');
  const dates = useDateFormat();
  return (
    <li className="card review-request">
      <p className="review-comment">{request.comment}</p>
      <p className="muted">{t('requested.by', { name: request.supervisorName ?? '', date: dates.short(request.reviewedAt) })}</p>
      <AnswerRequestForm reviewId={request.id} onAnswered={onAnswered} />
    </li>
  );
}

export function OpenRequests({ requests, onAnswered }: { requests: RequestedChange[]; onAnswered: () => Promise<void> }) {
  const { t } = useTranslation('review');
  if (requests.length === 0) return null;
  return (
    <section aria-labelledby="review-open-requests" className="review-requested">
      <h2 id="review-open-requests">{t('requested.onCase', { count: requests.length })}</h2>
      <ul className="review-requests">
        {requests.map((r) => (
          <AnswerRow key={r.id} request={r} onAnswered={onAnswered} />
        ))}
      </ul>
    </section>
  );
}
