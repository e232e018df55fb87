// How each figure is defined, in words: the same definitions as db/features/reports/report.ts's header. On
// screen after the figures; in print it starts a page of its own, so the PDF ends with it.
import { useTranslation } from 'react-i18next';

/** The definitions in reading order; each is a key of the reports catalogue's "definitions". */
const TERMS = ['dates', 'leftOut', 'observations', 'detained', 'arrests', 'releases', 'referrals', 'sentences', 'charges', 'advocacy', 'wgad', 'overdue', 'people'] as const;

export function ReportDefinitions() {
  const { t } = useTranslation('reports');
  return (
    <section className="report-definitions" aria-labelledby="report-definitions-heading">
      <h2 id="report-definitions-heading">{t('definitions.title')}</h2>
      <dl>
        {TERMS.map((term) => (
          <div key={term} data-definition={term}>
            <dt>{t(`definitions.${term}.term`)}</dt>
            <dd>{t(`definitions.${term}.text`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
