// A supervisor's day on a real vault: unlocking lands on the overview with the right figures; the
// review queue is filtered by country and searched by a Latin spelling of a Cyrillic name, and the
// choice survives a reload; two cases are signed off with one comment while a third, changed in
// the meantime, is left alone with the reason said. English and Russian screenshots, axe on each.
import { afterEach, describe, expect, it } from 'vitest';

import { call, day, openApp, send, switchUser, type E2E } from './harness/fixture';

const ADMIN = { userName: 'admin', passphrase: 'correct horse battery staple 42' };
const SUPERVISOR = { userName: 'sofia', passphrase: 'amber lantern over the quiet hills 3' };
const CASEWORKER = { userName: 'aziz', passphrase: 'quiet river under the old bridge 7' };

let app: E2E | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function openCase(app: E2E, name: string, countryCode: string, variant?: string): Promise<string> {
  const referral = await call<{ id: string }>(app, 'referrals.create', {
    receivedOn: '2025-11-02',
    channel: 'family',
    countryCode,
    person: { name, ...(variant ? { nameVariants: [{ name: variant }] } : {}) },
  });
  const { caseId } = await call<{ caseId: string }>(app, 'referrals.decide', { id: referral.id, decision: 'accepted' });
  return caseId;
}

/**
 * The caseworker's four cases (three in Kazakhstan, one in Uzbekistan) and a referral waiting; the
 * supervisor signed off one Kazakh case, which has changed since, and has two tasks of their own.
 */
async function seedDay(app: E2E): Promise<{ changed: string; signedOff: string[] }> {
  const supervisor = await call<{ id: string }>(app, 'users.add', { name: SUPERVISOR.userName, displayName: 'Sofia Petrova', role: 'supervisor', passphrase: SUPERVISOR.passphrase });
  await call(app, 'users.add', { name: CASEWORKER.userName, displayName: 'Aziz Rahimov', role: 'caseworker', passphrase: CASEWORKER.passphrase });
  await switchUser(app, CASEWORKER);
  const kabirov = await openCase(app, 'Кабиров Ержан', 'KZ');
  const ilyashev = await openCase(app, 'Ильяшев Марат', 'KZ', 'Ilyashev Marat');
  const changed = await openCase(app, 'Турсунов Бахтиёр', 'KZ');
  await openCase(app, 'Алимова Дилноза', 'UZ');
  await call(app, 'referrals.create', { receivedOn: day(-1), channel: 'lawyer', countryCode: 'KZ', urgency: 'urgent', person: { name: 'Садыков Руслан' } });
  await switchUser(app, SUPERVISOR);
  await call(app, 'review.submit', { caseId: changed, verdict: 'signed_off' });
  await call(app, 'tasks.create', { title: 'Read the monitoring report', dueOn: day(-1), assigneeId: supervisor.id });
  await call(app, 'tasks.create', { title: 'Prepare the board meeting', dueOn: day(3), assigneeId: supervisor.id });
  await switchUser(app, CASEWORKER);
  await call(app, 'caseEvents.create', { caseId: changed, kind: 'visit', title: 'Lawyer visited the colony' });
  await switchUser(app, SUPERVISOR);
  return { changed, signedOff: [kabirov, ilyashev] };
}

describe("a supervisor's day", () => {
  it('lands on the overview, filters and searches the review queue, remembers it, and signs off two cases at once', async () => {
    app = await openApp();
    const { page } = app;
    await call(app, 'session.createVault', ADMIN);
    const { changed, signedOff } = await seedDay(app);
    await page.reload();

    // Unlocked: the overview, first in the navigation, with the supervisor's figures.
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    expect(page.url()).toMatch(/#\/overview$/);
    expect(await page.getByRole('navigation').getByRole('link').first().innerText()).toBe('Overview');
    const work = page.getByRole('region', { name: 'My work' });
    await work.getByText('overdue').waitFor();
    expect(await work.locator('.overview-number').allInnerTexts()).toEqual(['1', '1']);
    const referrals = page.getByRole('region', { name: 'New referrals' });
    expect(await referrals.locator('.overview-number').allInnerTexts()).toEqual(['1', '1']);
    const review = page.getByRole('region', { name: 'Changed since review' });
    expect(await review.locator('.overview-number').allInnerTexts()).toEqual(['1', '3']);
    const kz = page.getByRole('region', { name: 'Focus countries' }).getByRole('row', { name: /Kazakhstan/ });
    expect(await kz.getByRole('cell').allInnerTexts()).toEqual(['3', '0', '1']);
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('overview-en');
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('heading', { level: 1, name: 'Обзор' }).waitFor();
    await page.getByRole('region', { name: 'Изменения после проверки' }).getByText('дело изменилось после последней проверки').waitFor();
    await app.screenshot('overview-ru');
    await page.getByLabel('Язык').selectOption('en');

    // A country opens the case list filtered by it; the list is where it always was.
    await kz.getByRole('link', { name: 'Kazakhstan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    await page.getByText('3 cases').waitFor();
    await page.goBack();

    // The review block opens the queue on the changed cases.
    await page.getByRole('link', { name: 'Open the review queue' }).click();
    const queue = page.getByRole('region', { name: /Cases waiting for review/ });
    await queue.getByRole('row', { name: /Турсунов Бахтиёр/ }).waitFor();
    await expect.poll(() => queue.locator('tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => queue.locator('tbody tr').count()).toBe(4);

    // Filter by country, then search a Cyrillic name by its Latin spelling.
    await page.getByLabel('Country').selectOption('KZ');
    await expect.poll(() => queue.locator('tbody tr').count()).toBe(3);
    await page.getByLabel('Name').fill('kabirov');
    await expect.poll(() => queue.locator('tbody tr').count()).toBe(1);
    await queue.getByRole('row', { name: /Кабиров Ержан/ }).waitFor();
    // Remembered for this supervisor across a reload.
    await expect
      .poll(async () => (await call<{ value: { search?: string; countryCode?: string } | null }>(app as E2E, 'preferences.get', { key: 'review.queue' })).value)
      .toMatchObject({ search: 'kabirov', countryCode: 'KZ' });
    await page.reload();
    await queue.getByRole('row', { name: /Кабиров Ержан/ }).waitFor();
    expect(await page.getByLabel('Country').inputValue()).toBe('KZ');
    expect(await page.getByLabel('Name').inputValue()).toBe('kabirov');
    await expect.poll(() => queue.locator('tbody tr').count()).toBe(1);

    // Bulk sign-off: the three Kazakh cases selected (Space toggles a box); one changes meanwhile.
    await page.getByLabel('Name').fill('');
    await expect.poll(() => queue.locator('tbody tr').count()).toBe(3);
    await page.getByLabel('Select every case on this page').check();
    await page.getByLabel('Select Ильяшев Марат').focus();
    await page.keyboard.press('Space');
    expect(await page.getByLabel('Select Ильяшев Марат').isChecked()).toBe(false);
    await page.keyboard.press('Space');
    expect(await page.getByLabel('Select Ильяшев Марат').isChecked()).toBe(true);
    const bulk = page.getByRole('region', { name: '3 cases selected' });
    await bulk.getByLabel('Comment for every selected case (optional)').fill('Read through in the weekly round; nothing to add.');
    await call(app, 'caseEvents.create', { caseId: changed, kind: 'note', title: 'Family called' });
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('review-queue-bulk-en');
    await bulk.getByRole('button', { name: 'Sign off selected (3)' }).click();
    const skipped = page.getByRole('status').filter({ hasText: '1 case was not signed off:' });
    await skipped.getByText('it changed after the queue showed it; open it to see what is new').waitFor();
    await skipped.getByText('Турсунов Бахтиёр').waitFor();
    await page.getByText('2 cases signed off.').waitFor();
    await expect.poll(() => queue.locator('tbody tr').count()).toBe(1);
    await queue.getByRole('row', { name: /Турсунов Бахтиёр/ }).waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('review-queue-skipped-en');
    await page.getByLabel('Language').selectOption('ru');
    await page.getByText('Не утверждено 1 дело:').waitFor();
    await app.screenshot('review-queue-skipped-ru');
    await page.getByLabel('Язык').selectOption('en');

    // One review each, with the one comment; the overview counts them as reviewed.
    for (const caseId of signedOff) {
      const { lastReview } = await send(app, 'review.forCase', { caseId });
      expect(lastReview).toMatchObject({ verdict: 'signed_off', comment: 'Read through in the weekly round; nothing to add.' });
    }
    const left = await send(app, 'review.queue', { limit: 50 });
    expect(left.rows.map((r) => r.personName).sort()).toEqual(['Алимова Дилноза', 'Турсунов Бахтиёр']);
    await page.getByRole('link', { name: 'Overview' }).click();
    // The overview loads afresh when opened: wait for its figures rather than read the first paint.
    await expect.poll(() => page.getByRole('region', { name: 'Changed since review' }).locator('.overview-number').allInnerTexts()).toEqual(['1', '1']);
    expect(app.consoleErrors).toEqual([]);
  }, 120_000);
});
