// Signing off the selected cases with one comment. The backend signs off only those unchanged
// since the queue showed them and without an open request for changes; the others are named here
// with the reason they were left alone.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError, ReviewQueueEntry, SignOffManyResult } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextAreaField } from '../../components/Field';
import { usePersonName } from '../../shared/personName';
import { useToasts } from '../../state/toasts';

interface Props {
  selected: ReviewQueueEntry[];
  onDone: () => Promise<void>;
}

export function BulkSignOff({ selected, onDone }: Props) {
  const { t, i18n } = useTranslation('review');
  const personName = usePersonName();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<{ outcome: SignOffManyResult; names: Map<string, string> } | null>(null);

  const signOff = async () => {
    setBusy(true);
    setResult(null);
    const expected = Object.fromEntries(selected.map((r) => [r.caseId, r.lastActivityAt]));
    const text = comment.trim();
    const r = await call('review.signOffMany', { caseIds: selected.map((s) => s.caseId), expected, ...(text === '' ? {} : { comment: text }) });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    setComment('');
    setResult({ outcome: r.value, names: new Map(selected.map((s) => [s.caseId, personName(s) ?? ''])) });
    if (r.value.signedOff.length > 0) {
      useToasts.getState().show(t('bulk.signedOff', { count: r.value.signedOff.length, formatted: r.value.signedOff.length.toLocaleString(i18n.language) }), 'success');
    }
    await onDone();
  };

  if (selected.length === 0 && result === null) return null;
  return (
    <section aria-labelledby="bulk-sign-off-heading" className="card review-bulk">
      <h3 id="bulk-sign-off-heading">
        {selected.length > 0 ? t('bulk.heading', { count: selected.length, formatted: selected.length.toLocaleString(i18n.language) }) : t('bulk.resultHeading')}
      </h3>
      {selected.length > 0 ? (
        <>
          <TextAreaField label={t('bulk.comment')} hint={t('bulk.commentHint')} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
          <ErrorMessage error={error} />
          <Button variant="primary" busy={busy} onClick={() => void signOff()}>
            {t('bulk.signOff', { count: selected.length, formatted: selected.length.toLocaleString(i18n.language) })}
          </Button>
        </>
      ) : null}
      {result && result.outcome.skipped.length > 0 ? (
        <div className="review-bulk-skipped" role="status">
          <p>{t('bulk.skippedHeading', { count: result.outcome.skipped.length, formatted: result.outcome.skipped.length.toLocaleString(i18n.language) })}</p>
          <ul>
            {result.outcome.skipped.map((s) => (
              <li key={s.caseId}>
                <strong>{result.names.get(s.caseId) ?? ''}</strong>: {t(`bulk.skip.${s.reason}`)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
