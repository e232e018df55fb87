// What a form with a draft shows beside Cancel: when the draft was last saved and "Discard draft",
// and, in place of the form, the question Cancel asks when a draft is kept ("keep it or discard it").
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../components/Button';
import { localeFor } from '../../../shared/partial-date';
import type { DraftState } from './useDraft';

export function DraftStatus({ draft }: { draft: DraftState }) {
  const { t, i18n } = useTranslation();
  if (!draft.hasDraft) return null;
  const time = draft.savedAt ? new Intl.DateTimeFormat(localeFor(i18n.language), { hour: '2-digit', minute: '2-digit' }).format(new Date(draft.savedAt)) : null;
  return (
    <>
      <span className="muted draft-saved" aria-live="polite">
        {time ? t('draft.saved', { time }) : ''}
      </span>
      <Button variant="ghost" onClick={() => void draft.discard()}>
        {t('draft.discard')}
      </Button>
    </>
  );
}

export function KeepDraftQuestion({ onKeep, onDiscard, onBack }: { onKeep: () => void; onDiscard: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-labelledby="keep-draft-title" className="keep-draft">
      <p id="keep-draft-title" className="keep-draft-title">
        <strong>{t('draft.keepTitle')}</strong>
      </p>
      <p className="muted">{t('draft.keepDescription')}</p>
      <div className="form-actions">
        <Button onClick={onBack}>{t('draft.back')}</Button>
        <Button variant="danger" onClick={onDiscard}>
          {t('draft.discardAndClose')}
        </Button>
        <Button variant="primary" autoFocus onClick={onKeep}>
          {t('draft.keep')}
        </Button>
      </div>
    </div>
  );
}

export interface DraftCancel {
  /** True while the question is up (hide the form, keep it mounted). */
  asking: boolean;
  /** Cancel, Escape or a click outside: asks when a draft is kept, closes at once otherwise. */
  cancel: () => void;
  /** The question to show in place of the form, or null. */
  question: ReactNode;
}

/** Cancel for a dialog whose form may keep a draft: keep it, discard it, or go back to the form. */
export function useDraftCancel(draft: DraftState | undefined, close: () => void): DraftCancel {
  const [asking, setAsking] = useState(false);
  const cancel = () => {
    if (asking) setAsking(false);
    else if (draft?.hasDraft) setAsking(true);
    else close();
  };
  const question =
    asking && draft ? (
      <KeepDraftQuestion onBack={() => setAsking(false)} onKeep={() => void draft.flush().then(close)} onDiscard={() => void draft.discard().then(close)} />
    ) : null;
  return { asking, cancel, question };
}
