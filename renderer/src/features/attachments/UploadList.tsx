// The files being added: a progress bar and Cancel while each runs, then what became of it, in
// words (refused for its size, cancelled, or the backend's reason).
import { useTranslation } from 'react-i18next';

import { ATTACHMENT_MAX_BYTES } from '../../../../db/api';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatSize } from '../import/readFile';
import type { Upload } from './useUploads';

function Status({ upload }: { upload: Upload }) {
  const { t, i18n } = useTranslation('attachments');
  const { outcome } = upload;
  if (outcome === null) return <span className="muted">{t('upload.progress', { sent: formatSize(upload.sent, i18n.language), size: formatSize(upload.size, i18n.language) })}</span>;
  if (outcome.kind === 'done') return <span className="badge badge-success">{t('upload.done')}</span>;
  if (outcome.kind === 'cancelled') return <span className="badge">{t('upload.cancelled')}</span>;
  if (outcome.kind === 'refused') {
    return (
      <span className="error-banner" role="alert">
        {t(`upload.${outcome.refusal}`, { max: formatSize(ATTACHMENT_MAX_BYTES, i18n.language), size: formatSize(upload.size, i18n.language) })}
      </span>
    );
  }
  return <ErrorMessage error={outcome.error} />;
}

export function UploadList({ uploads, onCancel, onDismiss }: { uploads: Upload[]; onCancel: (key: number) => void; onDismiss: (key: number) => void }) {
  const { t } = useTranslation('attachments');
  const { t: tc } = useTranslation();
  if (uploads.length === 0) return null;
  return (
    <ul className="attachment-uploads" aria-label={t('upload.label')}>
      {uploads.map((u) => (
        <li key={u.key} className="attachment-upload">
          <strong className="attachment-name">{u.fileName}</strong>
          {u.outcome === null ? <progress max={Math.max(1, u.size)} value={u.sent} aria-label={t('upload.progressOf', { name: u.fileName })} /> : null}
          <Status upload={u} />
          {u.outcome === null ? (
            <Button size="small" onClick={() => onCancel(u.key)} aria-label={`${tc('actions.cancel')}: ${u.fileName}`}>
              {tc('actions.cancel')}
            </Button>
          ) : (
            <Button size="small" variant="ghost" onClick={() => onDismiss(u.key)} aria-label={`${tc('actions.close')}: ${u.fileName}`}>
              {tc('actions.close')}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
