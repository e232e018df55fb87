// Starting over: empties the form and throws the draft away, after asking, since it cannot be undone.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';

export function ClearDraftButton({ onClear }: { onClear: () => Promise<void> }) {
  const { t } = useTranslation('intake');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="ghost" onClick={() => setOpen(true)}>
        {t('clear.button')}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={t('clear.title')} description={t('clear.description')}>
        <div className="form-actions">
          <Button onClick={() => setOpen(false)}>{t('clear.keep')}</Button>
          <Button
            variant="danger"
            onClick={() => {
              setOpen(false);
              void onClear();
            }}
          >
            {t('clear.confirm')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
