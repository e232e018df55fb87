// Colleagues who can take a referral or supervise a case, for the decision dialogs (users.list):
// each person once per list, in the order of the interface language, ignoring case.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { User } from '../../../../db/api';
import { call } from '../../api/client';
import { localeFor } from '../../../../shared/partial-date';

export interface Colleagues {
  caseworkers: User[];
  supervisors: User[];
  loaded: boolean;
}

/** Active users once each (by id: a list fetched twice, or joined twice, never shows anyone twice), sorted by name. */
export function colleagueList(users: readonly User[], language: string): User[] {
  const byId = new Map<string, User>();
  for (const u of users) if (u.active && !byId.has(u.id)) byId.set(u.id, u);
  const collator = new Intl.Collator(localeFor(language), { sensitivity: 'base' });
  return [...byId.values()].sort((a, b) => collator.compare(a.displayName, b.displayName) || collator.compare(a.name, b.name));
}

export function useColleagues(): Colleagues {
  const { i18n } = useTranslation();
  const [users, setUsers] = useState<User[] | null>(null);
  useEffect(() => {
    let live = true;
    void call('users.list', {}).then((r) => {
      if (live) setUsers(r.ok ? r.value : []);
    });
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => {
    const list = colleagueList(users ?? [], i18n.language);
    return {
      caseworkers: list.filter((u) => u.role === 'caseworker' || u.role === 'supervisor' || u.role === 'administrator'),
      supervisors: list.filter((u) => u.role === 'supervisor' || u.role === 'administrator'),
      loaded: users !== null,
    };
  }, [users, i18n.language]);
}
