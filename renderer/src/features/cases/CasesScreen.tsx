// The case list at /cases: every case the NGO holds, filtered, searched and sorted, opened with
// Enter or a click. Rows come from cases.list a page at a time as the list scrolls.
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { useShallow } from '../../state/store';
import { CaseFilterBar } from './CaseFilterBar';
import { CaseGrid } from './CaseGrid';
import { EmptyVaultGuide } from './EmptyVaultGuide';
import { useCall } from '../../shared/useCall';
import { SavedFilters } from './SavedFilters';
import { listQuery, useCaseFilters } from './caseFilters';
import { useCasePages } from './useCasePages';
import './cases.css';

export function CasesScreen() {
  const { t, i18n } = useTranslation('cases');
  const query = useCaseFilters(
    useShallow((s) =>
      listQuery({
        countryCode: s.countryCode,
        status: s.status,
        detentionStatus: s.detentionStatus,
        profession: s.profession,
        caseworkerId: s.caseworkerId,
        search: s.search,
        sort: s.sort,
        direction: s.direction,
      }),
    ),
  );
  const pages = useCasePages(query);
  // Nothing matched: ask, without any filter, whether there is any case at all.
  const anyCase = useCall('cases.list', pages.total === 0 ? { limit: 1 } : null);
  const vaultEmpty = pages.total === 0 && anyCase.value?.total === 0;
  const count = pages.total === null ? t('count.loading') : t('count.total', { count: pages.total, formatted: pages.total.toLocaleString(i18n.language) });

  return (
    <div className="cases-screen">
      <PageHeader title={t('title')}>
        <p className="muted case-count" role="status" aria-live="polite">
          {count}
        </p>
      </PageHeader>
      {vaultEmpty ? (
        <EmptyVaultGuide />
      ) : (
        <>
          <CaseFilterBar />
          <SavedFilters />
          <ErrorMessage error={pages.error} />
          {/* A new query is a new list: the grid starts afresh at its top. */}
          <CaseGrid key={JSON.stringify(query)} pages={pages} />
          <p className="muted case-keys">{t('keys')}</p>
        </>
      )}
    </div>
  );
}
