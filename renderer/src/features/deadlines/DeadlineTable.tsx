// One group of deadlines: when each is due (and how far off), what kind it is, whose case it
// belongs to (a link to the case) and, for tasks typed by hand, the task and a way to close it.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { DeadlineEntry } from '../../../../db/api';
import { Button } from '../../components/Button';
import { Table, type Column } from '../../components/Table';
import { showPartialDate } from '../../../../shared/partial-date';
import { usePersonName } from '../../shared/personName';
import { CaseReference } from '../../shared/CaseReference';

interface DeadlineTableProps {
  entries: DeadlineEntry[];
  caption: string;
  empty: string;
  canComplete: boolean;
  busyTaskId: string | null;
  onComplete: (entry: DeadlineEntry) => void;
  /** Offered on missed appeal windows to those who may dismiss them. */
  onDismiss?: ((entry: DeadlineEntry) => void) | undefined;
}

/** A missed appeal window: shown in red and said in words, never by colour alone. */
export const isMissedWindow = (e: DeadlineEntry): boolean => e.facts.kind === 'appeal_window' && e.facts.missed;

function entryKey(e: DeadlineEntry): string {
  return `${e.kind}:${e.recordId}:${e.due}`;
}

export function DeadlineTable({ entries, caption, empty, canComplete, busyTaskId, onComplete, onDismiss }: DeadlineTableProps) {
  const { t, i18n } = useTranslation('deadlines');
  const personName = usePersonName();

  const relative = (days: number) => {
    if (days === 0) return t('today');
    return days < 0 ? t('daysOverdue', { count: -days }) : t('daysLeft', { count: days });
  };

  const columns: Column<DeadlineEntry>[] = [
    {
      key: 'due',
      header: t('col.due'),
      cell: (e) => (
        <span className="deadlines-due">
          <span>{showPartialDate(e.due, i18n.language, 'short')}</span>
          <span className={e.daysLeft < 0 ? 'deadlines-late' : 'muted'}>{relative(e.daysLeft)}</span>
        </span>
      ),
    },
    {
      key: 'kind',
      header: t('col.kind'),
      cell: (e) =>
        isMissedWindow(e) ? (
          <span className="badge deadlines-kind deadlines-kind-missed">{t('kind.appeal_window_missed')}</span>
        ) : (
          <span className={`badge deadlines-kind deadlines-kind-${e.kind}`}>{t(`kind.${e.kind}`)}</span>
        ),
    },
    {
      key: 'case',
      header: t('col.case'),
      cell: (e) =>
        e.caseId ? (
          <>
            <Link to={`/cases/${e.caseId}`}>{personName(e) ?? t('openCase')}</Link> <CaseReference reference={e.caseReference} className="muted" />
          </>
        ) : (
          <span className="muted">{t('noCase')}</span>
        ),
    },
    {
      key: 'task',
      header: t('col.task'),
      cell: (e) => {
        if (e.facts.kind === 'task') return e.facts.title;
        if (e.facts.kind !== 'appeal_window') return null;
        const decided = showPartialDate(e.facts.decidedOn, i18n.language, 'short');
        const what = t(`window.${e.facts.level}`, { date: decided });
        return e.facts.missed ? <span className="deadlines-missed">{t('window.missed', { what })}</span> : what;
      },
    },
    {
      key: 'actions',
      header: <span className="visually-hidden">{t('col.actions')}</span>,
      align: 'end',
      cell: (e) => {
        if (canComplete && e.facts.kind === 'task' && e.taskId) {
          return (
            <Button size="small" busy={busyTaskId === e.taskId} onClick={() => onComplete(e)} aria-label={t('completeFor', { title: e.facts.title })}>
              {t('complete')}
            </Button>
          );
        }
        if (onDismiss && isMissedWindow(e)) {
          return (
            <Button size="small" onClick={() => onDismiss(e)} aria-label={t('dismiss.for', { name: personName(e) ?? t('openCase') })}>
              {t('dismiss.action')}
            </Button>
          );
        }
        return null;
      },
    },
  ];

  return (
    <div className="deadlines-table">
      <Table columns={columns} rows={entries} rowKey={entryKey} caption={caption} empty={empty} rowClassName={(e) => (isMissedWindow(e) ? 'deadlines-row-missed' : undefined)} />
    </div>
  );
}
