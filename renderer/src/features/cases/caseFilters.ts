// What the case list is filtered and sorted by. Kept in a store so the list looks the same when a
// caseworker comes back from a case file; cleared on lock (a search can hold a detainee's name).
import type { CaseSort, CaseStatus, DetentionStatus, Input, Profession } from '../../../../db/api';
import { onLock } from '../../state/session';
import { createStore } from '../../state/store';

export interface CaseFilters {
  countryCode: string;
  status: CaseStatus[];
  detentionStatus: DetentionStatus | '';
  profession: Profession | '';
  caseworkerId: string;
  search: string;
  sort: CaseSort;
  direction: 'asc' | 'desc';
}

export const DEFAULT_FILTERS: CaseFilters = {
  countryCode: '',
  status: [],
  detentionStatus: '',
  profession: '',
  caseworkerId: '',
  search: '',
  sort: 'lastActivityAt',
  direction: 'desc',
};

/** Names and countries read A to Z first; dates newest first. */
export function defaultDirection(sort: CaseSort): 'asc' | 'desc' {
  return sort === 'name' || sort === 'country' ? 'asc' : 'desc';
}

interface CaseFilterState extends CaseFilters {
  /** The row holding the keyboard focus, and how far the list was scrolled, to come back to. */
  activeIndex: number;
  scrollOffset: number;
  set: (patch: Partial<CaseFilters>) => void;
  setActive: (index: number) => void;
  /** Sorts by a column; choosing the same column again turns the direction round. */
  sortBy: (sort: CaseSort) => void;
  reset: () => void;
}

export const useCaseFilters = createStore<CaseFilterState>((set, get) => ({
  ...DEFAULT_FILTERS,
  activeIndex: 0,
  scrollOffset: 0,
  set(patch) {
    // A new query is a new list: start again at its top.
    set({ ...patch, activeIndex: 0, scrollOffset: 0 });
  },
  setActive(activeIndex) {
    if (activeIndex !== get().activeIndex) set({ activeIndex });
  },
  sortBy(sort) {
    const { sort: current, direction } = get();
    const next = sort === current ? (direction === 'asc' ? 'desc' : 'asc') : defaultDirection(sort);
    set({ sort, direction: next, activeIndex: 0, scrollOffset: 0 });
  },
  reset() {
    set({ ...DEFAULT_FILTERS, activeIndex: 0, scrollOffset: 0 });
  },
}));

onLock(() => useCaseFilters.getState().reset());

/** The list query for cases.list, without paging; empty filters are left out. */
export function listQuery(f: CaseFilters): Omit<Input<'cases.list'>, 'limit' | 'offset'> {
  return {
    ...(f.countryCode ? { countryCode: f.countryCode } : {}),
    ...(f.status.length > 0 ? { status: f.status } : {}),
    ...(f.detentionStatus ? { detentionStatus: f.detentionStatus } : {}),
    ...(f.profession ? { profession: f.profession } : {}),
    ...(f.caseworkerId ? { caseworkerId: f.caseworkerId } : {}),
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
    sort: f.sort,
    direction: f.direction,
  };
}
