// Applies committed drizzle-kit migrations at unlock, in one transaction, after an automatic
// encrypted backup whenever an existing database has migrations waiting.
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';

import { ServiceError } from '../backend/errors';

export interface MigrationPlan {
  applied: number;
  pending: number;
}

export function planMigrations(sqlite: Database.Database, migrationsFolder: string): MigrationPlan {
  const files = readMigrationFiles({ migrationsFolder });
  const table = sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name='__drizzle_migrations'").get();
  if (!table) return { applied: 0, pending: files.length };
  const last = sqlite.prepare('SELECT created_at AS at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1').get() as
    | { at: number }
    | undefined;
  const lastAt = Number(last?.at ?? 0);
  const pending = files.filter((m) => m.folderMillis > lastAt).length;
  return { applied: files.length - pending, pending };
}

export function applyMigrations(sqlite: Database.Database, migrationsFolder: string): void {
  try {
    migrate(drizzle(sqlite), { migrationsFolder });
  } catch {
    throw new ServiceError('CORRUPT', 'The database could not be brought up to date. Nothing was changed; a backup was kept.');
  }
}
