// The people who may unlock the vault, revoked ones included, loaded for the users table. Kept in
// the component (not a shared store), so it goes when the screen goes, on lock included.
import { useCallback, useEffect, useState } from 'react';

import type { ApiError, User } from '../../../../db/api';
import { call } from '../../api/client';

export function useUsers(): { users: User[] | null; problem: ApiError | null; reload: () => Promise<void> } {
  const [users, setUsers] = useState<User[] | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);

  const reload = useCallback(async () => {
    const r = await call('users.list', { includeInactive: true });
    if (r.ok) {
      setUsers(r.value);
      setProblem(null);
    } else {
      setProblem(r.error);
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { users, problem, reload };
}
