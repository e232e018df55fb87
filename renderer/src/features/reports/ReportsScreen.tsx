// Per-country summary report (/reports; staff, supervisors and administrators): choose countries
// and a period, read the figures beside the previous period, export them as CSV or PDF.
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../state/session';
import { ReportForm } from './ReportForm';
import { ReportResult } from './ReportResult';
import { useReports } from './reportsStore';
import './reports.css';

function Report() {
  const { t } = useTranslation('reports');
  const report = useReports((s) => s.report);
  const shown = useReports((s) => s.shown);
  const error = useReports((s) => s.error);
  const running = useReports((s) => s.running);
  return (
    <>
      <ReportForm />
      <ErrorMessage error={error} />
      <p className="visually-hidden" aria-live="polite">
        {running ? t('form.running') : report ? t('result.ready') : ''}
      </p>
      {report && shown ? <ReportResult report={report} options={shown} /> : null}
    </>
  );
}

export function ReportsScreen() {
  const { t } = useTranslation('reports');
  const allowed = useSession((s) => s.hasRole('staff', 'supervisor', 'administrator'));
  return (
    <>
      <PageHeader title={t('title')}>
        <p className="muted no-print">{t('lead')}</p>
      </PageHeader>
      {allowed ? <Report /> : <p>{t('notAllowed')}</p>}
    </>
  );
}
