// The global search's state: whether the palette is open, what was typed, the hits of the latest
// query and which one the arrow keys point at. A response to an older query is ignored; locking
// closes the palette and forgets the query and hits (names and note text must not outlive a lock).
import type { ApiError, SearchHit } from '../../../../db/api';
import { call } from '../../api/client';
import { onLock } from '../../state/session';
import { createStore } from '../../state/store';

export const SEARCH_LIMIT = 20;

type Status = 'idle' | 'searching' | 'done' | 'failed';

interface SearchState {
  open: boolean;
  query: string;
  /** The query the hits answer (the typed one may be ahead of it while a search runs). */
  answered: string;
  hits: SearchHit[];
  status: Status;
  error: ApiError | null;
  /** Index of the hit the arrow keys point at; -1 when there is none. */
  active: number;
  setOpen: (open: boolean) => void;
  setQuery: (query: string) => void;
  search: (query: string) => Promise<void>;
  move: (by: number) => void;
  setActive: (index: number) => void;
  reset: () => void;
}

/** Bumped by every search and every reset: only the latest request may write its answer. */
let latest = 0;

const EMPTY = { query: '', answered: '', hits: [], status: 'idle', error: null, active: -1 } as const;

export const useSearch = createStore<SearchState>((set, get) => ({
  open: false,
  ...EMPTY,
  hits: [],
  setOpen: (open) => set({ open }),
  setQuery: (query) => set({ query }),
  async search(query) {
    const request = ++latest;
    const q = query.trim();
    if (q === '') {
      set({ answered: '', hits: [], status: 'idle', error: null, active: -1 });
      return;
    }
    set({ status: 'searching' });
    const r = await call('search.query', { q, limit: SEARCH_LIMIT });
    if (request !== latest) return;
    if (r.ok) set({ answered: q, hits: r.value, status: 'done', error: null, active: r.value.length > 0 ? 0 : -1 });
    else set({ answered: q, hits: [], status: 'failed', error: r.error, active: -1 });
  },
  move(by) {
    const { hits, active } = get();
    if (hits.length === 0) return;
    // Wraps at both ends, as in most pickers: Up from the first hit goes to the last.
    set({ active: (((active + by) % hits.length) + hits.length) % hits.length });
  },
  setActive: (index) => set({ active: index }),
  reset() {
    latest += 1;
    set({ open: false, ...EMPTY, hits: [] });
  },
}));

onLock(() => useSearch.getState().reset());
