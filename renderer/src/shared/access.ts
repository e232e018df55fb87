// Whether the signed-in user's role may call a contract method, read from the contract's own access
// lists (db/api.ts), so a link or button is hidden exactly when the backend would refuse the call.
import { api, type MethodName, type Role } from '../../../db/api';
import { useSession } from '../state/session';

export function roleMayCall(role: Role | null | undefined, method: MethodName): boolean {
  const access = api[method].access;
  return role !== null && role !== undefined && access !== 'locked' && access.includes(role);
}

/** For screens: whether the signed-in user may call the method. */
export function useMayCall(method: MethodName): boolean {
  return useSession((s) => roleMayCall(s.user?.role, method));
}
