// Audit log (/audit, supervisors and administrators): the chain's verification first, the check of
// the database and attached files on demand, then the entries, filtered and paged. Nothing here is
// kept after the screen closes.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AuditVerification } from '../../../../db/api';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../state/session';
import { useCall } from '../../shared/useCall';
import { AuditFilters } from './AuditFilters';
import { NO_FILTERS, toListInput, type AuditFilterValues } from './auditFilters';
import { AuditTable } from './AuditTable';
import { ChainStatus } from './ChainStatus';
import { FileCheck } from './FileCheck';
import { Reanchor } from './Reanchor';
import './audit.css';

const PAGE = 100;

/** A signed log with problems can be anchored again; an unsigned one has no head to write. */
function canReanchor(v: AuditVerification): boolean {
  return !v.ok && (v.anchor !== null || v.problems.some((p) => p.code === 'anchor_missing' || p.code === 'anchor_invalid'));
}

function AuditLog() {
  const { t } = useTranslation('audit');
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const verification = useCall('audit.verify', {});
  const isAdministrator = useSession((s) => s.hasRole('administrator'));
  const page = useCall('audit.list', toListInput(filters, PAGE, offset));
  const total = page.value?.total ?? 0;

  return (
    <>
      <ErrorMessage error={verification.error} />
      <ChainStatus verification={verification.value} />
      {isAdministrator && verification.value && canReanchor(verification.value) ? <Reanchor onDone={() => void verification.reload()} /> : null}
      <FileCheck />
      <AuditFilters
        onApply={(next) => {
          setFilters(next);
          setOffset(0);
        }}
      />
      <ErrorMessage error={page.error} />
      <p className="muted" aria-live="polite">
        {total === 0 ? t('count.none') : t('count.range', { from: offset + 1, to: Math.min(offset + PAGE, total), total })}
      </p>
      {page.value ? <AuditTable entries={page.value.rows} /> : <p className="muted">{t('loading')}</p>}
      {total > PAGE ? (
        <div className="audit-paging">
          <Button size="small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {t('paging.previous')}
          </Button>
          <Button size="small" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
            {t('paging.next')}
          </Button>
        </div>
      ) : null}
    </>
  );
}

export function AuditScreen() {
  const { t } = useTranslation('audit');
  const allowed = useSession((s) => s.hasRole('supervisor', 'administrator'));
  return (
    <>
      <PageHeader title={t('title')}>
        <p className="muted">{t('lead')}</p>
      </PageHeader>
      {allowed ? <AuditLog /> : <p>{t('notAllowed')}</p>}
    </>
  );
}
