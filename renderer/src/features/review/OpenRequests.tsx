// Requests for changes on this case that are still open, shown to the case's caseworker with a
// way to say they have been dealt with (an optional note goes to the audit log with the answer).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError, RequestedChange } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/Field';
import { useToasts } from '../../state/toasts';
import { useDateFormat } from '../../shared/dates';

function AnswerRow({ request, onAnswered }: { request: RequestedChange; onAnswered: () => Promise<void> }) {
  const { t } = useTranslation('review');
  const dates = useDateFormat();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const answer = async () => {
    setBusy(true);
    const text = note.trim();
    const r = await call('review.answer', { reviewId: request.id, ...(text === '' ? {} : { comment: text }) });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    useToasts.getState().show(t('requested.answeredToast'), 'success');
    await onAnswered();
  };

  return (
    <li className="card review-request">
      <p className="review-comment">{request.comment}</p>
      <p className="muted">{t('requested.by', { name: request.supervisorName ?? '', date: dates.short(request.reviewedAt) })}</p>
      <form
        className="review-answer"
        onSubmit={(e) => {
          e.preventDefault();
          void answer();
        }}
      >
        <TextField label={t('requested.note')} value={note} onChange={(e) => setNote(e.target.value)} />
        <Button type="submit" variant="primary" busy={busy}>
          {t('requested.answer')}
        </Button>
      </form>
      <ErrorMessage error={error} />
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
