// Contract slice: what the app remembers per user (the deadline horizon, the review queue's filters
// and sort, saved case-list filters). Kept in the encrypted database, never in the browser's own
// storage, which is plain text on disk: a saved filter can name a person.
import { z } from 'zod';

import { ALL_ROLES, method } from './core';
import { DEADLINE_HORIZON } from './tasks';
import { reviewQueueFilters } from './review';

/**
 * Every key the app remembers, with the shape of its value. Add a key here with its schema; the
 * backend refuses any other key or a value of another shape.
 */
export const PREFERENCE_SCHEMAS = {
  /** Deadlines screen: how far ahead it looks. */
  'deadlines.horizon': DEADLINE_HORIZON,
  /** Review queue: its search, filters and sort (a search may name a person: it stays in the vault). */
  'review.queue': reviewQueueFilters,
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
