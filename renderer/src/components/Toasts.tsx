// Where toasts appear: a polite live region so confirmations are announced without stealing focus.
import { useTranslation } from 'react-i18next';

import { useToasts } from '../state/toasts';

export function Toasts() {
  const { t } = useTranslation();
  const toasts = useToasts((s) => s.toasts);
  const dismiss = useToasts((s) => s.dismiss);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.tone}`}>
          <span>{toast.text}</span>
          <button type="button" className="toast-close" onClick={() => dismiss(toast.id)} aria-label={t('actions.close')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
