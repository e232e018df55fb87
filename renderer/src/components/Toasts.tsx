// Where toasts appear: a polite live region so confirmations are announced without stealing focus.
// In the app they sit in a tray at the foot of the navigation column, laid out below the links, so
// they can never cover a control of the screen; at most a few, newest on top, each closable, each
// going by itself. Before unlock (no navigation) they sit in a corner of a nearly empty screen.
import { useTranslation } from 'react-i18next';

import { useToasts } from '../state/toasts';

export function Toasts({ placement }: { placement: 'tray' | 'corner' }) {
  const { t } = useTranslation();
  const toasts = useToasts((s) => s.toasts);
  const dismiss = useToasts((s) => s.dismiss);
  return (
    <div className={`toasts toasts-${placement}`} role="status" aria-live="polite" data-testid="toasts">
      {[...toasts].reverse().map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.tone}`}>
          <span className="toast-text">{toast.text}</span>
          <button type="button" className="toast-close" onClick={() => dismiss(toast.id)} aria-label={t('actions.close')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
