// Missed appeal windows, the deadlines horizon, the empty vault's guidance, links by role and
// toasts that never cover a control, on a real vault in Chromium.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';

import { addUserAndSwitch, call, day, openApp, switchUser, type E2E } from './harness/fixture';

const ADMIN = { userName: 'admin', passphrase: 'correct horse battery staple 42' };
const CASEWORKER = { userName: 'aziz', passphrase: 'quiet river under the old bridge 7' };
const STAFF = { userName: 'malika', passphrase: 'seven lanterns over the quiet lake' };

let app: E2E | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/** Toasts whose box overlaps a visible control (button, link, field) outside the toast region. */
async function toastsOverControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const toasts = [...document.querySelectorAll('[data-testid="toasts"] .toast')].map((el) => el.getBoundingClientRect());
    const controls = [...document.querySelectorAll('button, a[href], input, select, textarea, [role="tab"]')].filter(
      (el) => !el.closest('[data-testid="toasts"]') && !el.closest('dialog:not([open])') && (el as HTMLElement).offsetParent !== null,
    );
    const hits: string[] = [];
    for (const t of toasts) {
      for (const c of controls) {
        const r = c.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (t.left < r.right && r.left < t.right && t.top < r.bottom && r.top < t.bottom) hits.push(`${c.tagName}:${(c.textContent ?? '').trim().slice(0, 30)}`);
      }
    }
    return hits;
  });
}

async function kazakhCase(app: E2E): Promise<{ caseId: string; verdictId: string }> {
  const referral = await call<{ id: string }>(app, 'referrals.create', {
    receivedOn: day(-200),
    channel: 'lawyer',
    countryCode: 'KZ',
    person: { name: 'Абенов Нурлан' },
    detention: { detentionType: 'prison_colony', arrestDate: day(-190), facility: 'UG-157/11, Almaty' },
  });
  const decided = await call<{ caseId: string }>(app, 'referrals.decide', { id: referral.id, decision: 'accepted', decidedOn: day(-180) });
  const [episode] = await call<{ id: string }[]>(app, 'episodes.list', { caseId: decided.caseId });
  // Kazakhstan's default window is 15 days: a verdict 40 days ago with no appeal was missed 25 days ago.
  const verdict = await call<{ id: string }>(app, 'courtEvents.create', { episodeId: episode?.id, date: day(-40), kind: 'verdict', court: 'Almaty City Court' });
  // A task two months out: outside the 30-day horizon, inside the 90-day one.
  await call(app, 'tasks.create', { title: 'Prepare the WGAD follow-up', dueOn: day(60), caseId: decided.caseId });
  return { caseId: decided.caseId, verdictId: verdict.id };
}

describe('missed appeal windows and the deadlines horizon', () => {
  it('guides an empty vault, shows a missed window in red until dismissed with a reason, and remembers the horizon', async () => {
    app = await openApp();
    const { page } = app;
    await call(app, 'session.createVault', ADMIN);
    await call(app, 'users.add', { name: STAFF.userName, displayName: 'Malika Yusupova', role: 'staff', passphrase: STAFF.passphrase });
    await addUserAndSwitch(app, { ...CASEWORKER, displayName: 'Aziz Rahimov', role: 'caseworker' });

    // An empty vault says how to begin; a caseworker has no Reports link.
    await page.goto(`${app.harness.url}#/cases`);
    // A fresh load as the caseworker: the page was opened before the vault existed.
    await page.reload();
    await page.getByRole('heading', { name: 'No cases yet' }).waitFor();
    expect(await page.getByRole('link', { name: 'Log a referral' }).getAttribute('href')).toContain('/intake');
    await page.getByRole('link', { name: 'Import a spreadsheet' }).waitFor();
    const nav = page.getByRole('navigation');
    expect(await nav.getByRole('link', { name: 'Reports' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'New referral' }).count()).toBe(1);
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('empty-vault-en');
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('heading', { name: 'Дел пока нет' }).waitFor();
    await app.screenshot('empty-vault-ru');
    await page.getByLabel('Язык').selectOption('en');

    const { caseId, verdictId } = await kazakhCase(app);

    // The missed window: overdue, in red, and said in words.
    await page.goto(`${app.harness.url}#/deadlines`);
    const overdue = page.getByRole('region', { name: /^Overdue/ });
    const missed = overdue.getByRole('row', { name: /Appeal window missed/ });
    await missed.waitFor();
    await missed.getByText(/^Missed: Appeal against the verdict of .+\. No appeal is recorded\.$/).waitFor();
    await missed.getByText('25 days overdue').waitFor();
    const badgeColour = await missed.getByText('Appeal window missed').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(badgeColour).toMatch(/^rgb\((1\d\d|2\d\d), \d{1,2}, \d{1,2}\)$/);

    // 30 days by default: the task two months out is not listed, until the horizon widens.
    const upcoming = page.getByRole('region', { name: /^Upcoming/ });
    await upcoming.getByText('Nothing is due in the next 30 days.').waitFor();
    await page.getByRole('radio', { name: '90 days' }).check();
    await upcoming.getByRole('row', { name: /Prepare the WGAD follow-up/ }).waitFor();
    await app.screenshot('deadlines-missed-en');

    // Remembered across a reload.
    await page.reload();
    await upcoming.getByRole('row', { name: /Prepare the WGAD follow-up/ }).waitFor();
    expect(await page.getByRole('radio', { name: '90 days' }).isChecked()).toBe(true);
    // Keyboard: arrows move through the choices.
    await page.getByRole('radio', { name: '90 days' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('radio', { name: 'All' }).isChecked()).toBe(true);

    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('region', { name: /^Просрочено/ }).getByRole('row', { name: /Срок обжалования пропущен/ }).getByText(/^Пропущен срок: Апелляция на приговор от .+\. Жалоба не отмечена\.$/).waitFor();
    await app.screenshot('deadlines-missed-ru');
    await page.getByLabel('Язык').selectOption('en');

    // Dismissing asks for a reason.
    await missed.getByRole('button', { name: 'Dismiss the missed appeal window: Абенов Нурлан' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dismiss a missed appeal window' });
    await dialog.getByRole('button', { name: 'Dismiss' }).click();
    await dialog.getByText('Give a reason.').waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('deadlines-dismiss-en');
    await dialog.getByLabel(/^Reason/).fill('The family decided, with the lawyer, not to appeal.');
    await dialog.getByRole('button', { name: 'Dismiss' }).click();
    await missed.waitFor({ state: 'detached' });
    await page.getByRole('status').getByText('Missed window dismissed.').waitFor();
    expect(await toastsOverControls(page)).toEqual([]);
    await app.screenshot('deadlines-dismissed-toast-en');

    const dismissals = await call<{ key: string; reason: string }[]>(app, 'deadlines.dismissals', { caseId });
    expect(dismissals).toEqual([expect.objectContaining({ key: `appeal:${verdictId}`, reason: 'The family decided, with the lawyer, not to appeal.' })]);

    // The case file keeps who dismissed it and why (Tasks tab), and its toasts cover nothing there either.
    await page.goto(`${app.harness.url}#/cases/${caseId}`);
    await page.getByRole('tab', { name: /Tasks/ }).click();
    const windows = page.getByRole('region', { name: 'Appeal windows' });
    await windows.getByText(/^Dismissed by Aziz Rahimov on /).waitFor();
    await windows.getByText('The family decided, with the lawyer, not to appeal.').waitFor();
    // A second verdict, also left unappealed: dismissed from the case file itself.
    const [episode] = await call<{ id: string }[]>(app, 'episodes.list', { caseId });
    await call(app, 'courtEvents.create', { episodeId: episode?.id, date: day(-30), kind: 'verdict', court: 'Almaty Regional Court' });
    await page.reload();
    await page.getByRole('tab', { name: /Tasks/ }).click();
    await windows.getByText('Appeal window missed').waitFor();
    await windows.getByRole('button', { name: 'Dismiss' }).click();
    await dialog.getByLabel(/^Reason/).fill('Recorded twice by mistake.');
    await dialog.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByRole('status').getByText('Missed window dismissed.').waitFor();
    await windows.getByText('Recorded twice by mistake.').waitFor();
    expect(await toastsOverControls(page)).toEqual([]);
    await app.screenshot('case-appeal-windows-en');

    // Staff see Reports but no "New referral".
    await switchUser(app, STAFF);
    await page.goto(`${app.harness.url}#/cases`);
    await page.getByRole('grid', { name: 'Cases' }).waitFor();
    expect(await nav.getByRole('link', { name: 'New referral' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Reports' }).count()).toBe(1);

    // The appeal-window table in settings, with its sources, for an administrator.
    await switchUser(app, ADMIN);
    await page.goto(`${app.harness.url}#/settings`);
    await page.getByRole('spinbutton', { name: 'Kazakhstan: Appeal after a first-instance verdict (days)' }).waitFor();
    expect(await page.getByRole('spinbutton', { name: 'Kazakhstan: Appeal after a first-instance verdict (days)' }).inputValue()).toBe('15');
    await page.getByRole('heading', { name: 'Appeal windows' }).scrollIntoViewIfNeeded();
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('settings-appeal-windows-en');
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('heading', { name: 'Сроки обжалования' }).waitFor();
    await app.screenshot('settings-appeal-windows-ru');
    await page.getByLabel('Язык').selectOption('en');
    expect(app.consoleErrors).toEqual([]);
  });
});
