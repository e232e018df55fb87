// Changing a file's name, description and confidentiality (editors only); the bytes never change.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError, Attachment } from '../../../../db/api';
import { call } from '../../api/client';
import { TextAreaField, TextField } from '../../components/Field';
import { useToasts } from '../../state/toasts';
import { FormDialog } from '../cases/case/FormDialog';

export function AttachmentEditDialog({ attachment, onClose, onSaved }: { attachment: Attachment; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('attachments');
  const [fileName, setFileName] = useState(attachment.fileName);
  const [description, setDescription] = useState(attachment.description ?? '');
  const [confidential, setConfidential] = useState(attachment.confidential);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await call('attachments.update', { id: attachment.id, fileName, confidential, description: description.trim() === '' ? null : description });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    useToasts.getState().show(t('edit.saved'), 'success');
    onSaved();
    onClose();
  };

  return (
    <FormDialog open onOpenChange={(open) => !open && onClose()} title={t('edit.title')} onSubmit={(e) => void submit(e)} error={error} busy={busy}>
      <TextField label={t('edit.name')} value={fileName} onChange={(e) => setFileName(e.target.value)} required maxLength={255} />
      <TextAreaField label={t('edit.description')} value={description} onChange={(e) => setDescription(e.target.value)} maxLength={2000} rows={3} />
      <label className="field field-checkbox">
        <input type="checkbox" checked={confidential} onChange={(e) => setConfidential(e.target.checked)} />
        {t('edit.confidential')}
      </label>
    </FormDialog>
  );
}
