// Applies committed drizzle-kit migrations at unlock, in one transaction, after an automatic
// encrypted backup whenever an existing database has migrations waiting.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';

import { ServiceError } from '../backend/errors';
import type { MigrationCause, MigrationFailureDetails } from '../contract/migration-failure';

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


const MAX_MESSAGE = 300;

/** The tags ("0010_search_keys_fold") of the migrations not yet applied, in order. */
function pendingTags(sqlite: Database.Database, migrationsFolder: string): string[] {
  const { applied } = planMigrations(sqlite, migrationsFolder);
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  return journal.entries.slice(applied).map((e) => e.tag);
}

/**
 * Why a migration failed, as facts safe to log and to show: the migrations that were to run (drizzle
 * runs them in one transaction and does not say which statement failed), the innermost error's
 * class, SQLite's code and its first line. Statements come from our committed files, never from users.
 */
export function migrationCause(error: unknown, pending: string[]): MigrationCause {
  // drizzle may wrap the driver's error (DrizzleQueryError) around SQLite's own.
  let inner: unknown = error;
  while (inner instanceof Error && inner.cause instanceof Error) inner = inner.cause;
  const e = inner instanceof Error ? inner : new Error(String(inner));
  const code = (e as Error & { code?: unknown }).code;
  return { pending, name: e.name, code: typeof code === 'string' ? code : null, message: e.message.split('\n')[0]?.slice(0, MAX_MESSAGE) ?? '' };
}

export function applyMigrations(sqlite: Database.Database, migrationsFolder: string): void {
  const pending = pendingTags(sqlite, migrationsFolder);
  try {
    migrate(drizzle(sqlite), { migrationsFolder });
  } catch (e) {
    const details: MigrationFailureDetails = { reason: 'migration_failed', cause: migrationCause(e, pending) };
    throw new ServiceError('CORRUPT', 'The database could not be brought up to date. Nothing was changed; a backup was kept.', details, { cause: e });
  }
}
