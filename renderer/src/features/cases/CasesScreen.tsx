// Placeholder: replaced by the cases feature.
import { useTranslation } from 'react-i18next';

export function CasesScreen() {
  const { t } = useTranslation();
  return <p>{t('shell.comingSoon')}</p>;
}
