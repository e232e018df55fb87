// Checks the people, referrals and cases services share: that referenced countries and users exist
// and fit, that dates are not in the future, and audit change lists that leave sensitive text out.
import { and, eq, isNull } from 'drizzle-orm';

import type { ServiceContext } from '../../backend/context';
import { fieldDetails, invalid, type ServiceError } from '../../backend/errors';
import type { FieldIssue, FieldReason, Role } from '../../contract/core';
import { addDays, partialDateBounds } from '../../../shared/partial-date';
import { countries, users } from '../../schema';
import { changesBetween } from './records';

/**
 * A VALIDATION error tied to one field, shaped like the dispatcher's zod errors so forms show it in
 * place: the English message, and the reason with the values screens word it from.
 */
export function fieldInvalid(field: string, message: string, reason: FieldReason, params: FieldIssue['params'] = {}): ServiceError {
  return invalid(message, { reason: 'invalid_fields', ...fieldDetails({ [field]: [message, reason, params] }) });
}

export function requireCountry(ctx: ServiceContext, code: string, field: string): void {
  const row = ctx.db.select({ code: countries.code }).from(countries).where(eq(countries.code, code)).get();
  if (!row) throw fieldInvalid(field, `Unknown country code ${code}`, 'unknown_country', { code });
}

export const CASEWORKER_ROLES: readonly Role[] = ['caseworker', 'supervisor', 'administrator'];
export const SUPERVISOR_ROLES: readonly Role[] = ['supervisor', 'administrator'];

const ROLE_WORDS: Record<Role, string> = {
  caseworker: 'a caseworker',
  staff: 'programme staff',
  supervisor: 'a supervisor',
  administrator: 'an administrator',
};

/** The user exists, is active and holds one of the roles; returns their display name. */
export function requireColleague(ctx: ServiceContext, userId: string, roles: readonly Role[], field: string): string {
  const row = ctx.db
    .select({ displayName: users.displayName, role: users.role, active: users.active })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deletedAt)))
    .get();
  if (!row) throw fieldInvalid(field, 'No such user', 'no_such_user');
  if (!row.active) throw fieldInvalid(field, `${row.displayName} is no longer active`, 'inactive_user', { name: row.displayName });
  if (!roles.includes(row.role)) {
    const choices = roles.length > 1 ? `${roles.slice(0, -1).join(', ')} or ${roles[roles.length - 1] ?? ''}` : roles.join('');
    throw fieldInvalid(field, `${row.displayName} is ${ROLE_WORDS[row.role]}; choose a ${choices}`, 'wrong_role', { name: row.displayName, role: row.role });
  }
  return row.displayName;
}

/**
 * The latest date that is not "in the future" anywhere: the backend's today is UTC, and a caseworker
 * east of UTC (Central Asia is UTC+5) is already a day ahead in the small hours.
 */
function latestToday(ctx: ServiceContext): string {
  return addDays(ctx.today(), 1);
}

/** Full date not after today. */
export function requireNotFuture(ctx: ServiceContext, date: string, field: string): void {
  if (date > latestToday(ctx)) throw fieldInvalid(field, 'This date is in the future', 'future_date');
}

/** Partial date whose earliest possible day is not after today ('2031' is refused, this year is fine). */
export function requirePartialNotFuture(ctx: ServiceContext, date: string, field: string): void {
  if (partialDateBounds(date).first > latestToday(ctx)) throw fieldInvalid(field, 'This date is in the future', 'future_date');
}

/**
 * Audit changes as { field: [before, after] }, except that sensitive fields (free text, a contact's
 * identity) record only that they changed: the audit log outlives deletions and should not keep copies.
 */
export function auditChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  sensitive: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = changesBetween(before, after);
  for (const key of sensitive) if (key in out) out[key] = 'changed';
  return out;
}

/** Names of the fields given a value, for create entries that must not copy sensitive text. */
export function filledFields(values: Record<string, unknown>): string[] {
  return Object.keys(values).filter((k) => {
    const v = values[k];
    return v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
  });
}
