// "Erase this laptop's keys", for when the laptop may be seized: one confirmation that says what
// happens (every passphrase stops working here, only the recovery key opens the vault) and what does
// not (the records stay, encrypted). Opened from the lock screen and from the app's menu.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { flushDrafts } from '../../forms/draftRegistry';
import { useSession } from '../../state/session';
import { useToasts } from '../../state/toasts';

export function EraseKeysDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('unlock');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);

  const close = () => {
    setProblem(null);
    onClose();
  };

  const erase = async () => {
    setBusy(true);
    setProblem(null);
    // What was being typed reaches its encrypted draft before the session closes.
    if (useSession.getState().phase === 'unlocked') await flushDrafts();
    const r = await call('session.eraseKeys', { confirm: true });
    setBusy(false);
    if (!r.ok) {
      setProblem(r.error);
      return;
    }
    onClose();
    useToasts.getState().show(t('erase.done'), 'info');
    await useSession.getState().refresh();
  };

  return (
    <Dialog open={open} onOpenChange={(next) => (next ? undefined : close())} title={t('erase.title')}>
      <p>{t('erase.explain')}</p>
      <p>{t('erase.recovery')}</p>
      <p className="muted">{t('erase.kept')}</p>
      <ErrorMessage error={problem} />
      <div className="form-actions">
        <Button onClick={close} autoFocus>
          {t('erase.cancel')}
        </Button>
        <Button variant="danger" busy={busy} onClick={() => void erase()}>
          {busy ? t('erase.working') : t('erase.submit')}
        </Button>
      </div>
    </Dialog>
  );
}
