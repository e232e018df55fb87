// Erasing this laptop's keys end to end in the browser against a real vault: the lock screen's
// button asks once, the passphrase stops working, the recovery key still opens the data; and the
// administrator's backup list in Settings, with one backup deleted.
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';

import { openApp, send, type E2E } from './harness/fixture';

const PASSPHRASE = 'correct horse battery staple 42';

let app: E2E | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));

describe("erase this laptop's keys", () => {
  it('asks once on the lock screen, then only the recovery key opens the vault, with its data', async () => {
    app = await openApp({ locale: 'en' });
    const { page, harness, consoleErrors } = app;
    const created = await send(app, 'session.createVault', { userName: 'admin', displayName: 'Aigerim Admin', passphrase: PASSPHRASE });
    const person = await send(app, 'people.create', { name: 'Нурлан Ахметов' });
    await send(app, 'backup.create', {});
    await send(app, 'session.lock', {});
    await page.reload();
    await page.getByRole('heading', { name: 'Habeas is locked' }).waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('erase-lock-screen-en');

    await page.getByRole('button', { name: "Erase this laptop's keys…" }).click();
    const dialog = page.getByRole('dialog', { name: "Erase this laptop's keys?" });
    await dialog.waitFor();
    // Cancel has the focus: Enter on a stray keypress erases nothing.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('erase-dialog-en');
    await dialog.getByRole('button', { name: 'Erase the keys' }).click();
    await page.getByRole('heading', { name: 'Unlock with the recovery key' }).waitFor();
    await page.getByText("This laptop's keys were erased.", { exact: true }).waitFor();
    await app.screenshot('erase-after-en');

    const refused = await harness.call('session.unlock', { userName: 'admin', passphrase: PASSPHRASE });
    expect(refused.ok === false && refused.error).toMatchObject({ code: 'CONFLICT', details: { reason: 'keys_erased' } });

    await page.getByLabel('User name').fill('admin');
    await field(page, 'Recovery key').fill(created.recoveryKey);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Lock' }).waitFor();
    expect(await send(app, 'people.get', { id: person.id })).toMatchObject({ name: 'Нурлан Ахметов' });

    // Settings → Backups: the list, and one backup deleted after its confirmation.
    await page.goto(`${harness.url}#/settings`);
    await page.getByRole('heading', { name: "Backups in the vault's folder" }).waitFor();
    await page.getByRole('cell', { name: 'Made on request' }).waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await page.getByRole('heading', { name: 'Erase keys after failed unlocks' }).scrollIntoViewIfNeeded();
    await app.screenshot('settings-backups-en');
    const manual = page.getByRole('row').filter({ hasText: 'Made on request' });
    await manual.getByRole('button').click();
    const confirm = page.getByRole('dialog', { name: 'Delete this backup?' });
    await confirm.getByRole('button', { name: 'Delete the backup', exact: true }).click();
    await page.getByRole('cell', { name: 'Made on request' }).waitFor({ state: 'detached' });
    expect((await send(app, 'backup.list', {})).backups.map((b) => b.kind)).toEqual(['auto']);
    expect(consoleErrors).toEqual([]);
  });

  it('explains itself in Russian', async () => {
    app = await openApp({ locale: 'ru' });
    const { page } = app;
    await send(app, 'session.createVault', { userName: 'admin', passphrase: PASSPHRASE });
    await send(app, 'session.lock', {});
    await page.reload();
    await page.getByRole('button', { name: 'Стереть ключи на этом ноутбуке…' }).click();
    await page.getByRole('dialog', { name: 'Стереть ключи на этом ноутбуке?' }).waitFor();
    await app.screenshot('erase-dialog-ru');
    expect(app.consoleErrors).toEqual([]);
  });
});
