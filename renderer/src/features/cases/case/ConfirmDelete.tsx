// Asks before a soft delete: says what will be deleted, and shows the service's refusal in words
// (a sentence changed by a later one cannot go first, for instance).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError, Result } from '../../../../../db/api';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useToasts } from '../../../state/toasts';

export interface ConfirmDeleteProps {
  /** What is being deleted, in words ("the charge УК РК 174"). */
  what: string;
  onConfirm: () => Promise<Result<unknown>>;
  onDeleted: () => void;
  onClose: () => void;
}

export function ConfirmDelete({ what, onConfirm, onDeleted, onClose }: ConfirmDeleteProps) {
  const { t } = useTranslation('case');
  const { t: tc } = useTranslation();
  const toast = (text: string, tone: 'info' | 'success' | 'error') => useToasts.getState().show(text, tone);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const confirm = async () => {
    setBusy(true);
    const r = await onConfirm();
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    toast(t('deleted'), 'success');
    onDeleted();
    onClose();
  };

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t('confirmDelete.title')} description={t('confirmDelete.body', { what })}>
      <ErrorMessage error={error} />
      <div className="form-actions">
        <Button onClick={onClose} autoFocus>
          {tc('actions.cancel')}
        </Button>
        <Button variant="danger" busy={busy} onClick={() => void confirm()}>
          {tc('actions.delete')}
        </Button>
      </div>
    </Dialog>
  );
}
