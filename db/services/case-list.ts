// The case list: filters, name search, sort and paging that stay fast with 100,000 cases.
// Filters are set-based (IN subqueries that use the profession and name indexes, no per-row lookups),
// and the total is a COUNT over cases alone with the same filters.
import type Database from 'better-sqlite3';
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';

import type { ServiceContext } from '../backend/context';
import type { Page } from '../contract/core';
import type { CaseSummary, caseListInput } from '../contract/cases';
import { cases, people, users } from '../schema';

type CaseListInput = z.output<typeof caseListInput>;

/**
 * Folds a name for matching: lower case, accents and other marks removed (Qobírov, Qobirov), which
 * also folds ё to е and й to и, as people type them either way. SQLite's own LIKE folds only ASCII.
 */
export function foldName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const FOLD_FUNCTION = 'habeas_fold';
const withFold = new WeakSet<Database.Database>();

// Registered per connection on first use; the full-text index planned for search will replace it.
function ensureFoldFunction(sqlite: Database.Database): void {
  if (withFold.has(sqlite)) return;
  sqlite.function(FOLD_FUNCTION, { deterministic: true }, (s: unknown) => (typeof s === 'string' ? foldName(s) : null));
  withFold.add(sqlite);
}

function likePattern(text: string): string {
  return `%${foldName(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function filtersFor(ctx: ServiceContext, input: CaseListInput): SQL | undefined {
  // A deleted person's cases are deleted with them, so the cases table alone decides what is live.
  const filters: SQL[] = [isNull(cases.deletedAt)];
  if (input.countryCode) filters.push(eq(cases.countryCode, input.countryCode));
  if (input.status) filters.push(inArray(cases.status, input.status));
  if (input.detentionStatus) filters.push(eq(cases.detentionStatus, input.detentionStatus));
  if (input.caseworkerId) filters.push(eq(cases.caseworkerId, input.caseworkerId));
  if (input.profession) {
    filters.push(sql`${cases.personId} IN (SELECT person_id FROM person_professions WHERE profession = ${input.profession})`);
  }
  if (input.search) {
    ensureFoldFunction(ctx.sqlite);
    const pattern = likePattern(input.search);
    filters.push(sql`${cases.personId} IN (
      SELECT id FROM people WHERE deleted_at IS NULL AND habeas_fold(name) LIKE ${pattern} ESCAPE '\\'
      UNION
      SELECT person_id FROM name_variants WHERE deleted_at IS NULL AND habeas_fold(name) LIKE ${pattern} ESCAPE '\\')`);
  }
  return and(...filters);
}

function orderFor(input: CaseListInput): SQL[] {
  const column = {
    name: people.name,
    openedOn: cases.openedOn,
    lastActivityAt: cases.lastActivityAt,
    country: cases.countryCode,
  }[input.sort];
  const direction = input.direction ?? (input.sort === 'name' || input.sort === 'country' ? 'asc' : 'desc');
  const by = direction === 'asc' ? asc : desc;
  // The id breaks ties so that paging never shows a row twice or skips one.
  return [by(column), by(cases.id)];
}

export function listCases(ctx: ServiceContext, input: CaseListInput): Page<CaseSummary> {
  const where = filtersFor(ctx, input);
  const rows = ctx.db
    .select({
      caseId: cases.id,
      personId: cases.personId,
      personName: people.name,
      confidentiality: people.confidentiality,
      countryCode: cases.countryCode,
      status: cases.status,
      detentionStatus: cases.detentionStatus,
      caseworkerId: cases.caseworkerId,
      caseworkerName: users.displayName,
      openedOn: cases.openedOn,
      lastActivityAt: cases.lastActivityAt,
    })
    .from(cases)
    .innerJoin(people, eq(people.id, cases.personId))
    .leftJoin(users, eq(users.id, cases.caseworkerId))
    .where(where)
    .orderBy(...orderFor(input))
    .limit(input.limit)
    .offset(input.offset)
    .all();
  const total = ctx.db.select({ n: sql<number>`count(*)` }).from(cases).where(where).get()?.n ?? 0;
  return {
    rows: rows.map(({ confidentiality, ...row }) => ({ ...row, confidential: confidentiality === 'confidential' })),
    total,
  };
}
