// Placeholder: replaced by the unlock feature.
import { useTranslation } from 'react-i18next';

export function FirstRunScreen() {
  const { t } = useTranslation();
  return <p>{t('shell.comingSoon')}</p>;
}
