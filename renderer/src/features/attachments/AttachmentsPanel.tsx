// The files of a case, or of one record on it: the list, and for editors a drop zone and picker
// that add several files at once to that case or record. Opening, exporting, editing and deleting
// start here.
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { Attachment } from '../../../../db/api';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ConfirmDelete } from '../cases/case/ConfirmDelete';
import { AddFiles } from './AddFiles';
import { AttachmentEditDialog } from './AttachmentEditDialog';
import { AttachmentTable, type AttachmentAction } from './AttachmentTable';
import { AttachmentViewer } from './AttachmentViewer';
import { belongsTo, useCaseAttachments, type AttachmentRecord } from './CaseAttachments';
import { ExportDialog } from './ExportDialog';
import { useCanEditAttachments } from './permissions';
import { UploadList } from './UploadList';
import { useUploads } from './useUploads';
import './attachments.css';

export function AttachmentsPanel({ record }: { record: AttachmentRecord | null }) {
  const { t } = useTranslation('attachments');
  const { t: tc } = useTranslation();
  const files = useCaseAttachments();
  const canEdit = useCanEditAttachments();
  const [open, setOpen] = useState<{ action: AttachmentAction; attachment: Attachment } | null>(null);
  const [dragging, setDragging] = useState(false);
  const reload = () => void files?.reload();
  const uploads = useUploads(reload);

  if (!files) return null;
  const list = (files.list ?? []).filter((a) => belongsTo(a, record));
  const target = { caseId: files.caseId, subjectKind: record?.kind ?? 'case', subjectId: record?.id ?? null } as const;
  const belongsLabel = (a: Attachment) => (record !== null ? record.label : t(`subject.${a.subjectKind}`));

  const onDragOver = (e: DragEvent) => {
    if (!canEdit || !e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (e: DragEvent) => {
    setDragging(false);
    if (!canEdit) return;
    e.preventDefault();
    const dropped = Array.from(e.dataTransfer.files);
    // Dropped files take the panel's defaults: confidential, no description.
    if (dropped.length > 0) uploads.start(dropped, target, { confidential: true, description: '' });
  };

  return (
    <div
      className={`attachments-panel${dragging ? ' attachments-dragging' : ''}`}
      data-testid="attachments-panel"
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      {canEdit ? (
        <>
          <AddFiles onFiles={(chosen, choices) => uploads.start(chosen, target, choices)} />
          <p className="attachment-drop-hint muted" aria-hidden="true">
            {t('add.drop')}
          </p>
        </>
      ) : null}
      <UploadList uploads={uploads.uploads} onCancel={uploads.cancel} onDismiss={uploads.dismiss} />
      <ErrorMessage error={files.error} />
      {files.list === null && !files.error ? <p className="muted">{tc('state.loading')}</p> : null}
      {files.list !== null ? <AttachmentTable attachments={list} canEdit={canEdit} belongsLabel={belongsLabel} onAction={(action, attachment) => setOpen({ action, attachment })} /> : null}

      {open?.action === 'view' ? <AttachmentViewer attachment={open.attachment} onExport={() => setOpen({ action: 'export', attachment: open.attachment })} onClose={() => setOpen(null)} /> : null}
      {open?.action === 'export' ? <ExportDialog attachment={open.attachment} onClose={() => setOpen(null)} /> : null}
      {open?.action === 'edit' ? <AttachmentEditDialog attachment={open.attachment} onClose={() => setOpen(null)} onSaved={reload} /> : null}
      {open?.action === 'delete' ? (
        <ConfirmDelete what={open.attachment.fileName} onConfirm={() => call('attachments.delete', { id: open.attachment.id })} onDeleted={reload} onClose={() => setOpen(null)} />
      ) : null}
    </div>
  );
}
