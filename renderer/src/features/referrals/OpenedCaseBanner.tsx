// After an acceptance: the new case, one keystroke away. Focus moves here because the accepted row
// (where focus was) has just left the list of undecided referrals.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Button } from '../../components/Button';
import { useReferrals } from './referralsStore';

export function OpenedCaseBanner() {
  const { t } = useTranslation('referrals');
  const opened = useReferrals((s) => s.opened);
  const setOpened = useReferrals((s) => s.setOpened);
  const link = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    // After the dialog has handed focus back, or the focus would land on the vanished row.
    const timer = setTimeout(() => link.current?.focus(), 50);
    return () => clearTimeout(timer);
  }, [opened]);

  if (!opened) return null;
  return (
    <div className="card referrals-banner referrals-banner-success" role="status">
      <span>{t('openedBanner', { name: opened.personName })}</span>
      <Link ref={link} to={`/cases/${opened.caseId}`} className="btn btn-primary btn-small">
        {t('openNewCase')}
      </Link>
      <Button variant="ghost" size="small" onClick={() => setOpened(null)}>
        {t('dismiss')}
      </Button>
    </div>
  );
}
