// The case's timeline for review: every entry, with those added or changed since the last review
// carrying a badge and an accent border; the badge's words are what a screen reader announces.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ReviewedTimelineEntry } from '../../../../db/api';
import { recordAddress } from '../../shared/caseTabs';
import { useDateFormat } from '../../shared/dates';
import { familyOf } from '../../shared/timelineKinds';
import { useEntryText } from '../../shared/timelineText';
import '../timeline/timeline.css';

export function ReviewTimeline({ caseId, entries }: { caseId: string; entries: ReviewedTimelineEntry[] }) {
  const { t } = useTranslation('review');
  const { t: tt } = useTranslation('timeline');
  const dates = useDateFormat();
  const text = useEntryText();
  const [onlyChanged, setOnlyChanged] = useState(false);
  const shown = onlyChanged ? entries.filter((e) => e.changedSinceReview) : entries;

  return (
    <>
      <label className="review-only-changed">
        <input type="checkbox" checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} /> {t('case.onlyChanged')}
      </label>
      {shown.length === 0 ? <p className="muted">{t('case.noEntries')}</p> : null}
      <ol className="timeline-entries review-timeline">
        {shown.map((entry) => {
          const { heading, detail } = text(entry);
          const family = familyOf(entry.kind);
          return (
            <li
              key={`${entry.kind}:${entry.recordId}:${entry.date ?? ''}`}
              className={`timeline-entry kind-${family}${entry.changedSinceReview ? ' review-changed' : ''}`}
            >
              <span className="timeline-date">{dates.partial(entry.date)}</span>
              <span className={`badge timeline-kind kind-${family}`}>{tt(`kind.${entry.kind}`)}</span>
              <div className="timeline-text">
                {entry.changedSinceReview ? <span className="badge review-changed-badge">{t('case.changedBadge')}</span> : null}
                <Link to={recordAddress(caseId, entry.recordTable, entry.recordId)} className="timeline-link">
                  {heading}
                </Link>
                {entry.confidential ? <span className="badge badge-warning">{tt('confidential')}</span> : null}
                {detail ? <p className="timeline-detail">{detail}</p> : null}
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
