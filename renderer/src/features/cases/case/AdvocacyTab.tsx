// The Advocacy tab: letters, statements, meetings, petitions; a WGAD petition shows each step and
// the deadlines Habeas works out from them (reply due, source comments due, follow-up due).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ADVOCACY_DOCUMENT_KINDS, type AdvocacyAction, type AdvocacyDocumentKind } from '../../../../../db/api';
import { call } from '../../../api/client';
import { Button } from '../../../components/Button';
import { useVocabLabel } from '../../../i18n/vocab';
import { FilesButton } from '../../attachments/FilesButton';
import { AdvocacyDialog } from './AdvocacyDialog';
import { AdvocacyDocumentDialog } from './AdvocacyDocumentDialog';
import { ConfirmDelete } from './ConfirmDelete';
import { useDateFormat } from '../../../shared/dates';
import { recordProps, useHighlightedRecord } from './highlight';
import { useCanEdit } from './permissions';
import { useCall } from '../../../shared/useCall';
import { WgadDeadlines } from './WgadFieldset';
import { RecordSection } from './RecordSection';

function WgadSteps({ action }: { action: AdvocacyAction }) {
  const { t } = useTranslation('case');
  const vocab = useVocabLabel();
  const dates = useDateFormat();
  const w = action.wgad;
  if (!w) return null;
  const steps = (['submittedOn', 'transmittedOn', 'replyReceivedOn', 'sourceCommentsSentOn', 'opinionAdoptedOn'] as const).filter((k) => w[k]);
  return (
    <div className="wgad-summary">
      {steps.length > 0 ? (
        <p className="record-line">{steps.map((k) => `${t(`wgad.${k}`)}: ${dates.partial(w[k])}`).join(' · ')}</p>
      ) : null}
      <p className="record-line">
        {t('wgad.outcome')}: {vocab('wgadOutcome', w.outcome)}
        {w.opinionNumber ? ` · ${w.opinionNumber}` : ''}
        {w.session ? ` · ${t('wgad.session')}: ${w.session}` : ''}
        {w.categories.length > 0 ? ` · ${t('wgad.categoriesShort', { list: w.categories.join(', ') })}` : ''}
      </p>
      <WgadDeadlines petition={w} />
    </div>
  );
}

export function AdvocacyTab({ caseId, onChanged }: { caseId: string; onChanged: () => void }) {
  const { t } = useTranslation('case');
  const { t: tc } = useTranslation();
  const vocab = useVocabLabel();
  const dates = useDateFormat();
  const canEdit = useCanEdit();
  const actions = useCall('advocacy.list', { caseId });
  const highlighted = useHighlightedRecord(actions.value !== null);
  const [editing, setEditing] = useState<AdvocacyAction | 'new' | null>(null);
  const [deleting, setDeleting] = useState<AdvocacyAction | null>(null);
  const [preparing, setPreparing] = useState<AdvocacyDocumentKind | null>(null);
  const saved = () => {
    void actions.reload();
    onChanged();
  };
  const list = [...(actions.value ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  const labelOf = (a: AdvocacyAction) => `${vocab('advocacyType', a.type)}, ${dates.partial(a.date)}`;

  return (
    <RecordSection
      id="advocacy"
      heading={t('advocacy.heading')}
      addLabel={t('advocacy.add')}
      canEdit={canEdit}
      onAdd={() => setEditing('new')}
      error={actions.error}
      loading={actions.value === null}
      emptyText={actions.value?.length === 0 ? t('advocacy.none') : null}
    >
      {canEdit ? (
        <div className="advocacy-documents" role="group" aria-label={t('documents.prepare')}>
          {ADVOCACY_DOCUMENT_KINDS.map((kind) => (
            <Button key={kind} size="small" onClick={() => setPreparing(kind)}>
              {t(`documents.kind.${kind}`)}
            </Button>
          ))}
        </div>
      ) : null}
      <ul className="record-list">
        {list.map((a) => (
          <li key={a.id} {...recordProps(a.id, highlighted, 'card record-item')}>
            <div className="record-body">
              <p className="record-title">
                <span className="record-date">{dates.partial(a.date)}</span> <strong>{vocab('advocacyType', a.type)}</strong>{' '}
                <span className="badge">{vocab('advocacyStatus', a.status)}</span>{' '}
                {a.public ? <span className="badge">{t('advocacy.isPublic')}</span> : <span className="badge badge-warning">{t('confidential')}</span>}
              </p>
              {a.target ? <p className="record-line">{t('advocacy.targetIs', { target: a.target })}</p> : null}
              {a.response ? <p className="record-line muted pre-wrap">{a.response}</p> : null}
              {a.outcome ? <p className="record-line muted pre-wrap">{a.outcome}</p> : null}
              {a.followUpDue ? <p className="record-line">{t('advocacy.followUpOn', { date: dates.partial(a.followUpDue) })}</p> : null}
              <WgadSteps action={a} />
              <FilesButton record={{ kind: 'advocacy', id: a.id, label: labelOf(a) }} />
            </div>
            {canEdit ? (
              <span className="row-actions">
                <Button size="small" variant="ghost" onClick={() => setEditing(a)} aria-label={`${tc('actions.edit')}: ${labelOf(a)}`}>
                  {tc('actions.edit')}
                </Button>
                <Button size="small" variant="ghost" onClick={() => setDeleting(a)} aria-label={`${tc('actions.delete')}: ${labelOf(a)}`}>
                  {tc('actions.delete')}
                </Button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {editing !== null ? <AdvocacyDialog caseId={caseId} action={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={saved} /> : null}
      {preparing !== null ? <AdvocacyDocumentDialog caseId={caseId} kind={preparing} onClose={() => setPreparing(null)} onRecorded={saved} /> : null}
      {deleting ? <ConfirmDelete what={labelOf(deleting)} onConfirm={() => call('advocacy.delete', { id: deleting.id })} onDeleted={saved} onClose={() => setDeleting(null)} /> : null}
    </RecordSection>
  );
}
