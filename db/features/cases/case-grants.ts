// Case grants: a supervisor or administrator lets one staff member or caseworker see one case (the
// names of a confidential person on it, and the case itself when caseworkers see only their own).
// Revoking soft-deletes the grant, so the log and a later merge of vaults still see it was there.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';

import type { ServiceContext } from '../../backend/context';
import { notFound, ServiceError } from '../../backend/errors';
import type { HandlersFor } from '../../backend/handler-map';
import { GRANTEE_ROLES, type CaseGrant, type grantsApi } from '../../contract/grants';
import { caseGrants, users } from '../../schema';
import { requireCase } from '../detention/detention';
import { requireColleague } from '../common/record-checks';
import { stamp } from '../common/records';

const grantee = alias(users, 'grantee');
const grantor = alias(users, 'grantor');

function selectGrants(ctx: ServiceContext, caseId: string, userId?: string): CaseGrant[] {
  return ctx.db
    .select({
      id: caseGrants.id,
      caseId: caseGrants.caseId,
      userId: caseGrants.userId,
      userName: grantee.displayName,
      userRole: grantee.role,
      grantedBy: caseGrants.grantedBy,
      grantedByName: grantor.displayName,
      grantedAt: caseGrants.createdAt,
    })
    .from(caseGrants)
    .innerJoin(grantee, eq(grantee.id, caseGrants.userId))
    .leftJoin(grantor, eq(grantor.id, caseGrants.grantedBy))
    .where(and(eq(caseGrants.caseId, caseId), isNull(caseGrants.deletedAt), userId === undefined ? undefined : eq(caseGrants.userId, userId)))
    .orderBy(asc(grantee.displayName), asc(caseGrants.id))
    .all();
}

export const caseGrantHandlers: HandlersFor<typeof grantsApi> = {
  'cases.grants.list': (ctx, input) => {
    requireCase(ctx, input.caseId);
    return selectGrants(ctx, input.caseId);
  },

  'cases.grants.add': (ctx, input) => {
    requireCase(ctx, input.caseId);
    const name = requireColleague(ctx, input.userId, GRANTEE_ROLES, 'userId');
    if (selectGrants(ctx, input.caseId, input.userId).length > 0) {
      throw new ServiceError('CONFLICT', `${name} can already see this case.`, { reason: 'grant_exists', params: { name } });
    }
    const row = { ...stamp(ctx), deletedAt: null, caseId: input.caseId, userId: input.userId, grantedBy: ctx.user.id };
    ctx.db.insert(caseGrants).values(row).run();
    ctx.audit({ action: 'case.grant', tableName: 'case_grants', recordId: row.id, changes: { caseId: row.caseId, userId: row.userId } });
    const [grant] = selectGrants(ctx, input.caseId, input.userId);
    if (!grant) throw notFound('The grant', { reason: 'grant_not_found' });
    return grant;
  },

  'cases.grants.remove': (ctx, input) => {
    requireCase(ctx, input.caseId);
    const live = selectGrants(ctx, input.caseId, input.userId);
    if (live.length === 0) throw notFound('The grant', { reason: 'grant_not_found' });
    const now = ctx.now();
    for (const grant of live) {
      ctx.db.update(caseGrants).set({ deletedAt: now, updatedAt: now }).where(eq(caseGrants.id, grant.id)).run();
      ctx.audit({ action: 'case.revokeGrant', tableName: 'case_grants', recordId: grant.id, changes: { caseId: grant.caseId, userId: grant.userId } });
    }
    return { id: live[0]?.id ?? '' };
  },
};
