// A supervisor's requests for changes, on the case file itself: what was asked, by whom and when,
// and for the case's caseworker (or an administrator) a way to answer it there. Once answered it
// shows as answered, and the review queue and the deadlines screen stop counting it as open.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError, Review } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/Field';
import { useSession } from '../../state/session';
import { useToasts } from '../../state/toasts';
import { useDateFormat } from '../../shared/dates';
import { useCall } from '../../shared/useCall';
import { unsettledRequests } from './caseRequests';
import './review.css';

function AnswerForm({ review, onAnswered }: { review: Review; onAnswered: () => void }) {
  const { t } = useTranslation('review');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const answer = async () => {
    setBusy(true);
    const text = note.trim();
    const r = await call('review.answer', { reviewId: review.id, ...(text === '' ? {} : { comment: text }) });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    useToasts.getState().show(t('requested.answeredToast'), 'success');
    onAnswered();
  };
  return (
    <>
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
    </>
  );
}

export function CaseChangeRequests({ caseId, caseworkerId }: { caseId: string; caseworkerId: string | null }) {
  const { t } = useTranslation('review');
  const dates = useDateFormat();
  const me = useSession((s) => s.user);
  const review = useCall('review.forCase', { caseId });
  const requests = unsettledRequests(review.value?.reviews ?? []);
  if (requests.length === 0) return null;
  // The service allows the case's own caseworker or an administrator; others only read.
  const mayAnswer = me !== null && (me.role === 'administrator' || me.id === caseworkerId);
  const open = requests.filter((r) => r.answeredAt === null).length;
  return (
    <section className={`review-requested case-requests${open === 0 ? ' case-requests-answered' : ''}`} aria-labelledby="case-requests-heading">
      <h2 id="case-requests-heading">{open > 0 ? t('requested.openOnCase', { count: open }) : t('requested.allAnswered')}</h2>
      <ul className="review-requests">
        {requests.map((r) => (
          <li key={r.id} className="case-request">
            <p className="review-comment">{r.comment}</p>
            <p className="muted">{t('requested.by', { name: r.supervisorName ?? '', date: dates.short(r.reviewedAt) })}</p>
            {r.answeredAt !== null ? (
              <p className="case-request-answered">
                <span className="badge badge-success">{t('requested.answeredBadge')}</span> {t('requested.answeredOn', { date: dates.short(r.answeredAt) })}
                {r.answer ? <span className="review-answer-text"> — {r.answer}</span> : null}
              </p>
            ) : mayAnswer ? (
              <AnswerForm review={r} onAnswered={() => void review.reload()} />
            ) : (
              <p className="muted">{t('requested.waiting')}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
