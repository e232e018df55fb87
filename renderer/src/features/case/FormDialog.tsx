// A dialog holding one record form: the fields, the service's error in words beside them, and
// Cancel / Save. Enter in a field submits; Escape or Cancel closes without saving.
import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../../../db/api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';

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
}

export function FormDialog({ open, onOpenChange, title, description, onSubmit, error, busy, children, wide = false }: FormDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={title} description={description} wide={wide}>
      <form onSubmit={onSubmit} noValidate>
        {children}
        <ErrorMessage error={error} />
        <div className="form-actions">
          <Button onClick={() => onOpenChange(false)}>{t('actions.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy}>
            {t('actions.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
