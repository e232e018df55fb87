// Screens promised by the navigation that a later version brings (reports, review).
import { useTranslation } from 'react-i18next';

import { PageHeader } from '../components/PageHeader';

export function ComingSoon({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(titleKey)} />
      <p className="muted">{t('shell.comingSoon')}</p>
    </>
  );
}
