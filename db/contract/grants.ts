// Contract slice: case grants, a supervisor's or administrator's "this colleague may see this case".
// A grant shows a staff member the names of a confidential person on that case, and keeps the case
// visible to a caseworker when the organisation limits caseworkers to their own cases.
import { z } from 'zod';

import { id, method, type Role } from './core';

/** Who grants and revokes access to a case. */
export const GRANTORS: readonly Role[] = ['supervisor', 'administrator'];

/** The roles a grant changes anything for (supervisors and administrators see every case anyway). */
export const GRANTEE_ROLES: readonly Role[] = ['staff', 'caseworker'];

export interface CaseGrant {
  id: string;
  caseId: string;
  userId: string;
  userName: string;
  userRole: Role;
  grantedBy: string;
  grantedByName: string | null;
  /** When the grant was made (ISO timestamp). */
  grantedAt: string;
}

const grantTarget = z.object({ caseId: id, userId: id });

export const grantsApi = {
  /** The live grants on a case, by the grantee's display name. */
  'cases.grants.list': method<CaseGrant[]>()({ input: z.object({ caseId: id }), access: GRANTORS, effect: 'read' }),
  'cases.grants.add': method<CaseGrant>()({ input: grantTarget, access: GRANTORS, effect: 'write' }),
  'cases.grants.remove': method<{ id: string }>()({ input: grantTarget, access: GRANTORS, effect: 'write' }),
} as const;
