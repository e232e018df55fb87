// Shown when the shell gave up restarting the backend (it stopped too often in a short time):
// nothing can be read or saved any more, and the way out is to start Habeas again.
import { useTranslation } from 'react-i18next';

import { GateFrame } from './GateFrame';

export function BackendStoppedScreen() {
  const { t } = useTranslation('unlock');
  return (
    <GateFrame>
      <div className="error-banner" role="alert">
        <h1>{t('stopped.title')}</h1>
        <p>{t('stopped.body')}</p>
      </div>
    </GateFrame>
  );
}
