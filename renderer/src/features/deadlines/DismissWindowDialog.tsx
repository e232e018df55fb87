// Dismissing a missed appeal window: a reason is required, and the case keeps it with who and when.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError, DeadlineEntry } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextAreaField } from '../../components/Field';

interface DismissWindowDialogProps {
  /** The missed window being dismissed; null when the dialog is closed. */
  entry: DeadlineEntry | null;
  personName: string | null;
  onClose: () => void;
  onDismissed: () => void;
}

export function DismissWindowDialog({ entry, personName, onClose, onDismissed }: DismissWindowDialogProps) {
  const { t } = useTranslation('deadlines');
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setReason('');
    setMissingReason(false);
    setError(null);
    onClose();
  };

  const submit = async () => {
    if (!entry || entry.caseId === null || entry.facts.kind !== 'appeal_window') return;
    if (reason.trim() === '') {
      setMissingReason(true);
      return;
    }
    setBusy(true);
    const r = await call('deadlines.dismiss', { caseId: entry.caseId, key: entry.facts.key, reason: reason.trim() });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setReason('');
    setMissingReason(false);
    setError(null);
    onDismissed();
  };

  return (
    <Dialog open={entry !== null} onOpenChange={(open) => (open ? undefined : close())} title={t('dismiss.title')} description={t('dismiss.explain', { name: personName ?? t('openCase') })}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <TextAreaField
          label={t('dismiss.reason')}
          required
          rows={3}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            if (e.target.value.trim() !== '') setMissingReason(false);
          }}
          error={missingReason ? t('dismiss.reasonRequired') : undefined}
        />
        <ErrorMessage error={error} />
        <div className="form-actions">
          <Button type="button" onClick={close}>
            {t('dismiss.cancel')}
          </Button>
          <Button type="submit" variant="danger" busy={busy}>
            {t('dismiss.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
