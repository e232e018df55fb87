// The entries, oldest first, under a heading per year; each opens the record it came from in the
// case file. Undated entries (an arrest on an unknown day) come last under their own heading.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { TimelineEntry } from '../../../../db/api';
import { recordAddress } from '../../shared/caseTabs';
import { useDateFormat, yearOf } from '../../shared/dates';
import { familyOf } from '../../shared/timelineKinds';
import { useEntryText } from '../../shared/timelineText';

function groupByYear(entries: TimelineEntry[]): Array<{ year: string | null; entries: TimelineEntry[] }> {
  const groups: Array<{ year: string | null; entries: TimelineEntry[] }> = [];
  for (const entry of entries) {
    const year = entry.date === null ? null : yearOf(entry.date);
    const last = groups[groups.length - 1];
    if (last && last.year === year) last.entries.push(entry);
    else groups.push({ year, entries: [entry] });
  }
  return groups;
}

export function TimelineList({ caseId, entries }: { caseId: string; entries: TimelineEntry[] }) {
  const { t } = useTranslation('timeline');
  const dates = useDateFormat();
  const text = useEntryText();
  return (
    <div className="timeline">
      {groupByYear(entries).map((group) => (
        <section key={group.year ?? 'undated'} className="timeline-year" aria-labelledby={`year-${group.year ?? 'undated'}`}>
          <h2 id={`year-${group.year ?? 'undated'}`}>{group.year ?? t('undated')}</h2>
          <ol className="timeline-entries">
            {group.entries.map((entry) => {
              const { heading, detail } = text(entry);
              return (
                <li key={`${entry.kind}:${entry.recordId}:${entry.date ?? ''}`} className={`timeline-entry kind-${familyOf(entry.kind)}`}>
                  <span className="timeline-date">{dates.partial(entry.date)}</span>
                  <span className={`badge timeline-kind kind-${familyOf(entry.kind)}`}>{t(`kind.${entry.kind}`)}</span>
                  <div className="timeline-text">
                    <Link to={recordAddress(caseId, entry.recordTable, entry.recordId)} className="timeline-link">
                      {heading}
                    </Link>
                    {entry.confidential ? <span className="badge badge-warning">{t('confidential')}</span> : null}
                    {detail ? <p className="timeline-detail">{detail}</p> : null}
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
