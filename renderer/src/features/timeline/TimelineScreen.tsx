// A case's timeline at /cases/:caseId/timeline: everything on the case in one chronological list,
// with dates as precise as they are known, narrowed by kind, and printable for a review or a file.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import type { TimelineKind } from '../../../../db/api';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { useCall } from '../../shared/useCall';
import { KindFilter } from './KindFilter';
import { KINDS } from '../../shared/timelineKinds';
import { TimelineList } from './TimelineList';
import './timeline.css';
import { useShownName } from '../../shared/personName';

export function TimelineScreen() {
  const { t } = useTranslation('timeline');
  const { t: tc } = useTranslation();
  const { caseId = '' } = useParams();
  const detail = useCall('cases.get', caseId ? { id: caseId } : null);
  const timeline = useCall('timeline.forCase', caseId ? { caseId } : null);
  const [hidden, setHidden] = useState<Set<TimelineKind>>(new Set());
  const entries = useMemo(() => timeline.value ?? [], [timeline.value]);
  const present = useMemo(() => KINDS.filter((kind) => entries.some((e) => e.kind === kind)), [entries]);
  const shown = entries.filter((e) => !hidden.has(e.kind));
  const shownName = useShownName();
  const name = detail.value ? shownName(detail.value.person) : '';

  return (
    <div className="timeline-screen">
      <PageHeader
        title={name ? t('title', { name }) : t('titleShort')}
        actions={
          <>
            <Link className="btn no-print" to={`/cases/${caseId}`}>
              {t('backToCase')}
            </Link>
            <Button className="no-print" onClick={() => window.print()}>
              {tc('actions.print')}
            </Button>
          </>
        }
      >
        <p className="muted timeline-count" role="status">
          {timeline.value ? t('count', { count: shown.length, total: entries.length }) : tc('state.loading')}
        </p>
      </PageHeader>
      <ErrorMessage error={timeline.error ?? detail.error} />
      {present.length > 0 ? <KindFilter kinds={present} hidden={hidden} onChange={setHidden} /> : null}
      {timeline.value && shown.length === 0 ? <p className="muted">{entries.length === 0 ? t('empty') : t('allHidden')}</p> : null}
      <TimelineList caseId={caseId} entries={shown} />
    </div>
  );
}
