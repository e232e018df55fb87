// Choosing files to add: a picker for several at once (dropping files on the panel does the same),
// with the choices that apply to the files added next: confidential (on unless unticked) and a
// description. Files over the limit are refused here, before any byte is read or sent.
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ATTACHMENT_MAX_BYTES } from '../../../../db/api';
import { formatSize } from '../import/readFile';
import type { UploadChoices } from './attachmentTransfer';

export function AddFiles({ onFiles }: { onFiles: (files: File[], choices: UploadChoices) => void }) {
  const { t, i18n } = useTranslation('attachments');
  const inputId = useId();
  const [confidential, setConfidential] = useState(true);
  const [description, setDescription] = useState('');

  const chosen = (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    // Cleared, so choosing the same file again after a cancel still fires a change.
    e.target.value = '';
    if (files.length > 0) onFiles(files, { confidential, description });
  };

  return (
    <div className="attachment-add">
      <div className="attachment-picker">
        <input id={inputId} type="file" multiple className="attachment-file-input" onChange={chosen} aria-describedby={`${inputId}-hint`} />
        <label htmlFor={inputId} className="btn btn-primary btn-small attachment-file-button">
          {t('add.choose')}
        </label>
        <span id={`${inputId}-hint`} className="muted">
          {t('add.hint', { max: formatSize(ATTACHMENT_MAX_BYTES, i18n.language) })}
        </span>
      </div>
      <div className="attachment-add-choices">
        <label className="inline-label">
          <input type="checkbox" checked={confidential} onChange={(e) => setConfidential(e.target.checked)} />
          {t('add.confidential')}
        </label>
        <label className="inline-label attachment-description">
          {t('add.description')}
          <input className="input compact" value={description} maxLength={2000} onChange={(e) => setDescription(e.target.value)} />
        </label>
      </div>
      <p className="field-hint">{t('add.confidentialHint')}</p>
    </div>
  );
}
