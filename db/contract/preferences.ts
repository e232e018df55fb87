// Contract slice: what the app remembers per user (the deadline horizon, the review queue's filters
// and sort, saved case-list filters). Kept in the encrypted database, never in the browser's own
// storage, which is plain text on disk: a saved filter can name a person.
import { z } from 'zod';

import { CASE_SORTS } from './cases';
import { ALL_ROLES, countryCode, id, method } from './core';
import { DEADLINE_HORIZON } from './tasks';
import { reviewQueueFilters } from './review';
import { CASE_STATUSES, DETENTION_STATUSES, PROFESSIONS } from '../../shared/vocabulary';

/** How many filters one user may save on the case list, and how long a name may be. */
export const MAX_SAVED_CASE_FILTERS = 50;
export const MAX_SAVED_FILTER_NAME = 80;

/** The case list's filters as saved: the renderer's filter shape, '' meaning "any". */
export const savedCaseFilterValues = z.object({
  countryCode: countryCode.or(z.literal('')),
  status: z.array(z.enum(CASE_STATUSES)).max(CASE_STATUSES.length),
  detentionStatus: z.enum(DETENTION_STATUSES).or(z.literal('')),
  profession: z.enum(PROFESSIONS).or(z.literal('')),
  caseworkerId: id.or(z.literal('')),
  search: z.string().max(200),
  sort: z.enum(CASE_SORTS),
  direction: z.enum(['asc', 'desc']),
});

export const savedCaseFilter = z.object({
  /** Made by the renderer when saved; stays the same through renames. */
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(MAX_SAVED_FILTER_NAME),
  filters: savedCaseFilterValues,
});
export type SavedCaseFilter = z.output<typeof savedCaseFilter>;

/**
 * Every key the app remembers, with the shape of its value. Add a key here with its schema; the
 * backend refuses any other key or a value of another shape.
 */
export const PREFERENCE_SCHEMAS = {
  /** Deadlines screen: how far ahead it looks. */
  'deadlines.horizon': DEADLINE_HORIZON,
  /** Review queue: its search, filters and sort (a search may name a person: it stays in the vault). */
  'review.queue': reviewQueueFilters,
  /** Case list: filters saved under a name, in the order shown. */
  'cases.savedFilters': z.array(savedCaseFilter).max(MAX_SAVED_CASE_FILTERS),
} as const satisfies Record<string, z.ZodType>;

export type PreferenceKey = keyof typeof PREFERENCE_SCHEMAS;
export type PreferenceValue<K extends PreferenceKey> = z.output<(typeof PREFERENCE_SCHEMAS)[K]>;
export const PREFERENCE_KEYS = Object.keys(PREFERENCE_SCHEMAS) as [PreferenceKey, ...PreferenceKey[]];

const key = z.enum(PREFERENCE_KEYS);

export interface Preference {
  key: PreferenceKey;
  /** null when the user never chose: the screen uses its default. */
  value: unknown;
  updatedAt: string | null;
}

export const preferencesApi = {
  /** The signed-in user's remembered value for one key. */
  'preferences.get': method<Preference>()({ input: z.object({ key }), access: ALL_ROLES, effect: 'read' }),
  /** Remembers a value for the signed-in user (refused when it is not of the key's shape). */
  'preferences.set': method<Preference>()({
    input: z.object({ key, value: z.unknown() }),
    access: ALL_ROLES,
    effect: 'write',
    unaudited: true,
  }),
} as const;
