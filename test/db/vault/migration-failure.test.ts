// A migration that fails at unlock: the vault is left as it was, and the error keeps its cause (the
// migration, SQLite's code and message) in `details` for the shell's log and the CLI, never a secret.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { describeFailure, fromApiError } from '../../../db/cli/errors';
import { ADMIN_PASSPHRASE, createTestVault, migrationsBefore } from '../support/test-vault';

interface Journal {
  entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[];
}

describe('a migration that fails', () => {
  it('changes nothing and reports its cause in details', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'habeas-migrations-'));
    // Every committed migration, and then one whose second statement cannot run.
    const migrationsDir = migrationsBefore('9999', scratch);
    const v = createTestVault({ migrationsDir });
    try {
      v.signInAsAdmin();
      v.call('session.lock', {});
      const journalFile = join(migrationsDir, 'meta', '_journal.json');
      const committed = readFileSync(journalFile, 'utf8');
      const journal = JSON.parse(committed) as Journal;
      const last = journal.entries.at(-1);
      journal.entries.push({ idx: (last?.idx ?? 0) + 1, version: '6', when: (last?.when ?? 0) + 1000, tag: '9000_broken', breakpoints: true });
      writeFileSync(journalFile, JSON.stringify(journal));
      writeFileSync(
        join(migrationsDir, '9000_broken.sql'),
        'CREATE TABLE half_done (x integer);\n--> statement-breakpoint\nALTER TABLE no_such_table ADD COLUMN y integer;\n',
      );

      const r = v.result('session.unlock', { userName: 'admin', passphrase: ADMIN_PASSPHRASE });
      expect(r.ok).toBe(false);
      const error = r.ok ? null : r.error;
      expect(error).toEqual({
        code: 'CORRUPT',
        message: 'The database could not be brought up to date. Nothing was changed; a backup was kept.',
        details: {
          reason: 'migration_failed',
          cause: { pending: ['9000_broken'], name: 'SqliteError', code: 'SQLITE_ERROR', message: 'no such table: no_such_table' },
        },
      });
      expect(JSON.stringify(error)).not.toContain(ADMIN_PASSPHRASE);
      // The CLI prints the cause on its one line.
      if (error) {
        expect(describeFailure(fromApiError(error)).line).toBe(
          'habeas: The database could not be brought up to date. Nothing was changed; a backup was kept. ' +
            'Cause: migration 9000_broken: SqliteError SQLITE_ERROR: no such table: no_such_table. (CORRUPT)',
        );
      }

      // Without the broken migration the vault opens as before: its first statement was rolled back.
      writeFileSync(journalFile, committed);
      v.signInAsAdmin();
      expect(v.sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
      expect(v.call('audit.verify', {})).toMatchObject({ ok: true });
    } finally {
      v.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
