// The country list (countries.list), loaded once per unlock for the selects and for showing a
// code as a name; cleared on lock with every other feature cache.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import type { Country } from '../../../db/api';
import { call } from '../api/client';
import { onLock } from '../state/session';
import { createStore } from '../state/store';

interface CountriesState {
  countries: Country[];
  loaded: boolean;
  loading: boolean;
  load: () => Promise<void>;
  reset: () => void;
}

const useCountriesStore = createStore<CountriesState>((set, get) => ({
  countries: [],
  loaded: false,
  loading: false,
  async load() {
    if (get().loaded || get().loading) return;
    set({ loading: true });
    const r = await call('countries.list', {});
    set(r.ok ? { countries: r.value, loaded: true, loading: false } : { loading: false });
  },
  reset() {
    set({ countries: [], loaded: false, loading: false });
  },
}));

onLock(() => useCountriesStore.getState().reset());

export interface CountryNames {
  /** False until the list has arrived: selects bound to a stored value wait for it. */
  ready: boolean;
  /** Focus countries first, then the rest, each part in the alphabet of the current language. */
  countries: { code: string; name: string; focus: boolean }[];
  nameOf: (code: string | null | undefined) => string;
}

export function useCountries(): CountryNames {
  const { i18n } = useTranslation();
  const countries = useCountriesStore((s) => s.countries);
  const ready = useCountriesStore((s) => s.loaded);
  const load = useCountriesStore((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  const ru = i18n.language === 'ru';
  const named = countries.map((c) => ({ code: c.code, name: ru ? c.nameRu : c.nameEn, focus: c.focus }));
  const collator = new Intl.Collator(ru ? 'ru' : 'en');
  named.sort((a, b) => Number(b.focus) - Number(a.focus) || collator.compare(a.name, b.name));
  const byCode = new Map(named.map((c) => [c.code, c.name]));
  return { ready, countries: named, nameOf: (code) => (code ? (byCode.get(code) ?? code) : '') };
}
