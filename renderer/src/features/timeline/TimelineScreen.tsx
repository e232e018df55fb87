// Placeholder: replaced by the timeline feature.
import { useTranslation } from 'react-i18next';

export function TimelineScreen() {
  const { t } = useTranslation();
  return <p>{t('shell.comingSoon')}</p>;
}
