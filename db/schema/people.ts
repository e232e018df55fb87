// Detainees, the spellings of their names and the people around them.
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

import { CONFIDENTIALITY, PROFESSIONS, SEXES } from '../../shared/vocabulary';
import { partialDateColumns, recordColumns } from './columns';
import { countries } from './reference';

const birth = partialDateColumns('birth_date');

export const people = sqliteTable(
  'people',
  {
    ...recordColumns,
    name: text('name').notNull(),
    sex: text('sex', { enum: SEXES }).notNull().default('unknown'),
    birthDate: birth.value,
    birthDatePrecision: birth.precision,
    citizenship: text('citizenship').references(() => countries.code),
    organisations: text('organisations'),
    confidentiality: text('confidentiality', { enum: CONFIDENTIALITY }).notNull().default('normal'),
    notes: text('notes'),
  },
  (t) => [index('people_name_idx').on(t.name)],
);

export const personProfessions = sqliteTable(
  'person_professions',
  {
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    profession: text('profession', { enum: PROFESSIONS }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.profession] }), index('person_professions_profession_idx').on(t.profession)],
);

export const nameVariants = sqliteTable(
  'name_variants',
  {
    ...recordColumns,
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    name: text('name').notNull(),
    /** Script of the spelling: latin, cyrillic, han, arabic or other. */
    script: text('script').notNull(),
  },
  (t) => [index('name_variants_person_idx').on(t.personId), index('name_variants_name_idx').on(t.name)],
);

export const contacts = sqliteTable(
  'contacts',
  {
    ...recordColumns,
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    name: text('name').notNull(),
    relation: text('relation').notNull(),
    reach: text('reach'),
    confidential: integer('confidential', { mode: 'boolean' }).notNull().default(true),
    notes: text('notes'),
  },
  (t) => [index('contacts_person_idx').on(t.personId)],
);
