// First run, unlock and lock, end to end in the browser against a real vault: the recovery key is
// shown once and works, refusals are explained, and a lock leaves nothing of the vault on screen.
import { rmSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';

import { openApp, send, type E2E } from './harness/fixture';

const PASSPHRASE = 'correct horse battery staple 42';
const KEY_SHAPE = /^([0-9A-Z]{4} ){12}[0-9A-Z]{4}$/;

let app: E2E | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function start(locale: 'en' | 'ru' = 'en'): Promise<E2E> {
  app = await openApp({ locale });
  return app;
}

async function vaultWithAdmin(e2e: E2E): Promise<string> {
  const created = await e2e.harness.call('session.createVault', { userName: 'admin', displayName: 'Aigerim Admin', passphrase: PASSPHRASE });
  if (!created.ok) throw new Error(created.error.message);
  await e2e.harness.call('session.lock', {});
  await e2e.page.reload();
  return (created.value as { recoveryKey: string }).recoveryKey;
}

/** A field by its whole label; required fields' labels end in a star that is not part of the name. */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}( \\*)?$`));
const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);
const focusedLabel = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '');

async function unlockAs(page: Page, userName: string, passphrase: string): Promise<void> {
  await page.getByLabel('User name').fill(userName);
  await field(page, 'Passphrase').fill(passphrase);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Lock' }).waitFor();
}

describe('first run', () => {
  it('creates the vault, shows the recovery key once, and the key opens the vault afterwards', async () => {
    const e2e = await start();
    const { page, consoleErrors } = e2e;
    await page.getByRole('heading', { name: 'Set up Habeas' }).waitFor();
    await expect.poll(() => focusedLabel(page)).toContain('Administrator user name');
    expect(await e2e.accessibilityProblems()).toEqual([]);

    await page.keyboard.type('amina');
    await page.getByLabel('Display name').fill('Amina Yusupova');
    await field(page, 'Passphrase').fill('amina-password');
    await page.getByText('Do not use your user name in the passphrase.').waitFor();
    await field(page, 'Passphrase').fill(PASSPHRASE);
    await page.getByText(/^Strength: (strong|very strong)\.$/).waitFor();
    expect(await page.getByLabel('Passphrase strength').count()).toBe(1);
    await page.getByLabel('Repeat the passphrase').fill(`${PASSPHRASE}!`);
    await page.keyboard.press('Enter');
    await page.getByText('The two passphrases are not the same.').waitFor();
    await e2e.screenshot('first-run-en');
    await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Your recovery key' }).waitFor();
    const recoveryKey = (await page.getByTestId('recovery-key').innerText()).trim().replace(/\s+/g, ' ');
    expect(recoveryKey).toMatch(KEY_SHAPE);
    const proceed = page.getByRole('button', { name: 'Continue' });
    expect(await proceed.isDisabled()).toBe(true);
    expect(await e2e.accessibilityProblems()).toEqual([]);
    await e2e.screenshot('recovery-key-en');
    await page.emulateMedia({ media: 'print' });
    await e2e.screenshot('recovery-key-print');
    await page.emulateMedia({ media: 'screen' });

    await page.getByLabel('I have stored the recovery key safely').check();
    await proceed.click();
    await page.getByRole('button', { name: 'Lock' }).waitFor();
    expect(await bodyText(page)).not.toContain(recoveryKey);

    // Lock, then open with the recovery key: the key screen never comes back.
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('heading', { name: 'Habeas is locked' }).waitFor();
    await page.getByRole('button', { name: 'Use the recovery key instead' }).click();
    await page.getByRole('heading', { name: 'Unlock with the recovery key' }).waitFor();
    await page.getByLabel('User name').fill('amina');
    await page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase());
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Lock' }).waitFor();
    await page.getByText('Opened with the recovery key.', { exact: false }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Lock' }).waitFor();
    await page.keyboard.press('Control+l');
    await page.getByRole('heading', { name: 'Habeas is locked' }).waitFor();
    const text = await bodyText(page);
    expect(text).not.toContain('Your recovery key');
    expect(text).not.toContain(recoveryKey);
    expect(consoleErrors).toEqual([]);
  });

  it('is fully in Russian for a Russian-speaking administrator', async () => {
    const e2e = await start('ru');
    const { page, consoleErrors } = e2e;
    await page.getByRole('heading', { name: 'Настройка Habeas' }).waitFor();
    await page.getByLabel('Имя пользователя администратора').fill('amina');
    await field(page, 'Парольная фраза').fill('коротко');
    await page.getByText('Слишком коротко', { exact: false }).waitFor();
    await e2e.screenshot('first-run-ru');
    await field(page, 'Парольная фраза').fill(PASSPHRASE);
    await page.getByLabel('Повторите парольную фразу').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Создать хранилище' }).click();
    await page.getByRole('heading', { name: 'Ваш ключ восстановления' }).waitFor();
    expect(await e2e.accessibilityProblems()).toEqual([]);
    await e2e.screenshot('recovery-key-ru');
    await page.getByLabel('Ключ восстановления надёжно сохранён').check();
    await page.getByRole('button', { name: 'Продолжить' }).click();
    await page.getByRole('button', { name: 'Заблокировать' }).waitFor();
    expect(consoleErrors).toEqual([]);
  });
});

describe('unlock', () => {
  it('explains a wrong passphrase, makes the caller wait after repeated failures, then opens with the right one', async () => {
    const e2e = await start();
    const { page, harness, consoleErrors } = e2e;
    await vaultWithAdmin(e2e);
    await page.getByRole('heading', { name: 'Habeas is locked' }).waitFor();
    await expect.poll(() => focusedLabel(page)).toContain('User name');
    expect(await e2e.accessibilityProblems()).toEqual([]);
    await e2e.screenshot('unlock-en');

    await page.keyboard.type('admin');
    await page.keyboard.press('Tab');
    await page.keyboard.type('not the passphrase at all');
    await page.keyboard.press('Enter');
    await page.getByText('The user name or passphrase is not right.', { exact: false }).waitFor();
    expect(await field(page, 'Passphrase').inputValue()).toBe('');
    expect(await page.getByLabel('User name').inputValue()).toBe('admin');
    await expect.poll(() => focusedLabel(page)).toContain('Passphrase');
    expect(await e2e.accessibilityProblems()).toEqual([]);
    await e2e.screenshot('unlock-wrong-en');

    // Two more failures (three are free), then one after the first wait: the next wait is 4 s.
    for (let i = 0; i < 2; i++) await harness.call('session.unlock', { userName: 'admin', passphrase: `wrong ${i}` });
    // The first wait (2 s) is over when the backend says so, not after a guessed sleep.
    await expect.poll(async () => (await send(e2e, 'session.status', { userName: 'admin' })).retryAfterSeconds, { timeout: 5000, interval: 100 }).toBe(0);
    const fourth = await harness.call('session.unlock', { userName: 'admin', passphrase: 'wrong again' });
    expect(fourth.ok ? null : fourth.error.code).toBe('WRONG_PASSPHRASE');

    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.getByText('Too many failed attempts.', { exact: false }).waitFor();
    await page.getByText(/You can try again in \d+ seconds?\./).waitFor();
    expect(await page.getByRole('button', { name: 'Unlock', exact: true }).isDisabled()).toBe(true);
    await e2e.screenshot('unlock-wait-en');
    await page.getByText('You can try again now.').waitFor({ timeout: 8000 });
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByRole('button', { name: 'Lock' }).waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('explains a damaged key ring and opens the vault with the recovery key', async () => {
    const e2e = await start();
    const { page, dir, consoleErrors } = e2e;
    const recoveryKey = await vaultWithAdmin(e2e);
    rmSync(join(dir, 'vault', 'keyring.json'));
    await page.getByLabel('User name').fill('admin');
    await field(page, 'Passphrase').fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.getByText('The vault is damaged', { exact: false }).waitFor();
    await page.getByText('"backups" folder', { exact: false }).waitFor();
    expect(await e2e.accessibilityProblems()).toEqual([]);
    await e2e.screenshot('unlock-damaged-en');

    await page.getByRole('alert').getByRole('button', { name: 'Use the recovery key instead' }).click();
    expect(await page.getByLabel('User name').inputValue()).toBe('admin');
    await expect.poll(() => focusedLabel(page)).toContain('Recovery key');
    await page.keyboard.type('not-a-key');
    await page.keyboard.press('Enter');
    await page.getByText('That is not a recovery key', { exact: false }).waitFor();
    await page.getByLabel('Recovery key').fill(recoveryKey);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Lock' }).waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('shows its refusals in Russian', async () => {
    const e2e = await start('ru');
    const { page, consoleErrors } = e2e;
    await vaultWithAdmin(e2e);
    await page.getByRole('heading', { name: 'Habeas заблокирован' }).waitFor();
    expect(await e2e.accessibilityProblems()).toEqual([]);
    await e2e.screenshot('unlock-ru');
    await page.getByLabel('Имя пользователя').fill('admin');
    await field(page, 'Парольная фраза').fill('не та фраза');
    await page.keyboard.press('Enter');
    await page.getByText('Неверное имя пользователя или парольная фраза.', { exact: false }).waitFor();
    await e2e.screenshot('unlock-wrong-ru');
    await page.getByRole('button', { name: 'Войти с ключом восстановления' }).click();
    await page.getByRole('heading', { name: 'Разблокировка ключом восстановления' }).waitFor();
    expect(await e2e.accessibilityProblems()).toEqual([]);
    await e2e.screenshot('unlock-recovery-ru');
    expect(consoleErrors).toEqual([]);
  });
});

describe('lock', () => {
  it('hides everything on the button, on Ctrl+L and when the backend locks on its own, and unlocking returns the user', async () => {
    const e2e = await start();
    const { page, harness, consoleErrors } = e2e;
    await vaultWithAdmin(e2e);
    await unlockAs(page, 'admin', PASSPHRASE);
    const added = await harness.call('users.add', { name: 'gulnara', displayName: 'Gulnara Kabirova', role: 'caseworker', passphrase: PASSPHRASE });
    expect(added.ok).toBe(true);
    const referral = await harness.call('referrals.create', {
      receivedOn: '2024-03-01',
      channel: 'family',
      countryCode: 'UZ',
      summary: 'Detained after a sermon in Namangan.',
      person: { name: 'Nodira Yusupova' },
    });
    expect(referral.ok).toBe(true);

    // A person's name on the referrals list goes with the lock and comes back with the unlock.
    await page.goto(`${harness.url}#/referrals`);
    await page.getByText('Nodira Yusupova').first().waitFor();
    await page.keyboard.press('Control+l');
    await page.getByRole('heading', { name: 'Habeas is locked' }).waitFor();
    expect(await bodyText(page)).not.toContain('Nodira Yusupova');
    await unlockAs(page, 'admin', PASSPHRASE);
    expect(page.url()).toContain('#/referrals');
    await page.getByText('Nodira Yusupova').first().waitFor();

    await page.goto(`${harness.url}#/settings`);
    await page.getByRole('cell', { name: 'Gulnara Kabirova', exact: true }).waitFor();

    // Something typed but not saved, in an open dialog: it must go too.
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.getByRole('dialog').getByLabel('Display name').fill('Bakhrom Tursunov');
    await page.keyboard.press('Control+l');
    await page.getByRole('heading', { name: 'Habeas is locked' }).waitFor();
    let text = await bodyText(page);
    expect(text).not.toContain('Gulnara Kabirova');
    expect(text).not.toContain('Bakhrom Tursunov');
    expect(await page.getByRole('dialog').count()).toBe(0);

    await unlockAs(page, 'admin', PASSPHRASE);
    expect(page.url()).toContain('#/settings');
    await page.getByRole('cell', { name: 'Gulnara Kabirova', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('heading', { name: 'Habeas is locked' }).waitFor();
    expect(await bodyText(page)).not.toContain('Gulnara Kabirova');

    await unlockAs(page, 'admin', PASSPHRASE);
    await page.getByRole('cell', { name: 'Gulnara Kabirova', exact: true }).waitFor();
    harness.lock('sleep');
    await page.getByRole('heading', { name: 'Habeas is locked' }).waitFor();
    text = await bodyText(page);
    expect(text).not.toContain('Gulnara Kabirova');
    expect(text).not.toContain('Aigerim Admin');
    expect(consoleErrors).toEqual([]);
  });

  it('switches to Russian from the shell and keeps it across a reload', async () => {
    const e2e = await start();
    const { page, consoleErrors } = e2e;
    await vaultWithAdmin(e2e);
    await unlockAs(page, 'admin', PASSPHRASE);
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('button', { name: 'Заблокировать' }).click();
    await page.getByRole('heading', { name: 'Habeas заблокирован' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Habeas заблокирован' }).waitFor();
    await page.getByLabel('Имя пользователя').fill('admin');
    await field(page, 'Парольная фраза').fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Настройки' }).waitFor();
    expect(consoleErrors).toEqual([]);
  });
});
