// One list section of the case file: heading with its Add button (for those who may edit), then
// the error, loading and empty states, then the records themselves.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../../../../db/api';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';

export interface RecordSectionProps {
  id: string;
  heading: string;
  addLabel: string;
  canEdit: boolean;
  onAdd: () => void;
  error: Pick<ApiError, 'code' | 'message'> | null;
  /** True while the records have not arrived (and no error came instead). */
  loading: boolean;
  emptyText: string | null;
  children: ReactNode;
}

export function RecordSection({ id, heading, addLabel, canEdit, onAdd, error, loading, emptyText, children }: RecordSectionProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`${id}-heading`}>
      <div className="section-head">
        <h2 id={`${id}-heading`}>{heading}</h2>
        {canEdit ? (
          <Button variant="primary" size="small" onClick={onAdd}>
            {addLabel}
          </Button>
        ) : null}
      </div>
      <ErrorMessage error={error} />
      {loading && !error ? <p className="muted">{t('state.loading')}</p> : null}
      {emptyText !== null ? <p className="muted">{emptyText}</p> : null}
      {children}
    </section>
  );
}
