// The details of a CORRUPT error from a migration that failed at unlock: reason 'migration_failed'
// and the cause as facts (db/vault/migrations.ts), which the shell's log and the CLI print. Pure.
import type { ApiError } from './core';

export interface MigrationCause {
  /** The migrations that were to run, in order, one of which failed ("0010_search_keys_fold"). */
  pending: string[];
  /** The error's class (SqliteError, DrizzleQueryError). */
  name: string;
  /** SQLite's code (SQLITE_ERROR), when the driver gave one. */
  code: string | null;
  /** SQLite's first line: names tables, columns and constraints, never stored values or keys. */
  message: string;
}

export interface MigrationFailureDetails {
  reason: 'migration_failed';
  cause: MigrationCause;
}

const isText = (v: unknown): v is string => typeof v === 'string';

/** The migration cause an error carries, or null for any other error. */
export function migrationFailureOf(error: Pick<ApiError, 'code' | 'details'>): MigrationCause | null {
  if (error.code !== 'CORRUPT') return null;
  const details = error.details as { reason?: unknown; cause?: Partial<Record<keyof MigrationCause, unknown>> } | undefined;
  const cause = details?.cause;
  if (details?.reason !== 'migration_failed' || typeof cause !== 'object' || cause === null) return null;
  if (!isText(cause.name) || !isText(cause.message)) return null;
  return {
    pending: Array.isArray(cause.pending) ? cause.pending.filter(isText) : [],
    name: cause.name,
    code: isText(cause.code) ? cause.code : null,
    message: cause.message,
  };
}

/** One line for a log or a terminal: `migration 0010_x: SqliteError SQLITE_ERROR: no such table: t`. */
export function migrationCauseText(cause: MigrationCause): string {
  const where = cause.pending.length === 1 ? `migration ${cause.pending.join('')}` : `migrations ${cause.pending.join(', ')}`;
  const what = [cause.name, cause.code].filter((p): p is string => p !== null && p !== '').join(' ');
  return `${where}: ${what}: ${cause.message}`;
}
