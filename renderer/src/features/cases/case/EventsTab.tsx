// The Notes & events tab: notes, visits, transfers, health reports and the rest, newest first, each
// with its date as precisely as it is known.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CaseEvent } from '../../../../../db/api';
import { call } from '../../../api/client';
import { Button } from '../../../components/Button';
import { useVocabLabel } from '../../../i18n/vocab';
import { FilesButton } from '../../attachments/FilesButton';
import { CaseEventDialog } from './CaseEventDialog';
import { ConfirmDelete } from './ConfirmDelete';
import { useDateFormat } from '../../../shared/dates';
import { recordProps, useHighlightedRecord } from './highlight';
import { useCanEdit } from './permissions';
import { useCall } from '../../../shared/useCall';
import { RecordSection } from './RecordSection';

export function EventsTab({ caseId, onChanged }: { caseId: string; onChanged: () => void }) {
  const { t } = useTranslation('case');
  const { t: tc } = useTranslation();
  const vocab = useVocabLabel();
  const dates = useDateFormat();
  const canEdit = useCanEdit();
  const events = useCall('caseEvents.list', { caseId });
  const highlighted = useHighlightedRecord(events.value !== null);
  const [editing, setEditing] = useState<CaseEvent | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CaseEvent | null>(null);
  const saved = () => {
    void events.reload();
    onChanged();
  };
  // Partial dates compare as strings with the coarser first ('2021' < '2021-03'); newest first here.
  const list = [...(events.value ?? [])].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));

  return (
    <RecordSection
      id="events"
      heading={t('events.heading')}
      addLabel={t('events.add')}
      canEdit={canEdit}
      onAdd={() => setEditing('new')}
      error={events.error}
      loading={events.value === null}
      emptyText={events.value?.length === 0 ? t('events.none') : null}
    >
      <ul className="record-list">
        {list.map((e) => (
          <li key={e.id} {...recordProps(e.id, highlighted, 'card record-item')}>
            <div className="record-body">
              <p className="record-title">
                <span className="record-date">{dates.partial(e.date)}</span> <span className="badge">{vocab('caseEventKind', e.kind)}</span>{' '}
                <strong>{e.redacted ? t('events.redacted') : e.title}</strong>{' '}
                {e.confidential ? <span className="badge badge-warning">{t('confidential')}</span> : null}
              </p>
              {e.body ? <p className="record-line pre-wrap">{e.body}</p> : null}
              {e.authorName ? <p className="record-line muted">{t('events.by', { name: e.authorName })}</p> : null}
              {e.redacted ? null : <FilesButton record={{ kind: 'note', id: e.id, label: e.title }} />}
            </div>
            {canEdit && !e.redacted ? (
              <span className="row-actions">
                <Button size="small" variant="ghost" onClick={() => setEditing(e)} aria-label={`${tc('actions.edit')}: ${e.title}`}>
                  {tc('actions.edit')}
                </Button>
                <Button size="small" variant="ghost" onClick={() => setDeleting(e)} aria-label={`${tc('actions.delete')}: ${e.title}`}>
                  {tc('actions.delete')}
                </Button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {editing !== null ? <CaseEventDialog caseId={caseId} event={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={saved} /> : null}
      {deleting ? <ConfirmDelete what={deleting.title} onConfirm={() => call('caseEvents.delete', { id: deleting.id })} onDeleted={saved} onClose={() => setDeleting(null)} /> : null}
    </RecordSection>
  );
}
