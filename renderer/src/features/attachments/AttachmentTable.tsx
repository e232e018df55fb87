// The files of a case (or of one record): name and description, what it belongs to, size, SHA-256
// (short, the whole on hover and to copy), who added it and when, and whether it is confidential;
// then View for what the app shows from memory, Export… for all, Edit and Delete for editors.
import { useTranslation } from 'react-i18next';

import type { Attachment } from '../../../../db/api';
import { Button } from '../../components/Button';
import { Table, type Column } from '../../components/Table';
import { useDateFormat } from '../../shared/dates';
import { useToasts } from '../../state/toasts';
import { formatSize } from '../import/readFile';
import { shortHash } from './attachmentBytes';

export type AttachmentAction = 'view' | 'export' | 'edit' | 'delete';

interface AttachmentTableProps {
  attachments: Attachment[];
  canEdit: boolean;
  /** What each file belongs to, in words. */
  belongsLabel: (a: Attachment) => string;
  onAction: (action: AttachmentAction, attachment: Attachment) => void;
}

function HashCell({ sha256, fileName }: { sha256: string; fileName: string }) {
  const { t } = useTranslation('attachments');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(sha256);
      useToasts.getState().show(t('hash.copied'), 'success');
    } catch {
      useToasts.getState().show(t('hash.notCopied'), 'error');
    }
  };
  return (
    <span className="attachment-hash">
      <code title={sha256} aria-label={t('hash.full', { hash: sha256 })}>
        {shortHash(sha256)}…
      </code>
      <Button size="small" variant="ghost" onClick={() => void copy()} aria-label={t('hash.copyOf', { name: fileName })}>
        {t('hash.copy')}
      </Button>
    </span>
  );
}

export function AttachmentTable({ attachments, canEdit, belongsLabel, onAction }: AttachmentTableProps) {
  const { t, i18n } = useTranslation('attachments');
  const { t: tc } = useTranslation();
  const dates = useDateFormat();
  const columns: Column<Attachment>[] = [
    {
      key: 'name',
      header: t('column.name'),
      cell: (a) => (
        <>
          <strong className="attachment-name">{a.fileName}</strong> {a.confidential ? <span className="badge badge-warning">{t('confidential')}</span> : null}{' '}
          {a.nameWithheld ? <span className="badge">{t('nameWithheld')}</span> : null}
          {a.description ? <p className="record-line muted pre-wrap">{a.description}</p> : null}
        </>
      ),
    },
    { key: 'belongs', header: t('column.belongs'), cell: (a) => belongsLabel(a) },
    { key: 'size', header: t('column.size'), align: 'end', cell: (a) => formatSize(a.size, i18n.language) },
    { key: 'hash', header: t('column.hash'), cell: (a) => <HashCell sha256={a.sha256} fileName={a.fileName} /> },
    { key: 'added', header: t('column.added'), cell: (a) => (a.addedByName ? t('addedBy', { name: a.addedByName, date: dates.day(a.addedAt) }) : dates.day(a.addedAt)) },
    {
      key: 'actions',
      header: <span className="visually-hidden">{t('column.actions')}</span>,
      cell: (a) => (
        <span className="row-actions">
          {a.view ? (
            <Button size="small" onClick={() => onAction('view', a)} aria-label={`${t('view')}: ${a.fileName}`}>
              {t('view')}
            </Button>
          ) : null}
          <Button size="small" variant="ghost" onClick={() => onAction('export', a)} aria-label={`${t('export.action')}: ${a.fileName}`}>
            {t('export.action')}
          </Button>
          {canEdit ? (
            <>
              <Button size="small" variant="ghost" onClick={() => onAction('edit', a)} aria-label={`${tc('actions.edit')}: ${a.fileName}`}>
                {tc('actions.edit')}
              </Button>
              <Button size="small" variant="ghost" onClick={() => onAction('delete', a)} aria-label={`${tc('actions.delete')}: ${a.fileName}`}>
                {tc('actions.delete')}
              </Button>
            </>
          ) : null}
        </span>
      ),
    },
  ];
  return <Table columns={columns} rows={attachments} rowKey={(a) => a.id} caption={t('caption')} empty={t('none')} />;
}
