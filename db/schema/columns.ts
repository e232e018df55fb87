// Columns every stored record carries: a UUIDv7 id, ISO timestamps and soft deletion,
// so that several caseworkers' databases can later be merged without renumbering.
import { text } from 'drizzle-orm/sqlite-core';

export const DATE_PRECISION = ['year', 'month', 'day'] as const;

export const recordColumns = {
  id: text('id').primaryKey(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deletedAt: text('deleted_at'),
};

/** A partial date: the value as YYYY, YYYY-MM or YYYY-MM-DD (sorts as text) and its precision. */
export function partialDateColumns<N extends string>(name: N) {
  return {
    value: text(name),
    precision: text(`${name}_precision`, { enum: DATE_PRECISION }),
  };
}
