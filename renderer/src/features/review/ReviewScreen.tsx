// Review (/review): for supervisors, the queue of cases waiting for review and the organisation's
// deadlines by caseworker; for everyone with cases, the changes a supervisor asked for on theirs.
import { useTranslation } from 'react-i18next';

import { PageHeader } from '../../components/PageHeader';
import { Tabs } from '../../components/Tabs';
import { useSession } from '../../state/session';
import { DeadlinesByCaseworker } from './DeadlinesByCaseworker';
import { RequestedChangesBanner } from './RequestedChangesBanner';
import { ReviewQueue } from './ReviewQueue';
import './review.css';

export function ReviewScreen() {
  const { t } = useTranslation('review');
  const oversees = useSession((s) => s.hasRole('supervisor', 'administrator'));
  return (
    <>
      <PageHeader title={t('title')}>
        <p className="muted">{oversees ? t('lead') : t('leadCaseworker')}</p>
      </PageHeader>
      <RequestedChangesBanner showEmpty={!oversees} />
      {oversees ? (
        <Tabs
          label={t('tabs.label')}
          items={[
            { value: 'queue', label: t('tabs.queue'), content: <ReviewQueue /> },
            { value: 'deadlines', label: t('tabs.deadlines'), content: <DeadlinesByCaseworker /> },
          ]}
        />
      ) : null}
    </>
  );
}
