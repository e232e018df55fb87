// Fast typed inserts for bulk synthetic data: one prepared INSERT per table, built from the
// drizzle schema so column names cannot drift, bound positionally for each row. Runs inside the
// dispatcher's transaction; drizzle's query builder costs several times more per row.
import type Database from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

export type Inserter<T extends SQLiteTable> = (row: T['$inferSelect']) => void;

type Bindable = string | number | bigint | Buffer | null;

export function inserter<T extends SQLiteTable>(sqlite: Database.Database, table: T): Inserter<T> {
  const columns = Object.entries(getTableColumns(table));
  const names = columns.map(([, col]) => `"${col.name}"`).join(', ');
  const slots = columns.map(() => '?').join(', ');
  const statement = sqlite.prepare(`INSERT INTO "${getTableName(table)}" (${names}) VALUES (${slots})`);
  const keys = columns.map(([key]) => key);
  // SQLite has no booleans: drizzle stores them as 0/1, and so must we.
  const booleans = new Set(columns.filter(([, col]) => col.dataType === 'boolean').map(([key]) => key));
  const values: Bindable[] = new Array<Bindable>(keys.length).fill(null);
  return (row: T['$inferSelect']) => {
    const record = row as Record<string, Bindable | boolean | undefined>;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] ?? '';
      const value = record[key];
      values[i] = value === undefined ? null : typeof value === 'boolean' || booleans.has(key) ? (value ? 1 : 0) : value;
    }
    statement.run(values);
  };
}
