// One country's part of the report: every figure group as a table (with a chart where bars say
// more), the records left out (no date known apart from a date too coarse for the period), and
// the people detained at the period's end.
import { useTranslation } from 'react-i18next';

import { LEFT_OUT_REASONS, type CountryReport, type CountryReportSection, type ReportGroup, type ReportGroupName } from '../../../../db/api';
import { useCountryName } from '../../shared/referenceData';
import { DetainedPeople } from './DetainedPeople';
import { FigureChart } from './FigureChart';
import { FigureTable } from './FigureTable';

/** Groups whose parts compare better as bars than as numbers. */
const CHARTED: ReadonlySet<ReportGroupName> = new Set([
  'referrals_by_channel',
  'referrals_by_profession',
  'detained_by_type',
  'releases_by_reason',
  'advocacy_by_type',
]);
/** Groups too long to sit beside another. */
const WIDE: ReadonlySet<ReportGroupName> = new Set(['detained_by_facility', 'charges']);

interface GroupBlockProps {
  group: ReportGroup;
  periods: Pick<CountryReport, 'period' | 'previousPeriod'>;
  /** Keeps ids unique when every country is shown. */
  idPrefix: string;
}

function GroupBlock({ group, periods, idPrefix }: GroupBlockProps) {
  const { t } = useTranslation('reports');
  const title = t(`group.${group.group}`);
  const headingId = `${idPrefix}-${group.group}`;
  const charted = CHARTED.has(group.group);
  const classes = ['report-group', charted ? 'report-group-charted' : '', WIDE.has(group.group) ? 'report-group-wide' : ''];
  return (
    <section className={classes.filter(Boolean).join(' ')} aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <div className="report-group-body">
        <div>
          <FigureTable group={group} title={title} periods={periods} />
          {LEFT_OUT_REASONS.map((reason) => {
            const current = group.leftOut.current[reason];
            const previous = group.leftOut.previous[reason];
            if (current === 0 && previous === 0) return null;
            return (
              <p key={reason} className="report-left-out" data-left-out={reason} data-current={current} data-previous={previous}>
                {t(`leftOut.${reason}`, { current, previous })}
              </p>
            );
          })}
        </div>
        {charted ? <FigureChart group={group} title={title} idPrefix={idPrefix} /> : null}
      </div>
    </section>
  );
}

export function CountrySection({ section, report }: { section: CountryReportSection; report: CountryReport }) {
  const { t } = useTranslation('reports');
  const countryName = useCountryName();
  const name = countryName(section.countryCode);
  const headingId = `report-country-${section.countryCode}`;
  return (
    <section className="report-country" aria-labelledby={headingId} data-section={section.countryCode}>
      <h2 id={headingId}>{name === section.countryCode ? section.countryName : name}</h2>
      {section.groups.length === 0 ? <p className="muted">{t('noData')}</p> : null}
      <div className="report-groups">
        {section.groups.map((group) => (
          <GroupBlock key={group.group} group={group} periods={report} idPrefix={`report-${section.countryCode}`} />
        ))}
      </div>
      <DetainedPeople section={section} day={report.period.to} />
    </section>
  );
}
