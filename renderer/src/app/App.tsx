// Top of the renderer: decides between first run, unlock and the app. When the vault locks,
// everything is replaced by the unlock screen and feature stores are cleared (session.onLock).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';

import { Toasts } from '../components/Toasts';
import { EraseKeysDialog } from '../features/unlock/EraseKeysDialog';
import { BackendStoppedScreen } from '../features/unlock/BackendStoppedScreen';
import { FirstRunScreen } from '../features/unlock/FirstRunScreen';
import { useRecoveryKeyStep } from '../features/unlock/recoveryKeyStep';
import { UnlockScreen } from '../features/unlock/UnlockScreen';
import { followBackendSession, useSession } from '../state/session';
import { router } from './routes';

export function App() {
  const { t } = useTranslation();
  const phase = useSession((s) => s.phase);
  const refresh = useSession((s) => s.refresh);
  // Creating the vault unlocks it at once: the first-run screen stays up until its recovery key is stored.
  const showingRecoveryKey = useRecoveryKeyStep((s) => s.showing);

  // The menu's "Erase this laptop's keys…" asks here, whether the vault is locked or not.
  const [eraseAsked, setEraseAsked] = useState(false);

  useEffect(() => {
    void refresh();
    return followBackendSession();
  }, [refresh]);

  useEffect(() => window.habeas.on('erase.requested', () => setEraseAsked(true)), []);

  return (
    <>
      {phase === 'loading' ? <p className="center muted">{t('state.loading')}</p> : null}
      {phase === 'unreachable' ? (
        <p className="center error-banner" role="alert">
          {t('errors.INTERNAL')}
        </p>
      ) : null}
      {phase === 'stopped' ? <BackendStoppedScreen /> : null}
      {phase === 'no-vault' || showingRecoveryKey ? <FirstRunScreen /> : null}
      {phase === 'locked' && !showingRecoveryKey ? <UnlockScreen /> : null}
      {phase === 'unlocked' && !showingRecoveryKey ? <RouterProvider router={router} /> : null}
      {phase === 'locked' || phase === 'unlocked' ? <EraseKeysDialog open={eraseAsked} onClose={() => setEraseAsked(false)} /> : null}
      {phase === 'unlocked' && !showingRecoveryKey ? null : <Toasts placement="corner" />}
    </>
  );
}
