// A backend worker that dies while the window is open: the harness host starts it again, the
// window drops to the lock screen and says why (English and Russian), and unlocking brings back
// everything stored.
import { resolve } from 'node:path';

import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';

import type { DevMethodName } from '../../db/dev/dev-api';
import { openApp, type E2E } from './harness/fixture';

const PASSPHRASE = 'correct horse battery staple 42';

let app: E2E | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function unlockAs(page: Page, userName: string, passphrase: string): Promise<void> {
  await page.getByLabel('User name').fill(userName);
  await page.getByLabel(/^Passphrase( \*)?$/).fill(passphrase);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Lock', exact: true }).waitFor();
}

describe('backend restart', () => {
  it('shows the lock screen with the reason after the worker died, and unlocks again', async () => {
    app = await openApp({ workerEntry: resolve('test/db/support/crashing-worker.ts') });
    const { page, harness } = app;
    expect(await harness.call('session.createVault', { userName: 'admin', passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    expect(await harness.call('drafts.save', { formKey: 'note:new:c1', data: { body: 'Typed before the crash' } })).toMatchObject({ ok: true });
    await page.reload();
    await page.getByRole('button', { name: 'Lock', exact: true }).waitFor();

    // test.crash exists only in the crashing worker: it ends the thread as a native crash would.
    const crashed = await harness.call('test.crash' as DevMethodName, {});
    expect(crashed).toMatchObject({ ok: false, error: { code: 'LOCKED', details: { reason: 'backend_restarted' } } });

    await page.getByRole('heading', { name: 'Habeas is locked' }).waitFor();
    await page.getByText('Part of Habeas stopped unexpectedly and was started again, so the vault was locked.', { exact: false }).waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('backend-restarted-lock-screen');
    await page.getByLabel('Language').selectOption('ru');
    await page.getByText('была запущена снова, поэтому хранилище заблокировано', { exact: false }).waitFor();
    await page.getByLabel('Язык').selectOption('en');

    await unlockAs(page, 'admin', PASSPHRASE);
    expect(await page.getByText('was started again').count()).toBe(0);
    expect(await harness.call('drafts.get', { formKey: 'note:new:c1' })).toMatchObject({ ok: true, value: { data: { body: 'Typed before the crash' } } });
    expect(app.consoleErrors).toEqual([]);
  });
});
