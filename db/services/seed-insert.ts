// Fast typed inserts for bulk synthetic data: one prepared INSERT per table, built from the
// drizzle schema so column names cannot drift, bound positionally for each row. Runs inside the
// dispatcher's transaction; drizzle's query builder is ten times slower for a million rows.
import type Database from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

export interface Inserter<T extends SQLiteTable> {
  (row: T['$inferSelect']): void;
  count: number;
}

export function inserter<T extends SQLiteTable>(sqlite: Database.Database, table: T): Inserter<T> {
  const columns = Object.entries(getTableColumns(table));
  const names = columns.map(([, col]) => `"${col.name}"`).join(', ');
  const slots = columns.map(() => '?').join(', ');
  const statement = sqlite.prepare(`INSERT INTO "${getTableName(table)}" (${names}) VALUES (${slots})`);
  const insert = ((row: T['$inferSelect']) => {
    const record = row as Record<string, unknown>;
    // mapToDriverValue turns booleans into 0/1 the way drizzle itself stores them.
    statement.run(columns.map(([key, col]) => {
      const value = record[key];
      return value === null || value === undefined ? null : (col.mapToDriverValue(value) as unknown);
    }));
    insert.count += 1;
  }) as Inserter<T>;
  insert.count = 0;
  return insert;
}
