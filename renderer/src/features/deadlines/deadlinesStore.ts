// The deadline list (tasks.deadlines) for my cases or, for supervisors and administrators, every
// case. Cleared on lock: it names detainees.
import type { ApiError, DeadlineEntry } from '../../../../db/api';
import { call } from '../../api/client';
import { onLock } from '../../state/session';
import { createStore } from '../../state/store';

export type DeadlineScope = 'mine' | 'all';

interface DeadlinesState {
  scope: DeadlineScope;
  entries: DeadlineEntry[];
  loaded: boolean;
  error: ApiError | null;
  setScope: (scope: DeadlineScope) => void;
  load: () => Promise<void>;
  reset: () => void;
}

let generation = 0;

export const useDeadlines = createStore<DeadlinesState>((set, get) => ({
  scope: 'mine',
  entries: [],
  loaded: false,
  error: null,
  setScope(scope) {
    set({ scope });
    void get().load();
  },
  async load() {
    const mine = ++generation;
    const r = await call('tasks.deadlines', { scope: get().scope });
    if (mine !== generation) return;
    set(r.ok ? { entries: r.value, loaded: true, error: null } : { loaded: true, error: r.error });
  },
  reset() {
    generation++;
    set({ scope: 'mine', entries: [], loaded: false, error: null });
  },
}));

onLock(() => useDeadlines.getState().reset());
