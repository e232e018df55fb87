// A supervisor's verdict on the case: sign off, or request changes saying what should change (the
// comment is then required, here and by the backend). A review does not count as activity on the case.
// The comment is kept as an encrypted draft until the review is sent.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { ApiError, ReviewVerdict } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextAreaField } from '../../components/Field';
import { DraftStatus } from '../../forms/DraftActions';
import { draftKey } from '../../forms/draftKey';
import { useDraft } from '../../forms/useDraft';
import { useToasts } from '../../state/toasts';

interface ReviewValues {
  comment: string;
}

export function ReviewForm({ caseId, onReviewed }: { caseId: string; onReviewed: () => Promise<void> }) {
  const { t } = useTranslation('review');
  const form = useForm<ReviewValues>({ defaultValues: { comment: '' } });
  const draft = useDraft(draftKey('review', null, caseId), form);
  const [busy, setBusy] = useState<ReviewVerdict | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = (verdict: ReviewVerdict) =>
    form.handleSubmit(async ({ comment }) => {
      const text = comment.trim();
      if (verdict === 'changes_requested' && text === '') {
        form.setError('comment', { message: t('form.commentRequired') }, { shouldFocus: true });
        return;
      }
      setBusy(verdict);
      const r = await call('review.submit', { caseId, verdict, ...(text === '' ? {} : { comment: text }) });
      setBusy(null);
      if (!r.ok) {
        const fields = (r.error.details as { fields?: Record<string, string> } | undefined)?.fields ?? {};
        if (fields.comment) form.setError('comment', { message: t('form.commentRequired') }, { shouldFocus: true });
        else setError(r.error);
        return;
      }
      setError(null);
      await draft.discard();
      useToasts.getState().show(t(verdict === 'signed_off' ? 'form.signedOff' : 'form.changesRequested'), 'success');
      await onReviewed();
    });

  return (
    <section aria-labelledby="review-form-heading" className="card review-form">
      <h2 id="review-form-heading">{t('form.heading')}</h2>
      <form onSubmit={(e) => void submit('signed_off')(e)} noValidate>
        <TextAreaField label={t('form.comment')} hint={t('form.commentHint')} rows={3} error={form.formState.errors.comment?.message} {...form.register('comment')} />
        <ErrorMessage error={error} />
        <div className="review-form-actions">
          <Button type="submit" variant="primary" busy={busy === 'signed_off'}>
            {t('form.signOff')}
          </Button>
          <Button busy={busy === 'changes_requested'} onClick={(e) => void submit('changes_requested')(e)}>
            {t('form.requestChanges')}
          </Button>
          <DraftStatus draft={draft} />
        </div>
      </form>
    </section>
  );
}
