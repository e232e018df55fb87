// Cases: the detail view and the writes that change who works on a case and where it stands.
// Closed cases change only by reopening, so a closed file cannot drift quietly. The list is in case-list.ts.
import { and, eq, isNull, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';

import type { ServiceContext } from '../../backend/context';
import { conflict, notFound } from '../../backend/errors';
import type { HandlersFor } from '../../backend/handler-map';
import type { CaseDetail, casesApi } from '../../contract/cases';
import { cases, users } from '../../schema';
import { listCases } from './case-list';
import { loadPerson } from '../people/people';
import { CASEWORKER_ROLES, fieldInvalid, requireColleague, requireNotFuture, SUPERVISOR_ROLES } from '../common/record-checks';
import { touchCase } from '../common/records';
import { loadReferral } from '../referrals/referrals';
import { requireVisibleCase } from '../common/visibility';
import { withholdPerson } from '../common/withheld-names';

type CaseRow = typeof cases.$inferSelect;

const caseworker = alias(users, 'caseworker');
const supervisor = alias(users, 'supervisor');

function requireCaseRow(ctx: ServiceContext, id: string): CaseRow {
  const row = ctx.db
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), isNull(cases.deletedAt)))
    .get();
  if (!row) throw notFound('The case', { reason: 'case_not_found' });
  return row;
}

/** The case a write starts from: NOT_FOUND too when the caller may not see it. */
function requireVisibleCaseRow(ctx: ServiceContext, id: string): CaseRow {
  const row = requireCaseRow(ctx, id);
  requireVisibleCase(ctx, id);
  return row;
}

function requireOpen(row: CaseRow, what: string): void {
  if (row.status === 'closed') throw conflict(`This case is closed. Reopen it before you ${what}.`, { reason: 'case_closed', status: row.status });
}

export function loadCaseDetail(ctx: ServiceContext, id: string): CaseDetail {
  const row = ctx.db
    .select({ c: cases, caseworkerName: caseworker.displayName, supervisorName: supervisor.displayName })
    .from(cases)
    .leftJoin(caseworker, eq(caseworker.id, cases.caseworkerId))
    .leftJoin(supervisor, eq(supervisor.id, cases.supervisorId))
    .where(and(eq(cases.id, id), isNull(cases.deletedAt)))
    .get();
  if (!row) throw notFound('The case', { reason: 'case_not_found' });
  const { c } = row;
  return {
    id: c.id,
    reference: c.reference,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    personId: c.personId,
    referralId: c.referralId,
    countryCode: c.countryCode,
    openedOn: c.openedOn,
    status: c.status,
    closingReason: c.closingReason,
    closedOn: c.closedOn,
    caseworkerId: c.caseworkerId,
    caseworkerName: row.caseworkerName,
    supervisorId: c.supervisorId,
    supervisorName: row.supervisorName,
    detentionStatus: c.detentionStatus,
    lastActivityAt: c.lastActivityAt,
    person: withholdPerson(ctx, loadPerson(ctx, c.personId)),
    referral: c.referralId ? loadReferral(ctx, c.referralId) : null,
  };
}

/** Applies the change, writes its audit entry and marks the case active now. */
function changeCase(ctx: ServiceContext, before: CaseRow, set: Partial<typeof cases.$inferInsert>, action: string): CaseDetail {
  ctx.db
    .update(cases)
    .set({ ...set, updatedAt: ctx.now() })
    .where(eq(cases.id, before.id))
    .run();
  const after = requireCaseRow(ctx, before.id);
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(set) as (keyof CaseRow)[]) {
    if (before[key] !== after[key]) changes[key] = [before[key], after[key]];
  }
  ctx.audit({ action, tableName: 'cases', recordId: before.id, changes });
  touchCase(ctx, before.id);
  return loadCaseDetail(ctx, before.id);
}

export const casesHandlers: HandlersFor<typeof casesApi> = {
  'cases.list': (ctx, input) => listCases(ctx, input),

  'cases.get': (ctx, input) => {
    requireVisibleCase(ctx, input.id);
    return loadCaseDetail(ctx, input.id);
  },

  'cases.assign': (ctx, input) => {
    const before = requireVisibleCaseRow(ctx, input.id);
    requireOpen(before, 'assign it');
    const set: Partial<typeof cases.$inferInsert> = {};
    if (input.caseworkerId !== undefined) {
      if (input.caseworkerId) requireColleague(ctx, input.caseworkerId, CASEWORKER_ROLES, 'caseworkerId');
      set.caseworkerId = input.caseworkerId;
    }
    if (input.supervisorId !== undefined) {
      if (input.supervisorId) requireColleague(ctx, input.supervisorId, SUPERVISOR_ROLES, 'supervisorId');
      set.supervisorId = input.supervisorId;
    }
    return changeCase(ctx, before, set, 'case.assign');
  },

  'cases.updateStatus': (ctx, input) => {
    const before = requireVisibleCaseRow(ctx, input.id);
    requireOpen(before, 'change its status');
    return changeCase(ctx, before, { status: input.status }, 'case.status');
  },

  'cases.close': (ctx, input) => {
    const before = requireVisibleCaseRow(ctx, input.id);
    if (before.status === 'closed') {
      throw conflict(`This case was already closed on ${before.closedOn ?? 'an earlier date'}.`, {
        reason: 'case_already_closed',
        params: before.closedOn === null ? {} : { closedOn: before.closedOn },
        status: before.status,
        closedOn: before.closedOn,
      });
    }
    const closedOn = input.closedOn ?? ctx.today();
    requireNotFuture(ctx, closedOn, 'closedOn');
    if (closedOn < before.openedOn) throw fieldInvalid('closedOn', `A case cannot close before it opened (${before.openedOn})`, 'before_opened', { date: before.openedOn });
    return changeCase(ctx, before, { status: 'closed', closingReason: input.reason, closedOn }, 'case.close');
  },

  'cases.reopen': (ctx, input) => {
    const before = requireVisibleCaseRow(ctx, input.id);
    if (before.status !== 'closed') throw conflict('This case is open already.', { reason: 'case_already_open', status: before.status });
    const open = ctx.db
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.personId, before.personId), isNull(cases.deletedAt), ne(cases.status, 'closed')))
      .get();
    if (open) throw conflict('This person has another open case; close it before reopening this one.', { reason: 'other_case_open', caseId: open.id });
    return changeCase(ctx, before, { status: input.status, closingReason: null, closedOn: null }, 'case.reopen');
  },
};
