// Global search end to end: Ctrl+K from the case list opens the palette, a Latin spelling finds
// the Cyrillic name with the matched part marked, Enter opens the case (a charge on its own tab);
// pinyin finds a Han name, and Han finds a name kept in Latin letters; at intake, typing a known
// person's name in another script and order warns with a link to their case. Accessible, no
// console errors, screenshots in English and Russian.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';

import { call, openApp, type E2E } from './harness/fixture';

const ADMIN = { userName: 'admin', passphrase: 'correct horse battery staple 42' };

let app: E2E | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/** A referral for `name` logged and accepted; returns the case opened. */
async function openCase(app: E2E, person: { name: string; birthDate?: string }, countryCode = 'KZ'): Promise<string> {
  const referral = await call<{ id: string }>(app, 'referrals.create', {
    receivedOn: '2025-11-03',
    channel: 'lawyer',
    countryCode,
    person,
    detention: { detentionType: 'pre_trial', arrestDate: '2025-10', facility: 'СИЗО-1 Алматы' },
  });
  const decided = await call<{ caseId: string }>(app, 'referrals.decide', { id: referral.id, decision: 'accepted' });
  return decided.caseId;
}

/** Opens the palette with the shortcut and types a query into it. */
async function searchFor(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+K');
  const box = page.getByRole('combobox', { name: /^Search names|^Поиск по именам/ });
  await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type(query);
}

describe('global search', () => {
  it('finds a person across scripts from anywhere, opens the case, and warns at intake about a possible duplicate', async () => {
    app = await openApp();
    const { page } = app;
    await call(app, 'session.createVault', ADMIN);
    const ilyashev = await openCase(app, { name: 'Ильяшев Марат', birthDate: '1970' });
    const [episode] = await call<{ id: string }[]>(app, 'episodes.list', { caseId: ilyashev });
    const charge = await call<{ id: string }>(app, 'charges.create', { episodeId: episode?.id, code: 'УК РК', article: '174 ч.2', text: 'Возбуждение розни' });
    await call(app, 'caseEvents.create', { caseId: ilyashev, kind: 'visit', title: 'Lawyer visit', body: 'Marat Ilyashev reports pressure from cellmates.' });
    const liu = await openCase(app, { name: '刘晓波' }, 'KG');
    await openCase(app, { name: 'Wang Dan' }, 'KG');
    await page.goto(`${app.harness.url}#/cases`);
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();

    // The case list's own name search marks the matched part of the name too.
    await page.keyboard.press('/');
    await page.keyboard.type('Iliashev');
    const listed = page.getByRole('gridcell', { name: /Ильяшев Марат/ });
    await expect.poll(() => listed.locator('mark').allInnerTexts()).toEqual(['Ильяшев']);
    await page.getByRole('button', { name: 'Clear filters' }).click();

    // Ctrl+K from the case list; the Latin spelling finds the Cyrillic name, marked where it matched.
    await searchFor(page, 'Iliashev');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    const results = dialog.getByRole('listbox', { name: 'Results' });
    const nameHit = results.getByRole('option', { name: /Ильяшев Марат/ }).filter({ hasText: 'Name' });
    await nameHit.waitFor();
    expect(await nameHit.locator('mark').allInnerTexts()).toEqual(['Ильяшев']);
    expect(await nameHit.innerText()).toContain('Matched by transliteration');
    await expect.poll(() => dialog.getByRole('status').innerText()).toMatch(/^\d+ results?$/);
    // The first hit is the active option: the combobox points at it; the arrows move it, wrapping.
    const combobox = page.getByRole('combobox', { name: /^Search names/ });
    const activeIndex = async () => {
      const ids = await results.getByRole('option').evaluateAll((els) => els.map((el) => el.id));
      return ids.indexOf((await combobox.getAttribute('aria-activedescendant')) ?? '');
    };
    expect(await activeIndex()).toBe(0);
    const count = await results.getByRole('option').count();
    await page.keyboard.press('ArrowUp');
    expect(await activeIndex()).toBe(count - 1);
    await page.keyboard.press('ArrowDown');
    expect(await activeIndex()).toBe(0);
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('search-palette-en');

    // Enter opens the case of the active hit.
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Ильяшев Марат' }).waitFor();
    expect(page.url()).toContain(`#/cases/${ilyashev}`);
    expect(await dialog.isVisible()).toBe(false);

    // Charges and notes are found too, each labelled with its kind; Esc closes.
    await searchFor(page, 'cellmates');
    await results.getByRole('option', { name: /Note.*pressure from cellmates/ }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // Enter on a charge opens the detention tab with that charge focused and marked.
    await searchFor(page, '174');
    await results.getByRole('option', { name: /Charge.*174 ч\.2/ }).waitFor();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.url()).toContain(`#/cases/${ilyashev}?tab=detention&record=${charge.id}`);
    const focused = page.locator(`#record-${charge.id}`);
    await expect.poll(() => focused.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await focused.getAttribute('class')).toContain('record-highlighted');
    expect(await focused.innerText()).toContain('174 ч.2');
    await app.screenshot('search-charge-opened-en');

    // Pinyin finds the Han name; the characters it matched are marked.
    await searchFor(page, 'liu xiaobo');
    const han = results.getByRole('option', { name: /刘晓波/ });
    await han.waitFor();
    expect(await han.locator('mark').allInnerTexts()).toEqual(['刘晓波']);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: '刘晓波' }).waitFor();
    expect(page.url()).toContain(`#/cases/${liu}`);

    // Han typed as Han finds a name kept only in Latin letters, its words marked.
    await searchFor(page, '王丹');
    const latin = results.getByRole('option', { name: /Wang Dan/ });
    await latin.waitFor();
    expect(await latin.locator('mark').allInnerTexts()).toEqual(['Wang', 'Dan']);
    expect(await latin.innerText()).toContain('Matched by transliteration');
    await app.screenshot('search-han-latin-en');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // Intake: the name in another script and order brings up the warning with a link to the case.
    await page.getByRole('link', { name: 'New referral' }).click();
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    await name.waitFor();
    await name.fill('Marat Ilyashev');
    const warning = page.getByRole('status').filter({ hasText: 'may already be in Habeas' });
    await warning.waitFor();
    expect(await warning.innerText()).toContain('Ильяшев Марат (born 1970, Kazakhstan)');
    const link = warning.getByRole('link', { name: /^open case\W+Ильяшев Марат$/ });
    expect(await link.getAttribute('href')).toBe(`#/cases/${ilyashev}`);
    // The form stays usable: the next field takes typing while the warning shows.
    await page.getByLabel('Date of birth').fill('1970');
    await warning.waitFor();
    // A different birth year rules the person out.
    await page.getByLabel('Date of birth').fill('1985');
    await warning.waitFor({ state: 'detached' });
    await page.getByLabel('Date of birth').fill('1970');
    await warning.waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('intake-duplicate-en');

    // In Russian: the warning and the palette.
    await page.getByLabel('Language').selectOption('ru');
    const warningRu = page.getByRole('status').filter({ hasText: 'уже есть в Habeas' });
    await warningRu.waitFor();
    expect(await warningRu.innerText()).toContain('Ильяшев Марат (род. 1970, Казахстан)');
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('intake-duplicate-ru');
    await searchFor(page, 'Iliashev');
    const dialogRu = page.getByRole('dialog', { name: 'Поиск' });
    await dialogRu.getByRole('option', { name: /Ильяшев Марат/ }).first().waitFor();
    expect(await dialogRu.innerText()).toContain('Найдено по транслитерации');
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('search-palette-ru');
    await page.keyboard.press('Escape');
    await page.getByLabel('Язык').selectOption('en');

    expect(app.consoleErrors).toEqual([]);
  });
});
