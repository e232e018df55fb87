// The case list: filters, name search, sort and paging that stay fast with 100,000 cases.
// Filters are set-based (IN subqueries, no per-row lookups), the page is chosen from the cases table
// before any names are joined, and the total is a COUNT over cases alone with the same filters.
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';

import type { ServiceContext } from '../../backend/context';
import type { Page } from '../../contract/core';
import type { CaseSummary, caseListInput } from '../../contract/cases';
import { cases, people, users } from '../../schema';
import { referenceMatch } from './case-reference-search';
import { searchPeople } from '../search/search';
import { matchedRanges, matchPlan } from '../search/search-match';
import { withholdName } from '../common/withheld-names';
import { boundSql, caseVisible, nameGuard, nameWithheldRaw, withholdsConfidentialNames } from '../common/visibility';

type CaseListInput = z.output<typeof caseListInput>;

/**
 * The people whose name or any spelling matches, as a JSON array, from the full-text index (see
 * search.ts). Searching once here, rather than inside both the page and the count query, keeps
 * the index lookup out of the per-row work.
 */
export function matchingPeople(ctx: ServiceContext, search: string): string {
  const found = searchPeople(ctx, search);
  if (!withholdsConfidentialNames(ctx) || found.length === 0) return JSON.stringify(found);
  // A name the caller may not read must not match either: the hit would tell them the name.
  const withheld = nameWithheldRaw(ctx, 'id', 'confidentiality');
  const readable = ctx.sqlite
    .prepare(`SELECT id FROM people WHERE id IN (SELECT value FROM json_each(?)) AND NOT ${withheld.sql}`)
    .pluck()
    .all(JSON.stringify(found), ...withheld.params) as string[];
  return JSON.stringify(readable);
}

function filtersFor(ctx: ServiceContext, input: CaseListInput): SQL | undefined {
  // A deleted person's cases are deleted with them, so the cases table alone decides what is live.
  const filters: SQL[] = [isNull(cases.deletedAt), caseVisible(ctx, '"cases"."id"')];
  if (input.countryCode) filters.push(eq(cases.countryCode, input.countryCode));
  if (input.status) filters.push(inArray(cases.status, input.status));
  if (input.detentionStatus) filters.push(eq(cases.detentionStatus, input.detentionStatus));
  if (input.caseworkerId) filters.push(eq(cases.caseworkerId, input.caseworkerId));
  if (input.profession) {
    filters.push(sql`${cases.personId} IN (SELECT person_id FROM person_professions WHERE profession = ${input.profession})`);
  }
  if (input.search) {
    const byName = sql`${cases.personId} IN (SELECT value FROM json_each(${matchingPeople(ctx, input.search)}))`;
    const byReference = referenceMatch(input.search);
    filters.push(byReference ? sql`(${byName} OR ${byReference})` : byName);
  }
  return and(...filters);
}

const caseRowid = sql`"cases"."rowid"`;
const personRowid = sql`"people"."rowid"`;

/**
 * Sort terms ending in rowids, so that every sort is a total order (paging never repeats or skips a
 * row) and the indexes (opened_on, last_activity_at, country_code+status, people.name) serve it whole:
 * an index entry is ordered by its columns and then the rowid.
 */
function orderFor(ctx: ServiceContext, input: CaseListInput): SQL[] {
  const direction = input.direction ?? (input.sort === 'name' || input.sort === 'country' ? 'asc' : 'desc');
  const by = direction === 'asc' ? asc : desc;
  switch (input.sort) {
    case 'name':
      if (withholdsConfidentialNames(ctx)) {
        // Withheld names sort after the others and not by name: placed among the names, they would hint at them.
        const withheld = boundSql(nameWithheldRaw(ctx, '"people"."id"', '"people"."confidentiality"'));
        return [asc(withheld), by(sql`CASE WHEN ${withheld} THEN '' ELSE ${people.name} END`), by(personRowid), by(caseRowid)];
      }
      return [by(people.name), by(personRowid), by(caseRowid)];
    case 'country':
      return [by(cases.countryCode), by(cases.status), by(caseRowid)];
    case 'openedOn':
      return [by(cases.openedOn), by(caseRowid)];
    case 'lastActivityAt':
      return [by(cases.lastActivityAt), by(caseRowid)];
  }
}

export function listCases(ctx: ServiceContext, input: CaseListInput): Page<CaseSummary> {
  const where = filtersFor(ctx, input);
  const order = orderFor(ctx, input);
  // First the page of case rowids from the cases table alone (joining people only to sort by name),
  // then names for just those rows: a filtered sort never looks up thousands of people it will not show.
  const pageQuery = ctx.db.select({ rowid: caseRowid }).from(cases);
  const pageRows = (input.sort === 'name' ? pageQuery.innerJoin(people, eq(people.id, cases.personId)) : pageQuery)
    .where(where)
    .orderBy(...order)
    .limit(input.limit)
    .offset(input.offset);
  const rows = ctx.db
    .select({
      caseId: cases.id,
      reference: cases.reference,
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
    .where(sql`${caseRowid} IN ${pageRows}`)
    .orderBy(...order)
    .all();
  const total = ctx.db.select({ n: sql<number>`count(*)` }).from(cases).where(where).get()?.n ?? 0;
  // The matched part of each name, for the list to mark (only the 50 or so names on the page).
  const plan = input.search ? matchPlan(input.search) : null;
  const guard = nameGuard(ctx);
  return {
    rows: rows.map(({ confidentiality, ...row }) => {
      const confidential = confidentiality === 'confidential';
      const shown = withholdName({ ...row, confidential }, guard, row.personId, confidential);
      return shown.personNameWithheld === undefined && plan ? { ...shown, nameRanges: matchedRanges(row.personName, plan) } : shown;
    }),
    total,
  };
}
