// Administrators only: the templates of the advocacy documents. Each can be opened, edited and
// saved (as a plain file in the vault's templates folder) or reset to the shipped default; the
// placeholders a template may use are listed beside the editor.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError, DocumentTemplate, DocumentTemplateInfo } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { TextAreaField } from '../../components/Field';
import { useCall } from '../../shared/useCall';
import { useToasts } from '../../state/toasts';
import { SettingsProblem } from './SettingsProblem';

export function DocumentTemplatesSection() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation('case');
  const list = useCall('templates.list', {});
  const [open, setOpen] = useState<DocumentTemplate | null>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const nameOf = (tpl: DocumentTemplateInfo) => `${tc(`documents.name.${tpl.kind}`)} (${tc(`documents.languages.${tpl.language}`)})`;

  const openTemplate = async (tpl: DocumentTemplateInfo) => {
    setProblem(null);
    const r = await call('templates.get', { kind: tpl.kind, language: tpl.language });
    if (!r.ok) return setProblem(r.error);
    setOpen(r.value);
    setText(r.value.text);
  };
  const finish = (r: Awaited<ReturnType<typeof call<'templates.save'>>>, message: string) => {
    setBusy(false);
    if (!r.ok) return setProblem(r.error);
    setProblem(null);
    useToasts.getState().show(message);
    setOpen(null);
    void list.reload();
  };
  const save = async () => {
    if (!open) return;
    setBusy(true);
    finish(await call('templates.save', { kind: open.kind, language: open.language, text }), t('templates.saved'));
  };
  const reset = async () => {
    if (!open) return;
    setBusy(true);
    finish(await call('templates.reset', { kind: open.kind, language: open.language }), t('templates.resetDone'));
  };

  return (
    <section className="form-section settings-section" aria-labelledby="settings-templates">
      <h2 id="settings-templates">{t('templates.title')}</h2>
      <p className="muted">{t('templates.intro')}</p>
      <SettingsProblem error={problem ?? list.error} />
      <ul className="record-list">
        {(list.value ?? []).map((tpl) => (
          <li key={`${tpl.kind}.${tpl.language}`} className="record-item">
            <span>
              {nameOf(tpl)} <span className="badge">{tpl.overridden ? t('templates.edited') : t('templates.default')}</span>
            </span>
            <Button size="small" variant="ghost" onClick={() => void openTemplate(tpl)} aria-label={`${t('templates.open')}: ${nameOf(tpl)}`}>
              {t('templates.open')}
            </Button>
          </li>
        ))}
      </ul>
      {open ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <TextAreaField label={nameOf(open)} rows={18} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
          <details>
            <summary>{t('templates.placeholders')}</summary>
            <ul className="template-placeholders">
              {open.placeholders.map((p) => (
                <li key={p}>
                  <code>{`{{${p}}}`}</code>
                </li>
              ))}
            </ul>
          </details>
          <div className="form-actions">
            <Button onClick={() => setOpen(null)}>{t('templates.close')}</Button>
            <Button onClick={() => void reset()} disabled={busy}>
              {t('templates.reset')}
            </Button>
            <Button type="submit" variant="primary" busy={busy}>
              {t('templates.save')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
