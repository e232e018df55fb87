// Case-list filters saved under a name, per user, kept with preferences.get/set ('cases.savedFilters')
// in the encrypted vault. Applying one keeps what still exists and says what it dropped: a saved
// caseworker who left the team, a country no longer on the list.
import { MAX_SAVED_CASE_FILTERS, MAX_SAVED_FILTER_NAME, PREFERENCE_SCHEMAS, type SavedCaseFilter } from '../../../../db/api';
import { call } from '../../api/client';
import { onLock } from '../../state/session';
import { createStore } from '../../state/store';
import type { CaseFilters } from './caseFilters';

const KEY = 'cases.savedFilters';

/** The parts of a saved filter that name records which may have gone since. */
export type DroppedPart = 'caseworkerId' | 'countryCode';

export interface Applied {
  filters: CaseFilters;
  dropped: DroppedPart[];
}

/** What of a saved filter can be applied, given the colleagues and countries known today. */
export function applicable(saved: SavedCaseFilter, known: { caseworkers: ReadonlySet<string>; countries: ReadonlySet<string> }): Applied {
  const dropped: DroppedPart[] = [];
  const filters: CaseFilters = { ...saved.filters, status: [...saved.filters.status] };
  if (filters.caseworkerId !== '' && !known.caseworkers.has(filters.caseworkerId)) {
    filters.caseworkerId = '';
    dropped.push('caseworkerId');
  }
  if (filters.countryCode !== '' && !known.countries.has(filters.countryCode)) {
    filters.countryCode = '';
    dropped.push('countryCode');
  }
  return { filters, dropped };
}

export type NameProblem = 'empty' | 'tooLong' | 'taken' | 'full';

/** Why a name cannot be used for a new filter (or for `renaming`), or null. */
export function nameProblem(list: readonly SavedCaseFilter[], name: string, renaming: string | null = null): NameProblem | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  if (trimmed.length > MAX_SAVED_FILTER_NAME) return 'tooLong';
  if (list.some((f) => f.id !== renaming && f.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase())) return 'taken';
  if (renaming === null && list.length >= MAX_SAVED_CASE_FILTERS) return 'full';
  return null;
}

const filterValues = (f: CaseFilters): CaseFilters => ({
  countryCode: f.countryCode,
  status: [...f.status],
  detentionStatus: f.detentionStatus,
  profession: f.profession,
  caseworkerId: f.caseworkerId,
  search: f.search.trim(),
  sort: f.sort,
  direction: f.direction,
});

export const withAdded = (list: readonly SavedCaseFilter[], id: string, name: string, filters: CaseFilters): SavedCaseFilter[] => [
  ...list,
  { id, name: name.trim(), filters: filterValues(filters) },
];
export const withRenamed = (list: readonly SavedCaseFilter[], id: string, name: string): SavedCaseFilter[] =>
  list.map((f) => (f.id === id ? { ...f, name: name.trim() } : f));
export const withRemoved = (list: readonly SavedCaseFilter[], id: string): SavedCaseFilter[] => list.filter((f) => f.id !== id);

interface SavedFiltersState {
  list: SavedCaseFilter[];
  loaded: boolean;
  /** The last save failed: the list shown is what the vault holds. */
  failed: boolean;
  load: () => Promise<void>;
  /** Replaces the list and stores it; on refusal puts the stored list back. */
  save: (next: SavedCaseFilter[]) => Promise<boolean>;
  reset: () => void;
}

export const useSavedFilters = createStore<SavedFiltersState>((set, get) => ({
  list: [],
  loaded: false,
  failed: false,
  async load() {
    const r = await call('preferences.get', { key: KEY });
    const parsed = r.ok ? PREFERENCE_SCHEMAS[KEY].safeParse(r.value.value ?? []) : null;
    set({ list: parsed?.success ? parsed.data : [], loaded: true });
  },
  async save(next) {
    const before = get().list;
    set({ list: next, failed: false });
    const r = await call('preferences.set', { key: KEY, value: next });
    if (!r.ok) set({ list: before, failed: true });
    return r.ok;
  },
  reset() {
    set({ list: [], loaded: false, failed: false });
  },
}));

// Saved filters can hold a name typed in the search: gone from memory with the lock.
onLock(() => useSavedFilters.getState().reset());

/** A new saved filter's id: unique enough among one user's fifty. */
export function newFilterId(): string {
  return globalThis.crypto.randomUUID();
}
