// A dialog holding one record form: the fields, the service's error in words beside them, and
// Cancel / Save. Enter in a field submits; Escape or Cancel closes without saving. With a draft,
// "Discard draft" stands beside Cancel, and Cancel asks whether to keep the draft or discard it.
import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../../../../db/api';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { DraftStatus, useDraftCancel } from '../../../forms/DraftActions';
import type { DraftState } from '../../../forms/useDraft';

export interface FormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  onSubmit: FormEventHandler<HTMLFormElement>;
  error: ApiError | null;
  busy: boolean;
  children: ReactNode;
  wide?: boolean;
  /** The form's encrypted draft (useDraft), when it keeps one. */
  draft?: DraftState;
}

export function FormDialog({ open, onOpenChange, title, description, onSubmit, error, busy, children, wide = false, draft }: FormDialogProps) {
  const { t } = useTranslation();
  const { asking, cancel, question } = useDraftCancel(draft, () => onOpenChange(false));
  return (
    <Dialog open={open} onOpenChange={(next) => (next ? onOpenChange(true) : cancel())} title={title} description={description} wide={wide}>
      {question}
      {/* Kept mounted (only hidden) while the question is up, so nothing typed is lost. */}
      <form onSubmit={onSubmit} noValidate hidden={asking}>
        {children}
        <ErrorMessage error={error} />
        <div className="form-actions">
          {draft ? <DraftStatus draft={draft} /> : null}
          <Button onClick={cancel}>{t('actions.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy}>
            {t('actions.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
