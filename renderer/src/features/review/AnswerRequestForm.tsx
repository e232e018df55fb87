// The caseworker's answer to a supervisor's request for changes: an optional note and "Answer",
// used on the review screen and on the case file alike. The note goes to the audit log with it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/Field';
import { useToasts } from '../../state/toasts';

export function AnswerRequestForm({ reviewId, onAnswered }: { reviewId: string; onAnswered: () => void | Promise<void> }) {
  const { t } = useTranslation('review');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const answer = async () => {
    setBusy(true);
    const text = note.trim();
    const r = await call('review.answer', { reviewId, ...(text === '' ? {} : { comment: text }) });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    useToasts.getState().show(t('requested.answeredToast'), 'success');
    await onAnswered();
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
