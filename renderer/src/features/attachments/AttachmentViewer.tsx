// The viewer dialog: opens the file for viewing (audited), reads it into memory and shows it with
// the PDF or image viewer; Export… from here goes through the same warning as from the list.
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError, Attachment } from '../../../../db/api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { readAttachment, type OpenedFile } from './attachmentTransfer';
import { ImageViewer } from './ImageViewer';

// PDF.js is large: it is loaded (from the app's own files) the first time a PDF is opened.
const PdfViewer = lazy(() => import('./PdfViewer').then((m) => ({ default: m.PdfViewer })));

export function AttachmentViewer({ attachment, onExport, onClose }: { attachment: Attachment; onExport: () => void; onClose: () => void }) {
  const { t } = useTranslation('attachments');
  const { t: tc } = useTranslation();
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    void readAttachment(attachment.id, 'view').then((r) => {
      if (!live) return;
      if (r.ok) setFile(r.file);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [attachment.id]);

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={attachment.fileName} wide>
      <ErrorMessage error={error} />
      {file === null && error === null ? <p className="muted">{t('viewer.loading')}</p> : null}
      {file && attachment.view === 'pdf' ? (
        <Suspense fallback={<p className="muted">{t('viewer.loading')}</p>}>
          <PdfViewer bytes={file.bytes} fileName={attachment.fileName} />
        </Suspense>
      ) : null}
      {file && attachment.view === 'image' ? <ImageViewer bytes={file.bytes} mediaType={file.mediaType} fileName={attachment.fileName} /> : null}
      <div className="form-actions">
        <Button onClick={onExport}>{t('export.action')}</Button>
        <Button variant="primary" onClick={onClose}>
          {tc('actions.close')}
        </Button>
      </div>
    </Dialog>
  );
}
