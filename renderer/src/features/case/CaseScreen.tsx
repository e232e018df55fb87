// Placeholder: replaced by the case feature.
import { useTranslation } from 'react-i18next';

export function CaseScreen() {
  const { t } = useTranslation();
  return <p>{t('shell.comingSoon')}</p>;
}
