// Migration 0007: answers to requested changes, kept in audit entries before the reviews table had
// a column for them, are copied into the new column so supervisors still see them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';

import { appendAudit } from '../../../db/backend/audit-log';
import { insertEarlyCase } from '../support/early-records';
import { createTestVault, migrationsBefore, restoreMigrations } from '../support/test-vault';

describe('migration 0007 (review answers)', () => {
  it('copies an answer from its audit entry into the review', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'habeas-migrations-'));
    const migrationsDir = migrationsBefore('0007', scratch);
    const v = createTestVault({ migrationsDir });
    try {
      const admin = v.signInAsAdmin();
      const c = insertEarlyCase(v, 'Кабиров Ержан');
      // A review answered under the old code: the answer's words only in the audit entry.
      const reviewId = uuidv7();
      const at = '2026-01-15T12:00:00.000Z';
      v.sqlite
        .prepare(
          `INSERT INTO reviews (id, created_at, updated_at, case_id, supervisor_id, reviewed_at, verdict, comment, covers_until, answered_at)
           VALUES (?, ?, ?, ?, ?, ?, 'changes_requested', 'Add the arrest date', ?, ?)`,
        )
        .run(reviewId, at, at, c.caseId, admin.id, at, at, at);
      appendAudit(v.sqlite, { action: 'review.answer', tableName: 'reviews', recordId: reviewId, changes: { comment: 'Arrest date added' } }, admin, at);
      v.call('session.lock', {});
      restoreMigrations(migrationsDir);
      v.signInAsAdmin();
      expect(v.call('review.forCase', { caseId: c.caseId }).reviews).toMatchObject([{ id: reviewId, answer: 'Arrest date added', answeredAt: at }]);
      expect(v.call('audit.verify', {})).toMatchObject({ ok: true });
    } finally {
      v.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
