// Placeholder: replaced by the referrals feature.
import { useTranslation } from 'react-i18next';

export function ReferralsScreen() {
  const { t } = useTranslation();
  return <p>{t('shell.comingSoon')}</p>;
}
