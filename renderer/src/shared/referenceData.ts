// Countries and colleagues, loaded once per unlock for filters, headers and pickers. Kept in a store
// so every screen shares one copy; cleared on lock like every other record the renderer holds.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import type { Country, User } from '../../../db/api';
import { call } from '../api/client';
import type { Option } from '../components/Field';
import { onLock } from '../state/session';
import { createStore } from '../state/store';
import { sortUsers } from './userOrder';

interface ReferenceState {
  countries: Country[] | null;
  users: User[] | null;
  loading: boolean;
  load: () => Promise<void>;
  reset: () => void;
}

export const useReferenceData = createStore<ReferenceState>((set, get) => ({
  countries: null,
  users: null,
  loading: false,
  async load() {
    if (get().loading || (get().countries && get().users)) return;
    set({ loading: true });
    const [countries, users] = await Promise.all([call('countries.list', {}), call('users.list', { includeInactive: true })]);
    set({ countries: countries.ok ? countries.value : [], users: users.ok ? users.value : [], loading: false });
  },
  reset() {
    set({ countries: null, users: null, loading: false });
  },
}));

onLock(() => useReferenceData.getState().reset());

/** Loads the reference data on first use and returns it (empty lists until it arrives). */
export function useReference(): { countries: Country[]; users: User[] } {
  const countries = useReferenceData((s) => s.countries);
  const users = useReferenceData((s) => s.users);
  const load = useReferenceData((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  return { countries: countries ?? [], users: users ?? [] };
}

/** A country's name in the interface language; the code itself when the list has not arrived. */
export function useCountryName(): (code: string | null | undefined) => string {
  const { countries } = useReference();
  const { i18n } = useTranslation();
  const russian = i18n.language === 'ru';
  return (code) => {
    if (!code) return '';
    const country = countries.find((c) => c.code === code);
    if (!country) return code;
    return russian ? country.nameRu : country.nameEn;
  };
}

/** Country options, the focus countries first, then the rest alphabetically in the current language. */
export function useCountryOptions(): Option[] {
  const { countries } = useReference();
  const { i18n } = useTranslation();
  const russian = i18n.language === 'ru';
  const label = (c: Country) => (russian ? c.nameRu : c.nameEn);
  const sorted = [...countries].sort((a, b) => Number(b.focus) - Number(a.focus) || label(a).localeCompare(label(b), i18n.language));
  return sorted.map((c) => ({ value: c.code, label: label(c) }));
}

/** Active colleagues who can hold a case or a task (staff cannot). */
export function useColleagueOptions(roles: readonly User['role'][] = ['caseworker', 'supervisor', 'administrator']): Option[] {
  const { users } = useReference();
  const { i18n } = useTranslation();
  const active = users.filter((u) => u.active && roles.includes(u.role));
  return sortUsers(active, i18n.language).map((u) => ({ value: u.id, label: u.displayName || u.name }));
}
