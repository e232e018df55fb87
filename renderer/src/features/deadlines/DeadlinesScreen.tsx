// Deadlines (/deadlines): what is overdue and what is coming up on my cases (or everyone's, for
// supervisors), each linked to its case; hand-typed tasks can be closed from here.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { DeadlineEntry } from '../../../../db/api';
import { call } from '../../api/client';
import { ErrorMessage, useErrorText } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { RequestedChangesBanner } from '../review/RequestedChangesBanner';
import { useSession } from '../../state/session';
import { useShallow } from '../../state/store';
import { useToasts } from '../../state/toasts';
import { DeadlineTable } from './DeadlineTable';
import { useDeadlines } from './deadlinesStore';
import { groupDeadlines } from './groupDeadlines';
import { ScopeSwitch } from './ScopeSwitch';
import { DismissWindowDialog } from './DismissWindowDialog';
import { HorizonSwitch } from './HorizonSwitch';
import { usePersonName } from '../../shared/personName';
import './deadlines.css';

export function DeadlinesScreen() {
  const { t } = useTranslation('deadlines');
  const errorText = useErrorText();
  const showToast = (text: string, tone: 'success' | 'error') => useToasts.getState().show(text, tone);
  const canSeeAll = useSession((s) => s.hasRole('supervisor', 'administrator'));
  const canComplete = useSession((s) => s.hasRole('caseworker', 'supervisor', 'administrator'));
  const { entries, loaded, error, load, horizon } = useDeadlines(
    useShallow((s) => ({ entries: s.entries, loaded: s.loaded, error: s.error, load: s.load, horizon: s.horizon })),
  );
  const [busyTaskId, setBusyTaskId] = useState<string | null>(null);
  const [dismissing, setDismissing] = useState<DeadlineEntry | null>(null);
  const personName = usePersonName();

  useEffect(() => {
    void load();
  }, [load]);

  const complete = async (entry: DeadlineEntry) => {
    if (!entry.taskId) return;
    setBusyTaskId(entry.taskId);
    const r = await call('tasks.complete', { id: entry.taskId });
    setBusyTaskId(null);
    if (r.ok) showToast(t('completed', { title: r.value.title }), 'success');
    else showToast(errorText(r.error), 'error');
    await load();
  };

  const groups = groupDeadlines(entries);
  const table = (list: DeadlineEntry[], caption: string, empty: string) => (
    <DeadlineTable
      entries={list}
      caption={caption}
      empty={empty}
      canComplete={canComplete}
      busyTaskId={busyTaskId}
      onComplete={(e) => void complete(e)}
      onDismiss={canComplete ? setDismissing : undefined}
    />
  );

  return (
    <>
      <PageHeader
        title={t('title')}
        actions={
          <div className="deadlines-controls">
            <HorizonSwitch />
            {canSeeAll ? <ScopeSwitch /> : null}
          </div>
        }
      >
        <p className="muted deadlines-lead">{t('lead')}</p>
      </PageHeader>
      {/* Supervisors' requests for changes stay here until the caseworker answers them. */}
      <RequestedChangesBanner />
      <ErrorMessage error={error} />
      {!loaded ? (
        <p className="muted">{t('loading')}</p>
      ) : (
        <>
          <section aria-labelledby="deadlines-overdue">
            <h2 id="deadlines-overdue" className="deadlines-heading deadlines-heading-late">
              {t('overdue')} <span className="badge badge-danger">{groups.overdue.length}</span>
            </h2>
            {table(groups.overdue, t('overdue'), t('noneOverdue'))}
          </section>
          <section aria-labelledby="deadlines-upcoming">
            <h2 id="deadlines-upcoming" className="deadlines-heading">
              {t('upcoming')} <span className="badge">{groups.upcoming.length}</span>
            </h2>
            {table(groups.upcoming, t('upcoming'), t(`noneUpcoming_${horizon}`))}
          </section>
          {groups.later.length > 0 ? (
            <details className="deadlines-later">
              <summary className="deadlines-heading">
                {t('later')} <span className="badge">{groups.later.length}</span>
              </summary>
              {table(groups.later, t('later'), '')}
            </details>
          ) : null}
        </>
      )}
      <DismissWindowDialog
        entry={dismissing}
        personName={dismissing ? personName(dismissing) : null}
        onClose={() => setDismissing(null)}
        onDismissed={() => {
          setDismissing(null);
          showToast(t('dismiss.done'), 'success');
          void load();
        }}
      />
    </>
  );
}
