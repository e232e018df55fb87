// Migration 0008: search keys made before pinyin was added are recomputed, so a Chinese name
// already in a vault is found by its pinyin after the upgrade.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { openCase } from '../services/fixtures';
import { createTestVault, migrationsBefore, restoreMigrations } from '../support/test-vault';

describe('migration 0008 (pinyin search keys)', () => {
  it('recomputes keys written by the older rules', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'habeas-migrations-'));
    const migrationsDir = migrationsBefore('0008', scratch);
    const v = createTestVault({ migrationsDir });
    try {
      v.signInAsAdmin();
      const c = openCase(v, { name: '刘晓波' });
      // The key as the rules before pinyin wrote it: the characters only.
      v.sqlite.prepare("UPDATE search_docs SET keys = '刘 晓 波' WHERE original = '刘晓波'").run();
      expect(v.call('search.query', { q: 'Liu Xiaobo' })).toEqual([]);
      v.call('session.lock', {});
      restoreMigrations(migrationsDir);
      v.signInAsAdmin();
      expect(v.call('search.query', { q: 'Liu Xiaobo' })[0]).toMatchObject({ personId: c.personId, kind: 'name' });
    } finally {
      v.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
