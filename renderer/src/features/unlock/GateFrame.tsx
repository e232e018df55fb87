// The frame of the screens shown before the app opens (first run, unlock): the app's name, the
// language switch and one centred panel. Nothing from inside the vault is ever shown here.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { LanguageSelect } from '../../components/LanguageSelect';

import './unlock.css';

export function GateFrame({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="gate">
      <header className="gate-top no-print">
        <span className="brand">{t('appName')}</span>
        <LanguageSelect className="gate-language" />
      </header>
      <main className={`gate-panel${wide ? ' gate-panel-wide' : ''}`}>{children}</main>
    </div>
  );
}
