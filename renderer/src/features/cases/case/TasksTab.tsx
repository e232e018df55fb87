// The Tasks tab: what is to be done on this case and by whom, hand-typed or made by the deadline
// rules; open tasks first by due date, then the done ones. Complete and reopen in one click.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Task } from '../../../../../db/api';
import { call } from '../../../api/client';
import { Button } from '../../../components/Button';
import { useErrorText } from '../../../components/ErrorMessage';
import { useVocabLabel } from '../../../i18n/vocab';
import { useToasts } from '../../../state/toasts';
import { useDateFormat } from '../../../shared/dates';
import { recordProps, useHighlightedRecord } from './highlight';
import { useCanEdit } from './permissions';
import { TaskDialog } from './TaskDialog';
import { useCall } from '../../../shared/useCall';
import { RecordSection } from './RecordSection';
import { AppealWindowsPanel } from './AppealWindowsPanel';

const order = (a: Task, b: Task) => Number(a.doneAt !== null) - Number(b.doneAt !== null) || a.dueOn.localeCompare(b.dueOn);

export function TasksTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation('case');
  const vocab = useVocabLabel();
  const dates = useDateFormat();
  const canEdit = useCanEdit();
  const toast = (text: string, tone: 'info' | 'success' | 'error') => useToasts.getState().show(text, tone);
  const errorText = useErrorText();
  const tasks = useCall('tasks.list', { caseId, includeDone: true, limit: 500 });
  const highlighted = useHighlightedRecord(tasks.value !== null);
  const [adding, setAdding] = useState(false);
  const today = new Date().toISOString().slice(0, 10);
  const list = [...(tasks.value?.rows ?? [])].sort(order);

  const toggle = async (task: Task) => {
    const r = task.doneAt ? await call('tasks.reopen', { id: task.id }) : await call('tasks.complete', { id: task.id });
    if (!r.ok) toast(errorText(r.error), 'error');
    void tasks.reload();
  };

  return (
    <RecordSection
      id="tasks"
      heading={t('tasks.heading')}
      addLabel={t('tasks.add')}
      canEdit={canEdit}
      onAdd={() => setAdding(true)}
      error={tasks.error}
      loading={tasks.value === null}
      emptyText={tasks.value?.rows.length === 0 ? t('tasks.none') : null}
    >
      <AppealWindowsPanel caseId={caseId} />
      <ul className="record-list">
        {list.map((task) => {
          const overdue = task.doneAt === null && task.dueOn < today;
          return (
            <li key={task.id} {...recordProps(task.id, highlighted, `card record-item${task.doneAt ? ' task-done' : ''}`)}>
              <div className="record-body">
                <p className="record-title">
                  <strong>{task.title}</strong> {overdue ? <span className="badge badge-danger">{t('tasks.overdue')}</span> : null}
                  {task.doneAt ? <span className="badge badge-success">{t('tasks.done')}</span> : null}
                </p>
                <p className="record-line muted">
                  {[
                    t('tasks.due', { date: dates.partial(task.dueOn) }),
                    task.assigneeName ? t('tasks.for', { name: task.assigneeName }) : null,
                    vocab('taskSource', task.source),
                    task.doneAt ? t('tasks.doneOn', { date: dates.day(task.doneAt) }) : null,
                  ]
                    .filter((p) => p !== null)
                    .join(' · ')}
                </p>
              </div>
              {canEdit ? (
                <span className="row-actions">
                  <Button size="small" onClick={() => void toggle(task)} aria-label={`${task.doneAt ? t('tasks.reopen') : t('tasks.complete')}: ${task.title}`}>
                    {task.doneAt ? t('tasks.reopen') : t('tasks.complete')}
                  </Button>
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {adding ? <TaskDialog caseId={caseId} onClose={() => setAdding(false)} onSaved={() => void tasks.reload()} /> : null}
    </RecordSection>
  );
}
