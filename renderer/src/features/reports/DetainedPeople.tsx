// The people detained at the end of the period, as the backend lists them: names A to Z, then the
// confidential ones as numbered placeholders unless the report was asked to name them.
import { useTranslation } from 'react-i18next';

import type { CountryReportSection } from '../../../../db/api';
import { useReportFormat } from './formatting';

const CONFIDENTIAL = /^Confidential \((\d+)\)$/;

export function DetainedPeople({ section, day }: { section: CountryReportSection; day: string }) {
  const { t } = useTranslation('reports');
  const format = useReportFormat();
  const headingId = `report-people-${section.countryCode}`;
  const named = (name: string): string => {
    const placeholder = CONFIDENTIAL.exec(name);
    return placeholder ? t('people.confidential', { n: placeholder[1] }) : name;
  };
  return (
    <section className="report-people-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('people.title', { day: format.day(day), count: section.people.length })}</h3>
      {section.people.length === 0 ? (
        <p className="muted">{t('people.none')}</p>
      ) : (
        <ul className="report-people">
          {/* Two people may share a name: the position keeps React's keys apart. */}
          {section.people.map((name, i) => (
            <li key={`${i}:${name}`}>{named(name)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
