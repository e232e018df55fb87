// Per-user remembered choices: one row per user and key, replaced on every set.
import { and, eq } from 'drizzle-orm';

import type { HandlersFor } from '../../backend/handler-map';
import { fieldDetails, invalid } from '../../backend/errors';
import { PREFERENCE_SCHEMAS, type preferencesApi } from '../../contract/preferences';
import { userPreferences } from '../../schema';

export const preferencesHandlers: HandlersFor<typeof preferencesApi> = {
  'preferences.get': (ctx, input) => {
    const row = ctx.db
      .select()
      .from(userPreferences)
      .where(and(eq(userPreferences.userId, ctx.user.id), eq(userPreferences.key, input.key)))
      .get();
    if (!row) return { key: input.key, value: null, updatedAt: null };
    // A value stored under an older shape reads as "never chosen" rather than breaking the screen.
    const parsed = PREFERENCE_SCHEMAS[input.key].safeParse(JSON.parse(row.value));
    return parsed.success ? { key: input.key, value: parsed.data, updatedAt: row.updatedAt } : { key: input.key, value: null, updatedAt: null };
  },
  'preferences.set': (ctx, input) => {
    const parsed = PREFERENCE_SCHEMAS[input.key].safeParse(input.value);
    if (!parsed.success) throw invalid('This value does not fit that preference.', { reason: 'preference_value_invalid', ...fieldDetails({ value: ['Not a valid value', 'invalid'] }) });
    const updatedAt = ctx.now();
    const value = JSON.stringify(parsed.data);
    ctx.db
      .insert(userPreferences)
      .values({ userId: ctx.user.id, key: input.key, value, updatedAt })
      .onConflictDoUpdate({ target: [userPreferences.userId, userPreferences.key], set: { value, updatedAt } })
      .run();
    return { key: input.key, value: parsed.data, updatedAt };
  },
};
