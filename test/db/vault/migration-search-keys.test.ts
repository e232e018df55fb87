// Migrations 0008 and 0010: search keys made by older rules are recomputed, so a Chinese name
// already in a vault is found by its pinyin, and a Turkish one by its spelling without marks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { insertEarlyCase } from '../support/early-records';
import { createTestVault, migrationsBefore, restoreMigrations, type TestVault } from '../support/test-vault';

/** How many index entries a word matches, asked of the full-text index itself (the services read later columns). */
const matches = (v: TestVault, word: string): number =>
  (v.sqlite.prepare('SELECT count(*) AS n FROM search_index WHERE search_index MATCH ?').get(`keys:${word}*`) as { n: number }).n;

describe('migration 0008 (pinyin search keys)', () => {
  it('recomputes keys written by the older rules', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'habeas-migrations-'));
    const migrationsDir = migrationsBefore('0008', scratch);
    const v = createTestVault({ migrationsDir });
    try {
      v.signInAsAdmin();
      const c = insertEarlyCase(v, '刘晓波');
      // The key as the rules before pinyin wrote it: the characters only.
      v.sqlite.prepare("UPDATE search_docs SET keys = '刘 晓 波' WHERE original = '刘晓波'").run();
      expect(matches(v, 'liu')).toBe(0);
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

describe('migration 0010 (Latin diacritics folded both ways)', () => {
  it('recomputes keys written by the older rules', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'habeas-migrations-'));
    const migrationsDir = migrationsBefore('0010', scratch);
    const v = createTestVault({ migrationsDir });
    try {
      v.signInAsAdmin();
      const c = insertEarlyCase(v, 'Seda Taşkın');
      // The key as the rules before wrote it: ş read only as sh, so "Taskin" met nothing.
      v.sqlite.prepare("UPDATE search_docs SET keys = 'seda tashkin' WHERE original = 'Seda Taşkın'").run();
      expect(matches(v, 'taskin')).toBe(0);
      v.call('session.lock', {});
      restoreMigrations(migrationsDir);
      v.signInAsAdmin();
      expect(v.call('search.query', { q: 'Seda Taskin' })[0]).toMatchObject({ personId: c.personId, kind: 'name' });
      expect(v.call('search.query', { q: 'Seda Tashkin' })[0]).toMatchObject({ personId: c.personId, kind: 'name' });
    } finally {
      v.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
