// The case list on a few hundred seeded cases: the total, rows fetched as the list scrolls (never
// all rendered), a country filter and a Cyrillic name search that narrow it, "/" to search, the
// keyboard to move and Enter to open a case; accessible, and screenshots in English and Russian.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';

import { ok, openApp, type E2E } from './harness/fixture';

const PASSPHRASE = 'correct horse battery staple 42';

let app: E2E | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});


const countText = (page: Page) => page.locator('.case-count').innerText();
const bodyRows = (page: Page) => page.locator('.case-grid-body [role="row"]');

describe('case list', () => {
  it('pages through seeded cases, filters, searches in Cyrillic and opens a case from the keyboard', async () => {
    app = await openApp();
    const { page, harness } = app;
    await ok(harness.call('session.createVault', { userName: 'admin', passphrase: PASSPHRASE }));
    await ok(harness.call('seed.generate', { cases: 300 }));
    const referral = await ok<{ id: string }>(
      harness.call('referrals.create', {
        receivedOn: '2023-05-02',
        channel: 'lawyer',
        countryCode: 'TJ',
        person: { name: 'Жаксылыков Бауыржан', nameVariants: [{ name: 'Zhaksylykov Bauyrzhan' }] },
      }),
    );
    await ok(harness.call('referrals.decide', { id: referral.id, decision: 'accepted' }));
    // Unlocking lands on the overview; the case list is one link away, at its own address.
    await page.goto(`${harness.url}#/cases`);

    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    await expect.poll(() => countText(page)).toBe('301 cases');
    const grid = page.getByRole('grid', { name: 'Cases' });
    expect(await grid.getAttribute('aria-rowcount')).toBe('302');
    // Only what is on screen (plus a little overscan) is in the page, not 301 rows.
    await expect.poll(() => bodyRows(page).count()).toBeGreaterThan(5);
    expect(await bodyRows(page).count()).toBeLessThan(60);
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('cases-list-en');

    // Scrolling far down fetches the pages there: row 250 arrives with a name, not a placeholder.
    await page.locator('.case-grid-body').evaluate((el) => {
      el.scrollTop = 38 * 245;
    });
    const row250 = page.locator('.case-grid-body [role="row"][aria-rowindex="251"]');
    await row250.waitFor();
    await expect.poll(() => row250.locator('.case-name-text').count()).toBe(1);
    expect(await bodyRows(page).count()).toBeLessThan(60);

    // A country filter narrows the list, and every row shown is in that country.
    await page.getByLabel('Country').selectOption({ label: 'Tajikistan' });
    await expect.poll(async () => (await countText(page)) !== '301 cases' && !(await countText(page)).startsWith('Counting')).toBe(true);
    const tajik = Number((await countText(page)).split(' ')[0]);
    expect(tajik).toBeGreaterThan(0);
    expect(tajik).toBeLessThan(301);
    const countries = await page.locator('.case-grid-body [role="row"] [role="gridcell"]:nth-child(3)').allInnerTexts();
    expect(new Set(countries)).toEqual(new Set(['Tajikistan']));

    // "/" jumps to the search; a Cyrillic fragment of the name finds the one case.
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('/');
    const search = page.getByRole('searchbox', { name: 'Search names' });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('жаксылык');
    await expect.poll(() => countText(page)).toBe('1 case');
    await page.getByRole('gridcell', { name: /Жаксылыков Бауыржан/ }).waitFor();
    // The Latin spelling finds the same person.
    await search.fill('Zhaksylykov');
    await expect.poll(() => countText(page)).toBe('1 case');
    await app.screenshot('cases-list-filtered-en');

    // Clear the filters, move down with the arrow keys and open the case with Enter.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => countText(page)).toBe('301 cases');
    const first = page.locator('.case-grid-body [role="row"][aria-rowindex="2"]');
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = page.locator('.case-grid-body [role="row"][aria-rowindex="4"]');
    await expect.poll(() => third.evaluate((el) => el === document.activeElement)).toBe(true);
    const name = await third.locator('.case-name-text').innerText();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(page.url()).toMatch(/#\/cases\/[0-9a-f-]{36}$/);

    // Back on the list, the same row still has the focus point.
    await page.goBack();
    await page.getByRole('grid', { name: 'Cases' }).waitFor();
    await expect.poll(() => third.getAttribute('tabindex')).toBe('0');

    // In Russian.
    await page.getByLabel('Language').selectOption('ru');
    await expect.poll(() => countText(page)).toBe('301 дело');
    await page.getByLabel('Страна').selectOption({ label: 'Таджикистан' });
    await expect.poll(async () => !(await countText(page)).startsWith('301')).toBe(true);
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('cases-list-ru');
    await page.getByLabel('Язык').selectOption('en');

    expect(app.consoleErrors).toEqual([]);
  });
});
