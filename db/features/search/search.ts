// Search over the full-text index (migration 0005): ranked hits across names, spellings, charges,
// facilities and case notes, and the administrator's rebuild. The index is kept by triggers, so
// nothing here writes to it on ordinary changes; see the migration for why.
import type { ServiceContext } from '../../backend/context';
import type { HandlersFor } from '../../backend/handler-map';
import type { SearchHit, SearchKind, searchApi } from '../../contract/search';
import { redactsConfidential } from '../cases/case-events';
import { matchedRanges, matchPlan, snippet, type MatchPlan } from './search-match';
import { caseVisibleRaw, nameGuard, personVisibleRaw, type NameGuard } from '../common/visibility';
import { withholdName } from '../common/withheld-names';
import { referenceMatchRaw } from '../cases/case-reference-search';

interface HitRow {
  id: number;
  /** 'table:id' of the text's own record. */
  source: string;
  kind: SearchKind;
  personId: string;
  personName: string;
  caseId: string | null;
  confidential: number;
  personConfidential: number;
  original: string;
}

/**
 * Index rows only, best first (a match in the original text weighs twice one in the keys). Ranking
 * and limiting happen inside FTS5 on rowids, before any other table is read: joining people and
 * cases for every match of a short prefix would decrypt thousands of pages for 20 hits.
 */
const RANKED_SQL = 'SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY bm25(search_index, 2.0, 1.0) LIMIT ?';

/**
 * The details of the chosen rows. A row whose person or case was deleted is dropped here, so a
 * stale row (a charge under a deleted case) never surfaces. A name's case is the person's latest live one.
 * So is a row the caller may not see (visibility.ts): a hidden case's text, a hidden person's name.
 */
function detailsSql(ctx: ServiceContext): { text: string; params: string[] } {
  const caseShown = caseVisibleRaw(ctx, 'd.case_id');
  const personShown = personVisibleRaw(ctx, 'd.person_id');
  const text = `
  SELECT d.id AS id, d.source AS source, d.kind AS kind, d.person_id AS personId, p.name AS personName, d.confidential AS confidential,
    p.confidentiality = 'confidential' AS personConfidential, d.original AS original,
    coalesce(d.case_id, (SELECT c.id FROM cases c WHERE c.person_id = d.person_id AND c.deleted_at IS NULL
      ORDER BY c.opened_on DESC, c.rowid DESC LIMIT 1)) AS caseId
  FROM search_docs d
  JOIN people p ON p.id = d.person_id AND p.deleted_at IS NULL
  LEFT JOIN cases k ON k.id = d.case_id
  WHERE d.id IN (SELECT value FROM json_each(?)) AND (d.case_id IS NULL OR k.deleted_at IS NULL)
    AND (d.case_id IS NULL OR ${caseShown.sql}) AND ${personShown.sql}`;
  return { text, params: [...caseShown.params, ...personShown.params] };
}

/**
 * A hit as the caller may see it, or null. A confidential person's name withheld from the caller
 * never matches (the hit would confirm the name typed); their other texts match under the code.
 */
function shownHit(ctx: ServiceContext, guard: NameGuard, row: HitRow, exact: boolean, plan: MatchPlan): SearchHit | null {
  if (guard.withheld(row.personId, row.personConfidential === 1) === null) return toHit(ctx, row, exact, plan);
  if (row.kind === 'name' || row.kind === 'variant') return null;
  const hit = withholdName(toHit(ctx, row, exact, plan), guard, row.personId, true);
  // A note about them may well name them: it is shown as a match, its words are not.
  return row.kind === 'note' ? { ...hit, text: null, ranges: [], redacted: true } : hit;
}

function toHit(ctx: ServiceContext, row: HitRow, exact: boolean, plan: MatchPlan): SearchHit {
  // A name or spelling opens the person's case; a charge, facility or note opens its own record.
  const recordId = row.kind === 'name' || row.kind === 'variant' ? null : row.source.slice(row.source.indexOf(':') + 1);
  const base = { caseId: row.caseId, personId: row.personId, personName: row.personName, kind: row.kind, recordId, exactScript: exact };
  if (row.kind === 'note' && row.confidential === 1 && redactsConfidential(ctx.user.role)) {
    // Staff learn that a confidential entry matches (so they can ask a caseworker), never its words.
    return { ...base, text: null, ranges: [], redacted: true };
  }
  const cut = snippet(row.original, matchedRanges(row.original, plan));
  return { ...base, text: cut.text, ranges: cut.ranges, redacted: false };
}

/**
 * Cases whose reference the query is, starts or ends with, ahead of text matches: someone typing a
 * reference wants that case. The person's name is withheld as on any other hit; the reference never is.
 */
function referenceHits(ctx: ServiceContext, guard: NameGuard, q: string, limit: number): SearchHit[] {
  const match = referenceMatchRaw(q, 'c');
  if (!match) return [];
  const caseShown = caseVisibleRaw(ctx, 'c.id');
  const rows = ctx.sqlite
    .prepare(
      `SELECT c.id AS caseId, c.reference AS reference, c.person_id AS personId, p.name AS personName, p.confidentiality = 'confidential' AS confidential
       FROM cases c JOIN people p ON p.id = c.person_id AND p.deleted_at IS NULL
       WHERE ${match.sql} AND c.deleted_at IS NULL AND ${caseShown.sql} ORDER BY c.reference LIMIT ?`,
    )
    .all(...match.params, ...caseShown.params, limit) as { caseId: string; reference: string; personId: string; personName: string; confidential: number }[];
  return rows.map((r) => {
    const ranges: [number, number][] = [match.kind === 'prefix' ? [0, match.length] : [r.reference.length - match.length, r.reference.length]];
    const hit: SearchHit = { caseId: r.caseId, personId: r.personId, personName: r.personName, kind: 'reference', recordId: null, text: r.reference, ranges, exactScript: true, redacted: false };
    return withholdName(hit, guard, r.personId, r.confidential === 1);
  });
}

/** References first (see referenceHits), then matches as written, then the transliterated ones, each group by bm25. */
export function searchIndex(ctx: ServiceContext, q: string, limit: number): SearchHit[] {
  const byReference = referenceHits(ctx, nameGuard(ctx), q, limit);
  const plan = matchPlan(q);
  if (!plan || byReference.length >= limit) return byReference;
  return [...byReference, ...searchText(ctx, plan, limit - byReference.length)];
}

function searchText(ctx: ServiceContext, plan: MatchPlan, limit: number): SearchHit[] {
  const ranked = ctx.sqlite.prepare(RANKED_SQL).pluck();
  const sql = detailsSql(ctx);
  const details = ctx.sqlite.prepare(sql.text);
  const guard = nameGuard(ctx);
  // A few more than asked, for rows dropped as deleted; asked again with more if that was not enough.
  for (let fetch = limit + 10; ; fetch *= 4) {
    const exact = ranked.all(plan.exact, fetch) as number[];
    // Enough matches as written fill the page on their own: transliterated ones would rank below.
    const any = exact.length < fetch ? (ranked.all(plan.any, fetch) as number[]) : [];
    const exactSet = new Set(exact);
    const order = [...exact, ...any.filter((id) => !exactSet.has(id))];
    const rows = new Map((details.all(JSON.stringify(order), ...sql.params) as HitRow[]).map((r) => [r.id, r]));
    const hits = order.flatMap((id) => {
      const row = rows.get(id);
      const hit = row ? shownHit(ctx, guard, row, exactSet.has(id), plan) : null;
      return hit ? [hit] : [];
    });
    const seenAll = exact.length < fetch && any.length < fetch;
    if (hits.length >= limit || seenAll) return hits.slice(0, limit);
  }
}

/**
 * The people whose name or a spelling of it matches. As written first: only when no name matches
 * as written are transliterated matches used, so a list filter stays predictable (typing the Latin
 * spelling stored for one person does not also bring in every Cyrillic namesake).
 */
export function searchPeople(ctx: ServiceContext, q: string): string[] {
  const plan = matchPlan(q);
  if (!plan) return [];
  const people = ctx.sqlite.prepare(
    `SELECT DISTINCT d.person_id FROM search_index JOIN search_docs d ON d.id = search_index.rowid
     WHERE search_index MATCH ? AND d.kind IN ('name', 'variant')`,
  );
  const exact = people.pluck().all(plan.exact) as string[];
  return exact.length > 0 ? exact : (people.pluck().all(plan.any) as string[]);
}

export const searchHandlers: HandlersFor<typeof searchApi> = {
  'search.query': (ctx, input) => searchIndex(ctx, input.q, input.limit),

  'search.rebuild': (ctx) => {
    const removed = ctx.sqlite.prepare('DELETE FROM search_docs').run().changes;
    const indexed = ctx.sqlite
      .prepare(
        `INSERT INTO search_docs (source, kind, person_id, case_id, confidential, original, keys)
         SELECT source, kind, person_id, case_id, confidential, original, habeas_search_key(original) FROM search_sources`,
      )
      .run().changes;
    // The triggers kept the index in step row by row; 'rebuild' then re-reads search_docs whole, so
    // an index damaged before (the reason to rebuild) cannot keep stray entries.
    ctx.sqlite.prepare("INSERT INTO search_index(search_index) VALUES ('rebuild')").run();
    ctx.audit({ action: 'search.rebuild', tableName: 'search_docs', changes: { removed, indexed } });
    return { indexed };
  },
};
