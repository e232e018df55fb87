// Preparing an advocacy document from the case (WGAD communication, follow-up letter to the
// government, urgent-appeal summary): what the case still lacks, the language and format, Export,
// then "Record as submitted", which starts the advocacy action the document begins.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DOCUMENT_FORMATS, DOCUMENT_LANGUAGES, type AdvocacyDocumentKind, type DocumentFormat, type DocumentLanguage } from '../../../../../db/api';
import { call } from '../../../api/client';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField } from '../../../components/Field';
import { downloadBase64 } from '../../../shared/download';
import { useCall } from '../../../shared/useCall';
import { useToasts } from '../../../state/toasts';
import type { ApiError } from '../../../../../db/api';

export function AdvocacyDocumentDialog({ caseId, kind, onClose, onRecorded }: { caseId: string; kind: AdvocacyDocumentKind; onClose: () => void; onRecorded: () => void }) {
  const { t, i18n } = useTranslation('case');
  const show = useToasts((s) => s.show);
  const checklist = useCall('documents.advocacyChecklist', { caseId, kind });
  const [language, setLanguage] = useState<DocumentLanguage>(i18n.language === 'ru' ? 'ru' : 'en');
  const [format, setFormat] = useState<DocumentFormat>('docx');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [exported, setExported] = useState(false);
  const missing = checklist.value?.missing ?? [];

  const exportDocument = async () => {
    setBusy(true);
    const r = await call('documents.advocacyPack', { caseId, kind, language, format });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    downloadBase64(r.value.fileName, r.value.data, r.value.mediaType);
    setExported(true);
  };
  const recordSubmission = async () => {
    setBusy(true);
    const r = await call('documents.recordSubmission', { caseId, kind, date: new Date().toISOString().slice(0, 10) });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    show(t('documents.recorded'), 'success');
    onRecorded();
    onClose();
  };

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t(`documents.kind.${kind}`)} wide>
      <section aria-labelledby="document-checklist">
        <h3 id="document-checklist">{t('documents.checklist')}</h3>
        {checklist.value === null ? null : missing.length === 0 ? (
          <p>{t('documents.complete')}</p>
        ) : (
          <>
            <p className="field-hint">{t('documents.checklistHint')}</p>
            <ul className="document-checklist">
              {missing.map((code) => (
                <li key={code}>{t(`documents.missing.${code}`)}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <div className="form-grid">
        <SelectField label={t('documents.language')} value={language} onChange={(e) => setLanguage(e.target.value as DocumentLanguage)} options={DOCUMENT_LANGUAGES.map((l) => ({ value: l, label: t(`documents.languages.${l}`) }))} />
        <SelectField label={t('documents.format')} value={format} onChange={(e) => setFormat(e.target.value as DocumentFormat)} options={DOCUMENT_FORMATS.map((f) => ({ value: f, label: t(`documents.formats.${f}`) }))} />
      </div>
      <ErrorMessage error={error ?? checklist.error} />
      <div className="form-actions">
        <Button onClick={onClose}>{t('documents.close')}</Button>
        <Button onClick={() => void recordSubmission()} disabled={!exported || busy}>
          {t('documents.record')}
        </Button>
        <Button variant="primary" busy={busy} onClick={() => void exportDocument()}>
          {t('documents.export')}
        </Button>
      </div>
    </Dialog>
  );
}
