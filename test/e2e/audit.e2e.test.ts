// The audit screen over a log someone changed with the raw database key: the alert names each
// problem in words made from its code, in English and Russian. Screenshots and axe.
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { openRawDatabase } from '../db/support/raw-database';
import { call, openApp, type E2E } from './harness/fixture';

const ADMIN = { userName: 'admin', passphrase: 'correct horse battery staple 42' };

let app: E2E | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('audit screen', () => {
  it('names an edited and a missing entry in words', async () => {
    app = await openApp();
    const { page } = app;
    const { recoveryKey } = await call<{ recoveryKey: string }>(app, 'session.createVault', ADMIN);
    for (const days of [100, 110, 120, 130]) await call(app, 'settings.update', { staleCaseDays: days });
    const db = openRawDatabase(join(app.dir, 'vault'), recoveryKey);
    try {
      db.exec('DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete;');
      db.prepare("UPDATE audit_entries SET changes = '{}' WHERE seq = 2").run();
      db.prepare('DELETE FROM audit_entries WHERE seq = 4').run();
    } finally {
      db.close();
    }
    await page.goto(`${app.harness.url}#/audit`);
    const alert = page.getByRole('alert').filter({ hasText: 'The audit log has been altered.' });
    await alert.getByText('No. 2 — changed after it was written (its hash does not match)').waitFor();
    await alert.getByText('No. 4 — missing (a number is skipped or the link to the previous entry is broken)').waitFor();
    // The log is signed from the vault's first entry, so an administrator is offered to anchor it again.
    expect(await page.getByRole('button', { name: 'Accept the log as it is and anchor it again…' }).count()).toBe(1);
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('audit-altered-en');
    await page.getByLabel('Language').selectOption('ru');
    await page.getByText('№ 2 — изменена после записи (хеш не совпадает)').waitFor();
    await app.screenshot('audit-altered-ru');
    await page.getByLabel('Язык').selectOption('en');
    expect(app.consoleErrors).toEqual([]);
  }, 120_000);
});
