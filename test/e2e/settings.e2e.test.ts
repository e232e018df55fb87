// Settings end to end: an administrator manages users, organisation settings and backups; a
// caseworker sees only their own passphrase and the backend refuses them the rest.
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';

import { openApp, type E2E } from './harness/fixture';

const ADMIN_PASSPHRASE = 'correct horse battery staple 42';
const FIRST_PASSPHRASE = 'amber lantern quietly folding 7';
const RESET_PASSPHRASE = 'granite orchard whistles at noon 9';
const OWN_PASSPHRASE = 'velvet compass under tin roofs 3';

let app: E2E | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/** A field by its whole label; required fields' labels end in a star that is not part of the name. */
const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));

/** A vault whose administrator is 'admin', prepared further by `setup` while still unlocked. */
async function openWithAdmin(locale: 'en' | 'ru', setup: (harness: E2E['harness']) => Promise<void> = async () => {}): Promise<E2E> {
  app = await openApp({ locale });
  const created = await app.harness.call('session.createVault', { userName: 'admin', displayName: 'Aigerim Admin', passphrase: ADMIN_PASSPHRASE });
  if (!created.ok) throw new Error(created.error.message);
  await setup(app.harness);
  await app.harness.call('session.lock', {});
  await app.page.reload();
  return app;
}

async function unlock(page: Page, labels: { userName: string; passphrase: string; lock: string }, userName: string, passphrase: string) {
  await page.getByLabel(labels.userName).fill(userName);
  await field(page, labels.passphrase).fill(passphrase);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: labels.lock }).waitFor();
}

const EN = { userName: 'User name', passphrase: 'Passphrase', lock: 'Lock' };
const RU = { userName: 'Имя пользователя', passphrase: 'Парольная фраза', lock: 'Заблокировать' };

describe('settings', () => {
  it('lets an administrator add a caseworker, who then sees only their own passphrase and is refused the rest', async () => {
    const e2e = await openWithAdmin('en');
    const { page, harness, consoleErrors } = e2e;
    await unlock(page, EN, 'admin', ADMIN_PASSPHRASE);
    await page.goto(`${harness.url}#/settings`);
    await page.getByRole('heading', { name: 'Users' }).waitFor();
    await page.getByRole('cell', { name: 'Aigerim Admin', exact: true }).waitFor();
    expect(await e2e.accessibilityProblems()).toEqual([]);
    await e2e.screenshot('settings-admin-en');

    // Add a caseworker; the dialog opens on the user name, Enter submits.
    await page.getByRole('button', { name: 'Add user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a user' });
    await dialog.waitFor();
    await page.keyboard.type('dilnoza');
    await dialog.getByLabel('Display name').fill('Dilnoza Karimova');
    await field(dialog, 'First passphrase').fill('short one');
    await dialog.getByText('Use at least 12 characters', { exact: false }).waitFor();
    await field(dialog, 'First passphrase').fill(FIRST_PASSPHRASE);
    await dialog.getByLabel('Repeat the passphrase').fill(FIRST_PASSPHRASE);
    await dialog.getByText(/^Strength: (strong|very strong)\.$/).waitFor();
    expect(await e2e.accessibilityProblems()).toEqual([]);
    await e2e.screenshot('settings-add-user-en');
    await page.keyboard.press('Enter');
    await page.getByRole('cell', { name: 'Dilnoza Karimova', exact: true }).waitFor();
    expect(await dialog.count()).toBe(0);

    // Revoking oneself is explained, not attempted.
    await page.getByRole('button', { name: 'Revoke Aigerim Admin' }).click();
    await page.getByRole('dialog').getByText('You cannot revoke yourself', { exact: false }).waitFor();
    await e2e.screenshot('settings-revoke-self-en');
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

    // Organisation settings: a value out of range is explained beside its field, then saved.
    await page.getByLabel('Lock after inactivity (minutes)').fill('15');
    await page.getByLabel('Show deadlines as upcoming within (days)').fill('500');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Enter a whole number from 1 to 365.').waitFor();
    await page.getByLabel('Show deadlines as upcoming within (days)').fill('45');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    const stored = await harness.call('settings.get', {});
    expect(stored.ok && stored.value).toMatchObject({ idleLockMinutes: 15, upcomingDays: 45 });

    await page.getByRole('button', { name: 'Make a backup now' }).click();
    await page.getByText(/Backup made and verified: habeas-\d{8}-\d{6}-manual-[0-9a-f]{6}\.db \([\d.,]+ [kKM]B\)\./).waitFor();
    await e2e.screenshot('settings-admin-done-en');

    // Reset her passphrase; the confirmation names her, and the lock right after must remove it.
    await page.getByRole('button', { name: 'Reset passphrase for Dilnoza Karimova' }).click();
    const reset = page.getByRole('dialog', { name: 'New passphrase for Dilnoza Karimova' });
    await field(reset, 'New passphrase').fill(RESET_PASSPHRASE);
    await reset.getByLabel('Repeat the passphrase').fill(RESET_PASSPHRASE);
    await reset.getByRole('button', { name: 'Set passphrase' }).click();
    await page.getByText('The passphrase of Dilnoza Karimova has been reset.').waitFor();
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('heading', { name: 'Habeas is locked' }).waitFor();
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('Dilnoza Karimova');

    // The caseworker: no user management, read-only settings, and the backend says no.
    await unlock(page, EN, 'dilnoza', RESET_PASSPHRASE);
    await page.getByRole('heading', { name: 'Your passphrase' }).waitFor();
    expect(page.url()).toContain('#/settings');
    await page.getByText('Only an administrator can change these settings.').waitFor();
    expect(await page.getByRole('heading', { name: 'Users' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add user' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Make a backup now' }).count()).toBe(0);
    expect(await e2e.accessibilityProblems()).toEqual([]);
    await e2e.screenshot('settings-caseworker-en');
    const refused = await page.evaluate(() =>
      Promise.all([
        window.habeas.call('users.add', { name: 'mallory', displayName: 'Mallory', role: 'administrator', passphrase: 'a long enough passphrase 99' }),
        window.habeas.call('settings.update', { idleLockMinutes: 0 }),
        window.habeas.call('backup.create', {}),
      ]),
    );
    expect(refused.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);

    // She changes her own passphrase (a wrong current one is refused first) and unlocks with it.
    await page.getByLabel('Current passphrase').fill('not my passphrase');
    await field(page, 'New passphrase').fill(OWN_PASSPHRASE);
    await page.getByLabel('Repeat the passphrase').fill(OWN_PASSPHRASE);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page.getByText('This is not your current passphrase.').waitFor();
    await page.getByLabel('Current passphrase').fill(RESET_PASSPHRASE);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page.getByText('Your passphrase has been changed.', { exact: false }).waitFor();
    expect(await page.getByLabel('Current passphrase').inputValue()).toBe('');
    await page.keyboard.press('Control+l');
    await unlock(page, EN, 'dilnoza', OWN_PASSPHRASE);
    expect(consoleErrors).toEqual([]);
  });

  it('reads naturally in Russian for an administrator and a caseworker', async () => {
    const e2e = await openWithAdmin('ru', async (backend) => {
      const added = await backend.call('users.add', { name: 'dilnoza', displayName: 'Дилноза Каримова', role: 'caseworker', passphrase: FIRST_PASSPHRASE });
      expect(added.ok).toBe(true);
    });
    const { page, harness, consoleErrors } = e2e;
    await unlock(page, RU, 'admin', ADMIN_PASSPHRASE);
    await page.goto(`${harness.url}#/settings`);
    await page.getByRole('heading', { name: 'Пользователи' }).waitFor();
    await page.getByRole('cell', { name: 'Куратор дела' }).waitFor();
    expect(await e2e.accessibilityProblems()).toEqual([]);
    await e2e.screenshot('settings-admin-ru');

    // A passphrase the backend finds too guessable: its refusal is shown in Russian.
    await page.getByRole('button', { name: 'Добавить пользователя' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новый пользователь' });
    await dialog.getByLabel('Имя пользователя').fill('timur');
    await dialog.getByLabel('Отображаемое имя').fill('Тимур Рахимов');
    await field(dialog, 'Первая парольная фраза').fill('password1234');
    await dialog.getByLabel('Повторите парольную фразу').fill('password1234');
    await dialog.getByRole('button', { name: 'Добавить', exact: true }).click();
    await dialog.getByRole('alert').getByText('Слишком легко угадать', { exact: false }).waitFor();
    await e2e.screenshot('settings-add-user-ru');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Отозвать доступ: Aigerim Admin' }).click();
    await page.getByRole('dialog').getByText('Нельзя отозвать собственный доступ', { exact: false }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Закрыть' }).click();
    await page.getByRole('button', { name: 'Сделать копию сейчас' }).click();
    await page.getByText('Копия создана и проверена', { exact: false }).waitFor();
    await e2e.screenshot('settings-admin-done-ru');

    await page.getByRole('button', { name: 'Заблокировать' }).click();
    await unlock(page, RU, 'dilnoza', FIRST_PASSPHRASE);
    await page.getByText('Изменять эти настройки может только администратор.').waitFor();
    expect(await e2e.accessibilityProblems()).toEqual([]);
    await e2e.screenshot('settings-caseworker-ru');
    expect(consoleErrors).toEqual([]);
  });
  it('revokes a user by changing the key, shows the outcome and re-encrypts the older backups', async () => {
    const e2e = await openWithAdmin('en', async (harness) => {
      const added = await harness.call('users.add', { name: 'dilnoza', displayName: 'Dilnoza Karimova', role: 'caseworker', passphrase: FIRST_PASSPHRASE });
      if (!added.ok) throw new Error(added.error.message);
      const made = await harness.call('backup.create', {});
      if (!made.ok) throw new Error(made.error.message);
    });
    const { page, harness, consoleErrors } = e2e;
    await unlock(page, EN, 'admin', ADMIN_PASSPHRASE);
    await page.goto(`${harness.url}#/settings`);
    await page.getByRole('button', { name: 'Revoke Dilnoza Karimova' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Revoking also changes the database key', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Revoke access' }).click();
    await dialog.getByText('The database key was changed (key no. 2). 1 member can unlock with it.').waitFor();
    await dialog.getByText(/older backups? can still be read with the old key/).waitFor();
    expect(await e2e.accessibilityProblems()).toEqual([]);
    await e2e.screenshot('settings-revoke-rotated-en');
    await dialog.getByRole('button', { name: 'Re-encrypt older backups' }).click();
    await dialog.getByText(/re-encrypted under the new key\. Backups that could not be opened: 0\./).waitFor();
    await e2e.screenshot('settings-revoke-reencrypted-en');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The same from the key section, on demand.
    await page.getByRole('button', { name: 'Rotate the key now' }).click();
    await page.getByText('The database key was changed (key no. 3). 1 member can unlock with it.').waitFor();
    await e2e.screenshot('settings-rotate-now-en');
    expect(consoleErrors).toEqual([]);
  });
});
