// The deadline list (tasks.deadlines) for my cases or, for supervisors and administrators, every
// case, as far ahead as the user chose (remembered in preferences). Cleared on lock: it names detainees.
import type { ApiError, DeadlineEntry, DeadlineHorizon } from '../../../../db/api';
import { call } from '../../api/client';
import { onLock } from '../../state/session';
import { createStore } from '../../state/store';

export type DeadlineScope = 'mine' | 'all';

const DEFAULT_HORIZON: DeadlineHorizon = '30';

interface DeadlinesState {
  scope: DeadlineScope;
  horizon: DeadlineHorizon;
  /** Whether the remembered horizon has been read this session. */
  horizonRead: boolean;
  entries: DeadlineEntry[];
  loaded: boolean;
  error: ApiError | null;
  setScope: (scope: DeadlineScope) => void;
  setHorizon: (horizon: DeadlineHorizon) => void;
  load: () => Promise<void>;
  reset: () => void;
}

let generation = 0;

const isHorizon = (value: unknown): value is DeadlineHorizon => value === '30' || value === '90' || value === 'all';

export const useDeadlines = createStore<DeadlinesState>((set, get) => ({
  scope: 'mine',
  horizon: DEFAULT_HORIZON,
  horizonRead: false,
  entries: [],
  loaded: false,
  error: null,
  setScope(scope) {
    set({ scope });
    void get().load();
  },
  setHorizon(horizon) {
    set({ horizon, horizonRead: true });
    void call('preferences.set', { key: 'deadlines.horizon', value: horizon });
    void get().load();
  },
  async load() {
    const mine = ++generation;
    if (!get().horizonRead) {
      const remembered = await call('preferences.get', { key: 'deadlines.horizon' });
      if (mine !== generation) return;
      set({ horizonRead: true, ...(remembered.ok && isHorizon(remembered.value.value) ? { horizon: remembered.value.value } : {}) });
    }
    const r = await call('tasks.deadlines', { scope: get().scope, horizon: get().horizon });
    if (mine !== generation) return;
    set(r.ok ? { entries: r.value, loaded: true, error: null } : { loaded: true, error: r.error });
  },
  reset() {
    generation++;
    set({ scope: 'mine', horizon: DEFAULT_HORIZON, horizonRead: false, entries: [], loaded: false, error: null });
  },
}));

onLock(() => useDeadlines.getState().reset());
