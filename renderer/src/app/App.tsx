// Top of the renderer: decides between first run, unlock and the app. When the vault locks,
// everything is replaced by the unlock screen and feature stores are cleared (session.onLock).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';

import { Toasts } from '../components/Toasts';
import { FirstRunScreen } from '../features/unlock/FirstRunScreen';
import { UnlockScreen } from '../features/unlock/UnlockScreen';
import { followBackendSession, useSession } from '../state/session';
import { router } from './routes';

export function App() {
  const { t } = useTranslation();
  const phase = useSession((s) => s.phase);
  const refresh = useSession((s) => s.refresh);

  useEffect(() => {
    void refresh();
    return followBackendSession();
  }, [refresh]);

  return (
    <>
      {phase === 'loading' ? <p className="center muted">{t('state.loading')}</p> : null}
      {phase === 'unreachable' ? (
        <p className="center error-banner" role="alert">
          {t('errors.INTERNAL')}
        </p>
      ) : null}
      {phase === 'no-vault' ? <FirstRunScreen /> : null}
      {phase === 'locked' ? <UnlockScreen /> : null}
      {phase === 'unlocked' ? <RouterProvider router={router} /> : null}
      <Toasts />
    </>
  );
}
