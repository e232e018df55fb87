// Case references and saved filters end to end: each case's reference is in its row of the case
// list and in its file's header; Ctrl+K finds the case by its reference; the filters set are saved
// under a name, still there after a reload, applied in one click and deleted. Accessible, no
// console errors, screenshots in English and Russian.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';

import { call, openApp, type E2E } from './harness/fixture';

const ADMIN = { userName: 'admin', passphrase: 'correct horse battery staple 42' };
const REFERENCE = /^[A-Z]{2}-\d{4}-[0-9A-HJKMNP-TV-Z]{5}$/;

let app: E2E | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function openCase(app: E2E, name: string, countryCode: string, detained: boolean): Promise<string> {
  const referral = await call<{ id: string }>(app, 'referrals.create', {
    receivedOn: '2025-11-03',
    channel: 'lawyer',
    countryCode,
    person: { name },
    ...(detained ? { detention: { detentionType: 'pre_trial', arrestDate: '2025-10' } } : {}),
  });
  const decided = await call<{ caseId: string }>(app, 'referrals.decide', { id: referral.id, decision: 'accepted' });
  return decided.caseId;
}

const rowsShown = (page: Page) => page.getByRole('grid').getByRole('row').filter({ has: page.getByRole('gridcell') });

describe('case references and saved filters', () => {
  it('shows references in the list and the file, finds a case by one, and saves, reapplies and deletes a filter', async () => {
    app = await openApp();
    const { page } = app;
    await call(app, 'session.createVault', ADMIN);
    const kabirov = await openCase(app, 'Кабиров Ержан', 'KZ', true);
    await openCase(app, 'Abdullaev Rustam', 'UZ', false);
    await openCase(app, 'Zhakupova Aigul', 'KZ', false);
    const { reference } = await call<{ reference: string }>(app, 'cases.get', { id: kabirov });
    expect(reference).toMatch(REFERENCE);
    expect(reference.startsWith(`KZ-${new Date().getUTCFullYear()}-`)).toBe(true);
    await page.reload();
    // Unlocked, the app opens on the overview; the list is one link away.
    await page.getByRole('link', { name: 'Cases', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();

    // The reference is a column of the list.
    await page.getByRole('columnheader', { name: 'Reference' }).waitFor();
    const row = page.getByRole('row', { name: /Кабиров Ержан/ });
    await row.getByRole('gridcell', { name: reference }).waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('case-references-list-en');

    // Typing the reference in the list's search finds the case.
    await page.keyboard.press('/');
    await page.keyboard.type(reference.toLowerCase());
    await expect.poll(() => rowsShown(page).count()).toBe(1);
    await row.waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => rowsShown(page).count()).toBe(3);

    // Ctrl+K finds it too, as a reference hit first; Enter opens the file, whose header shows it.
    await page.keyboard.press('Control+K');
    const box = page.getByRole('combobox', { name: /^Search names/ });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(reference);
    const results = page.getByRole('dialog', { name: 'Search' }).getByRole('listbox', { name: 'Results' });
    const hit = results.getByRole('option').first();
    await expect.poll(() => hit.innerText()).toMatch(/case reference/i);
    expect(await hit.innerText()).toContain(reference);
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('case-references-palette-en');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Кабиров Ержан' }).waitFor();
    expect(page.url()).toContain(`#/cases/${kabirov}`);
    expect(await page.getByTestId('case-reference').innerText()).toBe(reference);
    await app.screenshot('case-references-file-en');
    await page.getByLabel('Language').selectOption('ru');
    await page.getByText('Номер дела').waitFor();
    await app.screenshot('case-references-file-ru');
    await page.getByLabel('Язык').selectOption('en');

    // Filter to Kazakhstan and the detained, and save that under a name.
    await page.goto(`${app.harness.url}#/cases`);
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    await page.getByLabel('Country').selectOption('KZ');
    await page.getByLabel('Detention').selectOption('detained');
    await expect.poll(() => rowsShown(page).count()).toBe(1);
    await page.getByRole('button', { name: 'Save this filter…' }).click();
    await page.getByLabel('Name for this filter').fill('Held in Kazakhstan');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Saved “Held in Kazakhstan”.' }).waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('saved-filters-en');

    // After a reload (the filters themselves are forgotten), one click brings it back.
    await page.reload();
    // Unlocked, the app opens on the overview; the list is one link away.
    await page.getByRole('link', { name: 'Cases', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    await expect.poll(() => rowsShown(page).count()).toBe(3);
    const saved = page.getByRole('button', { name: 'Held in Kazakhstan', exact: true });
    await expect.poll(() => saved.isEnabled()).toBe(true);
    await saved.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rowsShown(page).count()).toBe(1);
    await row.waitFor();
    expect(await page.getByLabel('Country').inputValue()).toBe('KZ');
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('status').filter({ hasText: 'Применён фильтр «Held in Kazakhstan».' }).waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('saved-filters-ru');
    await page.getByLabel('Язык').selectOption('en');

    // Deleted, it is gone for good.
    await page.getByRole('button', { name: 'Delete the saved filter “Held in Kazakhstan”' }).click();
    await page.getByRole('status').filter({ hasText: 'Deleted “Held in Kazakhstan”.' }).waitFor();
    await page.reload();
    await page.getByText(/None yet/).waitFor();
    expect(await saved.count()).toBe(0);
    expect(app.consoleErrors).toEqual([]);
  });
});
