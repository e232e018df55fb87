// "Print / export case dossier": the language of the PDF (the interface's by default) and, for
// roles that may, whether to include confidential fields and contacts; the backend makes the PDF
// and audits the choice, the window saves it. Staff get the dossier without either.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { DOCUMENT_LANGUAGES, type ApiError, type CaseDetail, type DocumentLanguage } from '../../../../../db/api';
import { call } from '../../../api/client';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { CheckboxField, SelectField } from '../../../components/Field';
import { downloadBase64 } from '../../../shared/download';
import { useToasts } from '../../../state/toasts';
import { useCanEdit } from './permissions';

const initialLanguage = (ui: string): DocumentLanguage => (DOCUMENT_LANGUAGES.find((l) => ui.startsWith(l)) ?? 'en');

export function DossierDialog({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const { t, i18n } = useTranslation('case');
  const { t: tc } = useTranslation();
  // Staff read cases but may see neither contacts nor confidential fields: no choice to offer them.
  const mayInclude = useCanEdit();
  const [language, setLanguage] = useState<DocumentLanguage>(() => initialLanguage(i18n.language));
  const [confidentialFields, setConfidentialFields] = useState(false);
  const [contacts, setContacts] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await call('documents.dossier', { caseId: detail.id, language, include: mayInclude ? { confidentialFields, contacts } : {} });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    downloadBase64(r.value.fileName, r.value.data, r.value.mediaType);
    useToasts.getState().show(t('dossier.saved', { count: r.value.pages }), 'success');
    onClose();
  };

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t('dossier.title')} description={t('dossier.description')}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
        <SelectField
          label={t('dossier.language')}
          value={language}
          autoFocus
          onChange={(e) => setLanguage(e.target.value as DocumentLanguage)}
          options={DOCUMENT_LANGUAGES.map((l) => ({ value: l, label: tc(`language.${l}`) }))}
        />
        {mayInclude ? (
          <fieldset className="plain-fieldset">
            <legend>{t('dossier.include')}</legend>
            <CheckboxField label={t('dossier.confidentialFields')} hint={t('dossier.confidentialFieldsHint')} checked={confidentialFields} onChange={(e) => setConfidentialFields(e.target.checked)} />
            <CheckboxField label={t('dossier.contacts')} hint={t('dossier.contactsHint')} checked={contacts} onChange={(e) => setContacts(e.target.checked)} />
            <p className="field-hint">{t('dossier.audited')}</p>
          </fieldset>
        ) : (
          <p className="field-hint">{t('dossier.staffNote')}</p>
        )}
        {busy ? (
          <p role="status" className="field-hint">
            {t('dossier.making')}
          </p>
        ) : null}
        <ErrorMessage error={error} />
        <div className="form-actions">
          <Button onClick={onClose}>{tc('actions.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy}>
            {t('dossier.export')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
