// Who may add, change and delete files (the contract's ATTACHMENT_EDITORS); staff only read the
// non-confidential ones the backend gives them, and are offered no control that would fail.
import { ATTACHMENT_EDITORS } from '../../../../db/api';
import { useSession } from '../../state/session';

export function useCanEditAttachments(): boolean {
  const role = useSession((s) => s.user?.role);
  return role !== undefined && ATTACHMENT_EDITORS.includes(role);
}
