// For an administrator, under an altered log: accept the log as it now stands and sign a new head.
// Asks first, and says what stays: the problems inside the log stay named, an entry records the
// head replaced, and the new head names who signed it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';

export function Reanchor({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const confirm = async () => {
    setBusy(true);
    const r = await call('audit.reanchor', {});
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setOpen(false);
    onDone();
  };

  return (
    <div className="audit-reanchor">
      <Button size="small" onClick={() => setOpen(true)}>
        {t('reanchor.action')}
      </Button>
      {open ? (
        <Dialog open onOpenChange={(next) => !next && setOpen(false)} title={t('reanchor.title')} description={t('reanchor.body')}>
          <ErrorMessage error={error} />
          <div className="form-actions">
            <Button onClick={() => setOpen(false)} autoFocus>
              {tc('actions.cancel')}
            </Button>
            <Button variant="danger" busy={busy} onClick={() => void confirm()}>
              {t('reanchor.confirm')}
            </Button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
