// On the case's Tasks tab: the case's appeal windows, a missed one in red and in words with a way to
// dismiss it with a reason, and the reminders already dismissed (who, when, why).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { DeadlineEntry } from '../../../../../db/api';
import { Button } from '../../../components/Button';
import { DismissWindowDialog } from '../../deadlines/DismissWindowDialog';
import { useDateFormat } from '../../../shared/dates';
import { usePersonName } from '../../../shared/personName';
import { useCall } from '../../../shared/useCall';
import { useToasts } from '../../../state/toasts';
import { useCanEdit } from './permissions';
import '../../deadlines/deadlines.css';

export function AppealWindowsPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation('deadlines');
  const dates = useDateFormat();
  const canEdit = useCanEdit();
  const personName = usePersonName();
  const deadlines = useCall('tasks.deadlines', { scope: 'mine', caseId, horizon: 'all' });
  const dismissals = useCall('deadlines.dismissals', { caseId });
  const [dismissing, setDismissing] = useState<DeadlineEntry | null>(null);
  const windows = (deadlines.value ?? []).filter((d) => d.facts.kind === 'appeal_window');
  const dismissed = dismissals.value ?? [];
  if (windows.length === 0 && dismissed.length === 0) return null;

  return (
    <section className="card appeal-windows" aria-labelledby="appeal-windows-heading">
      <h3 id="appeal-windows-heading" className="record-title">
        {t('caseWindows.heading')}
      </h3>
      <ul className="record-list">
        {windows.map((entry) => {
          if (entry.facts.kind !== 'appeal_window') return null;
          const what = t(`window.${entry.facts.level}`, { date: dates.partial(entry.facts.decidedOn) });
          return (
            <li key={entry.recordId} className={`record-item${entry.facts.missed ? ' appeal-window-missed' : ''}`}>
              <div className="record-body">
                <p className="record-title">
                  {entry.facts.missed ? <span className="badge badge-danger">{t('kind.appeal_window_missed')}</span> : null} {what}
                </p>
                <p className={`record-line${entry.facts.missed ? ' deadlines-missed' : ' muted'}`}>
                  {entry.facts.missed ? t('caseWindows.closedOn', { date: dates.partial(entry.due) }) : t('caseWindows.closesOn', { date: dates.partial(entry.due) })}
                </p>
              </div>
              {canEdit && entry.facts.missed ? (
                <span className="row-actions">
                  <Button size="small" onClick={() => setDismissing(entry)}>
                    {t('dismiss.action')}
                  </Button>
                </span>
              ) : null}
            </li>
          );
        })}
        {dismissed.map((d) => (
          <li key={d.id} className="record-item">
            <div className="record-body">
              <p className="record-title">{t('caseWindows.dismissed', { name: d.dismissedByName ?? '—', date: dates.day(d.dismissedAt) })}</p>
              <p className="record-line">{d.reason}</p>
            </div>
          </li>
        ))}
      </ul>
      <DismissWindowDialog
        entry={dismissing}
        personName={dismissing ? personName(dismissing) : null}
        onClose={() => setDismissing(null)}
        onDismissed={() => {
          setDismissing(null);
          useToasts.getState().show(t('dismiss.done'), 'success');
          void deadlines.reload();
          void dismissals.reload();
        }}
      />
    </section>
  );
}
