// A supervisor's requests for changes, on the case file itself: what was asked, by whom and when,
// and for the case's caseworker (or an administrator) a way to answer it there. Once answered it
// shows as answered, and the review queue and the deadlines screen stop counting it as open.
import { useTranslation } from 'react-i18next';

import { useSession } from '../../state/session';
import { useDateFormat } from '../../shared/dates';
import { useCall } from '../../shared/useCall';
import { AnswerRequestForm } from './AnswerRequestForm';
import { unsettledRequests } from './caseRequests';
import './review.css';

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
              <AnswerRequestForm reviewId={r.id} onAnswered={() => review.reload()} />
            ) : (
              <p className="muted">{t('requested.waiting')}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
