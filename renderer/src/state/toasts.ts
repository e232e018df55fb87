// Short confirmations and errors, read out by screen readers; a few at a time, each going by itself.
import { onLock } from './session';
import { createStore } from './store';

export interface Toast {
  id: number;
  tone: 'info' | 'success' | 'error';
  text: string;
}

interface ToastState {
  toasts: Toast[];
  show: (text: string, tone?: Toast['tone']) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** The most shown at once: an older one gives way to a new one rather than the stack growing. */
export const MAX_TOASTS = 3;

export const useToasts = createStore<ToastState>((set, get) => ({
  toasts: [],
  show(text, tone = 'info') {
    const id = nextId++;
    set({ toasts: [...get().toasts, { id, tone, text }].slice(-MAX_TOASTS) });
    setTimeout(() => get().dismiss(id), tone === 'error' ? 8000 : 4000);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));

// A toast may name a detainee or a task: it must not outlive the session onto the unlock screen.
onLock(() => useToasts.setState({ toasts: [] }));
