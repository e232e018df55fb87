// Contract slice: one search over names, name variants, charges, facilities and case notes, across
// scripts and transliterations (the keys are made in db/features/search/transliterate.ts).
import { z } from 'zod';

import { ALL_ROLES, method } from './core';
import type { PersonNameWithheld } from './need-to-know';

/** 'reference' is a case found by its reference (text is the reference). */
export const SEARCH_KINDS = ['name', 'variant', 'charge', 'facility', 'note', 'reference'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchHit extends PersonNameWithheld {
  /** The case the text belongs to; for a name, the person's most recent live case (null if none). */
  caseId: string | null;
  personId: string;
  personName: string;
  kind: SearchKind;
  /** The charge, detention episode (facility) or case event the text belongs to; null for names, spellings and references. */
  recordId: string | null;
  /**
   * The matched text, or a window of it around the first match for long notes; null when the
   * caller may not read it (a confidential case event seen by staff): the hit is shown, the text not.
   */
  text: string | null;
  /** Matched parts of `text` as [start, end) UTF-16 offsets, for highlighting. */
  ranges: [number, number][];
  /** True when the query matched the text as written; false when only its transliteration did. */
  exactScript: boolean;
  redacted: boolean;
}

export interface RebuildResult {
  indexed: number;
}

export const searchApi = {
  'search.query': method<SearchHit[]>()({
    input: z.object({
      q: z.string().trim().max(200, 'At most 200 characters'),
      limit: z.number().int().min(1).max(100).default(20),
    }),
    access: ALL_ROLES,
    effect: 'read',
  }),
  /** Refills the index from the records: after changes to the transliteration rules, or a repair. */
  'search.rebuild': method<RebuildResult>()({ input: z.object({}), access: ['administrator'], effect: 'write' }),
} as const;
