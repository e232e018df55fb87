// New referral (/intake): the form a caseworker fills the day a referral arrives.
import { useTranslation } from 'react-i18next';

import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../state/session';
import { IntakeForm } from './IntakeForm';
import './intake.css';

export function IntakeScreen() {
  const { t } = useTranslation('intake');
  const canLog = useSession((s) => s.hasRole('caseworker', 'supervisor', 'administrator'));
  return (
    <>
      <PageHeader title={t('title')}>
        <p className="muted intake-lead">{t('lead')}</p>
      </PageHeader>
      {canLog ? <IntakeForm /> : <p className="muted">{t('staffCannotLog')}</p>}
    </>
  );
}
