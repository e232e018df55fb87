// A vault whose stored idle-lock value is out of range: the settings screen names the bad value and
// the default in force (English and Russian), keeps every other stored value, and saving clears it.
import { afterEach, describe, expect, it } from 'vitest';

import { ADMIN_PASSPHRASE, createTestVault } from '../db/support/test-vault';
import { openApp, type E2E } from './harness/fixture';

let app: E2E | null = null;
let cleanup: (() => void) | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
  cleanup?.();
  cleanup = null;
});

/** A vault made through the backend, with a bad idle-lock value and good WGAD and backup values stored. */
function vaultWithBadIdleLock(): string {
  const v = createTestVault();
  v.signInAsAdmin();
  v.call('settings.update', { wgadReplyDays: 90, backupsToKeep: 3 });
  v.sqlite.prepare("UPDATE settings SET value = '999' WHERE key = 'idleLockMinutes'").run();
  v.call('session.lock', {});
  // Keep the folder: close() would remove it, so only the backend is shut here.
  v.backend.close();
  cleanup = () => v.close();
  return v.vaultDir;
}

describe('a stored setting out of range', () => {
  it.each([
    ['en', 'User name', 'Passphrase', 'Lock', 'Save settings', 'Settings saved.', /The stored value of “Lock after inactivity \(minutes\)” \(999\) could not be used/],
    ['ru', 'Имя пользователя', 'Парольная фраза', 'Заблокировать', 'Сохранить настройки', null, /Сохранённое значение «Блокировать при бездействии \(минут\)» \(999\) нельзя использовать/],
  ] as const)('is named in %s, the others kept, and saving the default clears it', async (locale, userName, passphrase, lock, save, saved, banner) => {
    app = await openApp({ locale, vaultDir: vaultWithBadIdleLock() });
    const { page, harness, consoleErrors } = app;
    await page.getByLabel(userName).fill('admin');
    await page.getByLabel(new RegExp(`^${passphrase}( \\*)?$`)).fill(ADMIN_PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: lock }).waitFor();
    await page.goto(`${harness.url}#/settings`);
    const alert = page.getByRole('alert').filter({ hasText: banner });
    await alert.waitFor();
    await app.screenshot(`settings-stored-problem-${locale}`);
    const settings = await harness.call('settings.get', {});
    expect(settings).toMatchObject({ ok: true, value: { idleLockMinutes: 10, wgadReplyDays: 90, backupsToKeep: 3 } });
    if (saved) {
      await page.getByRole('button', { name: save }).click();
      await page.getByText(saved).waitFor();
      await alert.waitFor({ state: 'detached' });
      expect(await harness.call('settings.problems', {})).toEqual({ ok: true, value: [] });
    }
    expect(consoleErrors).toEqual([]);
  });
});
