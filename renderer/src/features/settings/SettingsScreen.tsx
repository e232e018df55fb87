// Placeholder: replaced by the settings feature.
import { useTranslation } from 'react-i18next';

export function SettingsScreen() {
  const { t } = useTranslation();
  return <p>{t('shell.comingSoon')}</p>;
}
