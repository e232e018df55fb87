// Who may change case records: caseworkers, supervisors and administrators. Staff read only; the
// backend refuses them anyway, the UI just does not offer what would fail.
import { EDITORS, GRANTORS } from '../../../../../db/api';
import { useSession } from '../../../state/session';

export function useCanEdit(): boolean {
  const role = useSession((s) => s.user?.role);
  return role !== undefined && EDITORS.includes(role);
}

/** Who may grant and revoke a colleague's access to a case: supervisors and administrators. */
export function useCanGrant(): boolean {
  const role = useSession((s) => s.user?.role);
  return role !== undefined && GRANTORS.includes(role);
}
