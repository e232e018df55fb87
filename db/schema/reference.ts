// Reference tables: countries, users and settings.
import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

import { ROLES } from '../contract/core';
import { recordColumns } from './columns';

export const countries = sqliteTable('countries', {
  code: text('code').primaryKey(),
  nameEn: text('name_en').notNull(),
  nameRu: text('name_ru').notNull(),
  focus: integer('focus', { mode: 'boolean' }).notNull().default(false),
});

/** Country names people write that CLDR does not know ("Burma", "Киргизия"), added by users at import. */
export const countryAliases = sqliteTable(
  'country_aliases',
  {
    ...recordColumns,
    /** The name folded: lower case, no diacritics, punctuation and runs of spaces made one space. */
    alias: text('alias').notNull(),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
  },
  (t) => [uniqueIndex('country_aliases_alias_unique').on(t.alias)],
);

export const users = sqliteTable(
  'users',
  {
    ...recordColumns,
    /** Sign-in name, compared case-insensitively. */
    name: text('name').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [uniqueIndex('users_name_unique').on(sql`lower(${t.name})`)],
);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  /** JSON-encoded value. */
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** Autosaved form drafts, per user and form, so a crash or a lock loses nothing typed. */
export const drafts = sqliteTable(
  'drafts',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    formKey: text('form_key').notNull(),
    /** JSON of the form's values as typed. */
    data: text('data').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('drafts_user_form_unique').on(t.userId, t.formKey)],
);

/** Per-user choices the app remembers (deadline horizon, review queue filters, saved case filters): JSON values. */
export const userPreferences = sqliteTable(
  'user_preferences',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    key: text('key').notNull(),
    /** JSON of the value. */
    value: text('value').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('user_preferences_user_key_unique').on(t.userId, t.key)],
);
