// The audit screen over a log someone changed with the raw database key: the alert names each
// problem in words made from its code, in English and Russian; the check of attached files names a
// file whose bytes were changed the same way. Screenshots and axe.
import { createHash } from 'node:crypto';
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

  it('checks every attached file on demand and names one changed behind the app’s back', async () => {
    app = await openApp();
    const { page } = app;
    const { recoveryKey } = await call<{ recoveryKey: string }>(app, 'session.createVault', ADMIN);
    const referral = await call<{ id: string }>(app, 'referrals.create', { receivedOn: '2025-12-01', channel: 'family', countryCode: 'KZ', consent: 'none', person: { name: 'Кабиров Ержан' } });
    const { caseId } = await call<{ caseId: string }>(app, 'referrals.decide', { id: referral.id, decision: 'accepted' });
    const ids: string[] = [];
    for (const [fileName, text] of [['приговор.pdf', '%PDF-1.4 verdict'], ['letter.txt', 'a letter from the family']] as const) {
      const bytes = Buffer.from(text);
      const begun = await call<{ id: string }>(app, 'attachments.begin', {
        caseId, subjectKind: 'case', subjectId: null, fileName, mediaType: 'application/octet-stream', size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'), confidential: false,
      });
      await call(app, 'attachments.chunk', { id: begun.id, seq: 0, data: bytes.toString('base64') });
      await call(app, 'attachments.finish', { id: begun.id });
      ids.push(begun.id);
    }
    await page.goto(`${app.harness.url}#/audit`);
    const check = page.getByRole('button', { name: 'Check the database and every attached file' });
    await check.click();
    await page.getByRole('status').filter({ hasText: 'Database sound; 2 attached files checked' }).waitFor();

    const db = openRawDatabase(join(app.dir, 'vault'), recoveryKey);
    try {
      db.prepare('UPDATE attachment_chunks SET data = ? WHERE attachment_id = ?').run(Buffer.from('%PDF-1.4 VERDICT'), ids[0]);
    } finally {
      db.close();
    }
    await check.click();
    const alert = page.getByRole('alert').filter({ hasText: 'The vault is damaged or was changed behind the app’s back.' });
    await alert.getByText('its bytes were changed after intake (the SHA-256 does not match)').waitFor();
    expect(await alert.getByText('приговор.pdf').count()).toBe(1);
    expect(await alert.getByText('letter.txt').count()).toBe(0);
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('audit-files-damaged-en');
    await page.getByLabel('Language').selectOption('ru');
    await page.getByText('содержимое изменено после приёма (SHA-256 не совпадает)').waitFor();
    await app.screenshot('audit-files-damaged-ru');
    await page.getByLabel('Язык').selectOption('en');
    expect(app.consoleErrors).toEqual([]);
  }, 120_000);
});
