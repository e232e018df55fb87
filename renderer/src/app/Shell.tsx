// The frame of the unlocked app: navigation, who is signed in, language switch and lock.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';

import type { MethodName } from '../../../db/api';
import { Button } from '../components/Button';
import { LanguageSelect } from '../components/LanguageSelect';
import { SearchTrigger } from '../features/search/SearchTrigger';
import { Toasts } from '../components/Toasts';
import { useSession } from '../state/session';
import { roleMayCall } from '../shared/access';

/** A link with `method` shows only to roles the contract lets call that method: the screen's main call. */
const NAV: readonly { to: string; key: string; method?: MethodName }[] = [
  { to: '/overview', key: 'nav.overview' },
  { to: '/cases', key: 'nav.cases' },
  { to: '/intake', key: 'nav.intake', method: 'referrals.create' },
  { to: '/referrals', key: 'nav.referrals' },
  { to: '/deadlines', key: 'nav.deadlines' },
  { to: '/reports', key: 'nav.reports', method: 'reports.country' },
  { to: '/review', key: 'nav.review' },
  { to: '/import', key: 'import:nav', method: 'imports.inspect' },
  { to: '/audit', key: 'nav.audit', method: 'audit.list' },
  { to: '/settings', key: 'nav.settings' },
];

export function Shell() {
  const { t } = useTranslation();
  const { t: tv } = useTranslation('vocab');
  const user = useSession((s) => s.user);
  const lock = useSession((s) => s.lock);

  useEffect(() => {
    // Ctrl+L / Cmd+L locks from anywhere in the window (the shell also catches it in Electron);
    // by physical key too, so it works with a Cyrillic layout.
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && (e.key.toLowerCase() === 'l' || e.code === 'KeyL')) {
        e.preventDefault();
        void lock();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lock]);

  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        {t('actions.open')}: {t('nav.label')}
      </a>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <div className="brand">{t('appName')}</div>
        <ul>
          {NAV.filter((item) => item.method === undefined || roleMayCall(user?.role, item.method)).map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}>
                {t(item.key)}
              </NavLink>
            </li>
          ))}
        </ul>
        {/* Below the links, in the navigation's own column: a toast never covers the screen's controls. */}
        <Toasts placement="tray" />
      </nav>
      <div className="shell-main">
        <header className="topbar">
          <span className="muted">{user ? t('shell.signedInAs', { name: user.displayName, role: tv(`role.${user.role}`) }) : null}</span>
          <div className="topbar-actions">
            <SearchTrigger />
            <LanguageSelect />
            <Button onClick={() => void lock()} title={t('shell.lockHint')}>
              {t('shell.lock')}
            </Button>
          </div>
        </header>
        <main id="main" className="content" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
