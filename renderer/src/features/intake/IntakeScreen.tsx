// Placeholder: replaced by the intake feature.
import { useTranslation } from 'react-i18next';

export function IntakeScreen() {
  const { t } = useTranslation();
  return <p>{t('shell.comingSoon')}</p>;
}
