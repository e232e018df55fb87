import { afterEach, describe, expect, it } from 'vitest';

import { openApp, type E2E } from './harness/fixture';

let app: E2E | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('browser harness', () => {
  it('serves the app under the strict policy with a working bridge and no console errors', async () => {
    app = await openApp();
    await app.page.waitForSelector('#root *');
    const status = await app.page.evaluate(() => window.habeas.call('session.status', {}));
    expect(status).toEqual({ ok: true, value: { vaultExists: false, unlocked: false, user: null, retryAfterSeconds: 0, keysErased: false } });
    // The page cannot reach any other origin.
    const blocked = await app.page.evaluate(() => fetch('http://127.0.0.2:9/').then(() => 'reached', () => 'blocked'));
    expect(blocked).toBe('blocked');
    expect(app.consoleErrors.filter((e) => !e.includes('127.0.0.2'))).toEqual([]);
  });
});
