// Need to know, decided once: which cases and people a caller may see at all (the organisation's
// "caseworkers see only their own cases and those shared with them") and whose names are withheld
// (confidential people, for staff not granted one of their cases). Every feature takes its SQL
// conditions and checks from here, so the rule cannot differ between a list, a count and a report.
import { createHash } from 'node:crypto';

import { sql, type SQL } from 'drizzle-orm';

import type { ServiceContext } from '../../backend/context';
import { notFound } from '../../backend/errors';

/** A condition for the raw SQL of search and reports: its text with `?` placeholders and their values. */
export interface RawCondition {
  sql: string;
  params: string[];
}

const ALWAYS: RawCondition = { sql: '1', params: [] };

/** The ids of the cases a restricted caseworker sees: their own, and those granted to them. */
const VISIBLE_CASE_IDS =
  'SELECT id FROM cases WHERE caseworker_id = ? UNION SELECT case_id FROM case_grants WHERE user_id = ? AND deleted_at IS NULL';

/** The people with at least one live case the caller may see. */
const PEOPLE_OF_VISIBLE_CASES = `SELECT person_id FROM cases WHERE deleted_at IS NULL AND id IN (${VISIBLE_CASE_IDS})`;

/** The people with a live case. Those without one (a referral still being assessed) are never hidden by a case. */
const PEOPLE_WITH_CASES = 'SELECT person_id FROM cases WHERE deleted_at IS NULL';

/** Whether the organisation limits this caller to their own and shared cases. */
export function restrictsCases(ctx: ServiceContext): boolean {
  return ctx.user.role === 'caseworker' && ctx.settings.get('caseworkersOwnCasesOnly') === 1;
}

/** `column` (a case id, as SQL text) names a case the caller may see. */
export function caseVisibleRaw(ctx: ServiceContext, column: string): RawCondition {
  if (!restrictsCases(ctx)) return ALWAYS;
  return { sql: `${column} IN (${VISIBLE_CASE_IDS})`, params: [ctx.user.id, ctx.user.id] };
}

/**
 * `column` (a person id, as SQL text) names a person the caller may see: one with a visible case, or
 * with no live case at all (a referral still being assessed). A person reachable only through
 * hidden cases is hidden with them.
 */
export function personVisibleRaw(ctx: ServiceContext, column: string): RawCondition {
  if (!restrictsCases(ctx)) return ALWAYS;
  return {
    sql: `(${column} IN (${PEOPLE_OF_VISIBLE_CASES}) OR ${column} NOT IN (${PEOPLE_WITH_CASES}))`,
    params: [ctx.user.id, ctx.user.id],
  };
}

/** A raw condition as a drizzle SQL fragment, its values bound as parameters. */
export function boundSql(condition: RawCondition): SQL {
  const parts = condition.sql.split('?');
  const chunks: SQL[] = [];
  parts.forEach((part, i) => {
    chunks.push(sql.raw(part));
    if (i < condition.params.length) chunks.push(sql`${condition.params[i]}`);
  });
  return sql.join(chunks);
}

/** The case named by `column` (SQL text such as '"cases"."id"') is visible to the caller, for drizzle queries. */
export function caseVisible(ctx: ServiceContext, column: string): SQL {
  return boundSql(caseVisibleRaw(ctx, column));
}

/** The person named by `column` is visible to the caller, for drizzle queries. */
export function personVisible(ctx: ServiceContext, column: string): SQL {
  return boundSql(personVisibleRaw(ctx, column));
}

/** Whether the caller may see the case (it need not exist). */
export function caseIsVisible(ctx: ServiceContext, caseId: string): boolean {
  if (!restrictsCases(ctx)) return true;
  const condition = caseVisibleRaw(ctx, 'c.id');
  return ctx.sqlite.prepare(`SELECT 1 FROM cases c WHERE c.id = ? AND ${condition.sql}`).get(caseId, ...condition.params) !== undefined;
}

/** NOT_FOUND for a case the caller may not see, exactly as for a case that does not exist. */
export function requireVisibleCase(ctx: ServiceContext, caseId: string): void {
  if (!caseIsVisible(ctx, caseId)) throw notFound('The case', { reason: 'case_not_found' });
}

/** Whether the caller may see the person (they need not exist). */
export function personIsVisible(ctx: ServiceContext, personId: string): boolean {
  if (!restrictsCases(ctx)) return true;
  const condition = personVisibleRaw(ctx, 'p.id');
  return ctx.sqlite.prepare(`SELECT 1 FROM people p WHERE p.id = ? AND ${condition.sql}`).get(personId, ...condition.params) !== undefined;
}

/** NOT_FOUND for a person the caller may not see. */
export function requireVisiblePerson(ctx: ServiceContext, personId: string): void {
  if (!personIsVisible(ctx, personId)) throw notFound('The person', { reason: 'person_not_found' });
}

// --- Names ---------------------------------------------------------------------------------------

/** Whether the role reads confidential people's names only on cases granted to them. */
export function withholdsConfidentialNames(ctx: ServiceContext): boolean {
  return ctx.user.role === 'staff';
}

/** The people whose names this staff member may read: those with a live case granted to them. */
const GRANTED_PEOPLE = `SELECT c.person_id FROM case_grants g JOIN cases c ON c.id = g.case_id
  WHERE g.user_id = ? AND g.deleted_at IS NULL AND c.deleted_at IS NULL`;

/**
 * `personColumn` and `confidentialityColumn` (SQL text) describe a person whose name the caller may
 * not read: 1 or 0. Used to keep such people out of name matches (a hit would tell the name).
 */
export function nameWithheldRaw(ctx: ServiceContext, personColumn: string, confidentialityColumn: string): RawCondition {
  if (!withholdsConfidentialNames(ctx)) return { sql: '0', params: [] };
  return { sql: `(${confidentialityColumn} = 'confidential' AND ${personColumn} NOT IN (${GRANTED_PEOPLE}))`, params: [ctx.user.id] };
}

const CODE_LETTERS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 6;

/**
 * The short code a withheld person is shown by, "Confidential (K3M9QX)": six letters of Crockford's
 * base 32 taken from the SHA-256 of the person's id. The same person has the same code on every
 * screen, in every session and for every user; it says nothing the id does not (the id is random
 * apart from its creation time, and the hash drops even that), and cannot be turned back into a name.
 */
export function confidentialCode(personId: string): string {
  const digest = createHash('sha256').update(personId).digest();
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_LETTERS[(digest[i] ?? 0) % 32];
  return code;
}

/** Decides, for one call, whose names are withheld; reads the caller's grants at most once. */
export interface NameGuard {
  /** The code to show instead of the name, or null when the caller may read it. */
  withheld(personId: string, confidential: boolean): string | null;
}

export function nameGuard(ctx: ServiceContext): NameGuard {
  if (!withholdsConfidentialNames(ctx)) return { withheld: () => null };
  let granted: Set<string> | null = null;
  return {
    withheld(personId, confidential) {
      if (!confidential) return null;
      granted ??= new Set(ctx.sqlite.prepare(GRANTED_PEOPLE).pluck().all(ctx.user.id) as string[]);
      return granted.has(personId) ? null : confidentialCode(personId);
    },
  };
}
