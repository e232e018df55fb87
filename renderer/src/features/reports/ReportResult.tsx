// The report as run: what it covers and when it was made (also the printed page's header), the
// exports, one section per country, then how each figure is defined (the PDF's last page). Shown from the store, so it stays while the app is open and unlocked.
import { useTranslation } from 'react-i18next';

import type { CountryReport, ReportOptions } from '../../../../db/api';
import { CountrySection } from './CountrySection';
import { ReportDefinitions } from './ReportDefinitions';
import { ExportActions } from './ExportActions';
import { useReportFormat } from './formatting';

export function ReportResult({ report, options }: { report: CountryReport; options: ReportOptions }) {
  const { t } = useTranslation('reports');
  const format = useReportFormat();
  return (
    <div className="report-result">
      <div className="report-summary">
        <div>
          <p className="report-print-title">{t('print.title')}</p>
          <p>{t('result.period', { period: format.period(report.period) })}</p>
          <p className="muted">{t('result.previous', { previous: format.period(report.previousPeriod) })}</p>
          <p className="muted" data-generated-at={report.generatedAt}>
            {t('result.generated', { when: format.instant(report.generatedAt) })}
          </p>
          {report.includeConfidentialNames ? <p className="report-confidential">{t('result.confidentialIncluded')}</p> : null}
        </div>
        <ExportActions options={options} />
      </div>
      {report.sections.length === 0 ? <p className="muted">{t('noCountries')}</p> : null}
      {report.sections.map((section) => (
        <CountrySection key={section.countryCode} section={section} report={report} />
      ))}
      <ReportDefinitions />
    </div>
  );
}
