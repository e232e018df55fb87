// Placeholder: replaced by the deadlines feature.
import { useTranslation } from 'react-i18next';

export function DeadlinesScreen() {
  const { t } = useTranslation();
  return <p>{t('shell.comingSoon')}</p>;
}
