// Export asks first: it writes an unencrypted copy wherever the user saves it, outside the vault's
// protection. Removing metadata (EXIF, document author) is on unless unticked; the export is audited.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError, Attachment } from '../../../../db/api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { downloadParts } from '../../shared/download';
import { useToasts } from '../../state/toasts';
import { readAttachment } from './attachmentTransfer';

export function ExportDialog({ attachment, onClose }: { attachment: Attachment; onClose: () => void }) {
  const { t } = useTranslation('attachments');
  const { t: tc } = useTranslation();
  const [strip, setStrip] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const exportFile = async () => {
    setBusy(true);
    const r = await readAttachment(attachment.id, 'export', strip);
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    downloadParts(r.file.fileName, [r.file.bytes], r.file.mediaType || 'application/octet-stream');
    useToasts.getState().show(r.file.stripped ? t('export.doneStripped') : t('export.done'), 'success');
    onClose();
  };

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t('export.title', { name: attachment.fileName })} description={t('export.warning')}>
      {attachment.confidential ? <p className="warning-text">{t('export.confidential')}</p> : null}
      <label className="inline-label">
        <input type="checkbox" checked={strip} onChange={(e) => setStrip(e.target.checked)} />
        {t('export.strip')}
      </label>
      <p className="field-hint">{t('export.stripHint')}</p>
      <ErrorMessage error={error} />
      <div className="form-actions">
        <Button onClick={onClose} autoFocus>
          {tc('actions.cancel')}
        </Button>
        <Button variant="primary" busy={busy} onClick={() => void exportFile()}>
          {t('export.confirm')}
        </Button>
      </div>
    </Dialog>
  );
}
