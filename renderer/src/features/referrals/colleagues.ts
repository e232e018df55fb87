// Colleagues who can take a referral or supervise a case, for the decision dialogs (users.list).
import { useEffect, useState } from 'react';

import type { User } from '../../../../db/api';
import { call } from '../../api/client';

export interface Colleagues {
  caseworkers: User[];
  supervisors: User[];
  loaded: boolean;
}

export function useColleagues(): Colleagues {
  const [users, setUsers] = useState<User[] | null>(null);
  useEffect(() => {
    let live = true;
    void call('users.list', {}).then((r) => {
      if (live) setUsers(r.ok ? r.value.filter((u) => u.active) : []);
    });
    return () => {
      live = false;
    };
  }, []);
  const list = users ?? [];
  return {
    caseworkers: list.filter((u) => u.role === 'caseworker' || u.role === 'supervisor' || u.role === 'administrator'),
    supervisors: list.filter((u) => u.role === 'supervisor' || u.role === 'administrator'),
    loaded: users !== null,
  };
}
