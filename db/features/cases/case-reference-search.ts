// Finding cases by reference, for the case list's search and the search palette: a whole reference
// or its start uses the unique index (GLOB keeps to it, LIKE would not); the code alone reads the
// index's 100,000 short strings, still a few milliseconds.
import { sql, type SQL } from 'drizzle-orm';

import { referenceQuery } from '../../../shared/case-reference';
import { cases } from '../../schema';

/** A condition on cases for a search term that can be part of a reference, else null. */
export function referenceMatch(typed: string): SQL | null {
  const query = referenceQuery(typed);
  if (!query) return null;
  // The terms are only capitals, digits and dashes (referenceQuery), nothing GLOB reads specially.
  if (query.kind === 'prefix') return sql`${cases.reference} GLOB ${`${query.prefix}*`}`;
  return sql`substr(${cases.reference}, -5) = ${query.code}`;
}

export interface RawReferenceMatch {
  sql: string;
  params: string[];
  /** Which end of the reference matched, and how many characters of it. */
  kind: 'prefix' | 'code';
  length: number;
}

/** The same as raw SQL on a cases row aliased `alias`, with its parameter. */
export function referenceMatchRaw(typed: string, alias: string): RawReferenceMatch | null {
  const query = referenceQuery(typed);
  if (!query) return null;
  if (query.kind === 'prefix') return { sql: `${alias}.reference GLOB ?`, params: [`${query.prefix}*`], kind: 'prefix', length: query.prefix.length };
  return { sql: `substr(${alias}.reference, -5) = ?`, params: [query.code], kind: 'code', length: query.code.length };
}
