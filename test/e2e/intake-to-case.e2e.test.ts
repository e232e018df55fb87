// From intake to a working case file, nothing typed lost on the way: a referral with a summary, an
// arrest and two charges is accepted and opened in one step; the case file shows the summary and
// the charges, the timeline the referral; a sentence linked to its verdict takes the verdict's
// date and a proposed credit, and the pre-trial episode moves to serving it; a supervisor's
// request for changes shows on the case file and is answered there. English and Russian.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';

import { call, openApp, send, switchUser, type E2E, type E2EUser } from './harness/fixture';

const ADMIN = { userName: 'admin', passphrase: 'correct horse battery staple 42' };
const SUPERVISOR = { userName: 'sofia', passphrase: 'amber lantern over the quiet hills 3' };
const CASEWORKER = { userName: 'dilnoza', passphrase: 'quiet river under the old bridge 7' };
const SUMMARY = 'Blogger detained after posts about forced labour in the cotton harvest.';

let app: E2E | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function signInAs(e2e: E2E, who: E2EUser): Promise<void> {
  await switchUser(e2e, who);
  await e2e.page.reload();
}

async function openTab(page: Page, name: RegExp) {
  await page.getByRole('tab', { name }).click();
  await expect.poll(() => page.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
}

/** The text of the error a field points to with aria-describedby ('' when none). */
async function errorOf(page: Page, label: string): Promise<string> {
  const id = await page.getByLabel(label).getAttribute('aria-describedby');
  if (!id) return '';
  return page.evaluate((ids) => ids.split(' ').map((i) => document.getElementById(i)?.textContent ?? '').join(' '), id);
}

async function shot(e2e: E2E, name: string) {
  // Fonts and the toast settle before the picture is taken.
  await e2e.page.waitForTimeout(150);
  await e2e.screenshot(name);
}

describe('from intake to the case file', () => {
  it('keeps the summary and charges, opens the case on acceptance, prefills a sentence from its verdict and answers a change request there', async () => {
    app = await openApp();
    const { page } = app;
    await call(app, 'session.createVault', ADMIN);
    await call(app, 'users.add', { name: SUPERVISOR.userName, displayName: 'sofia Petrova', role: 'supervisor', passphrase: SUPERVISOR.passphrase });
    await call(app, 'users.add', { name: 'bakhyt', displayName: 'Bakhyt Aliev', role: 'caseworker', passphrase: 'silver birch beside the winter lake 5' });
    await call(app, 'users.add', { name: CASEWORKER.userName, displayName: 'Dilnoza Karimova', role: 'caseworker', passphrase: CASEWORKER.passphrase });
    await signInAs(app, CASEWORKER);

    // Intake: the person, the referral with its summary, an arrest, and two charges typed in rows.
    await page.goto(`${app.harness.url}#/intake`);
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Ильяшев Марат');
    await page.getByLabel('Channel').selectOption('family');
    await page.getByLabel('Country of detention').selectOption({ label: 'Uzbekistan' });
    await page.getByLabel('Summary').fill(SUMMARY);
    await page.getByRole('button', { name: 'Add detention facts' }).click();
    await page.getByLabel('Arrest date').fill('2024-03-01');
    await page.getByLabel('Detention type').selectOption('pre_trial');
    await page.getByRole('button', { name: 'Add charge' }).click();
    // The new row's first field takes the focus, so the keyboard carries on from the button.
    await expect.poll(() => page.getByLabel('Criminal code (charge 1)').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('УК РУз');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ст. 159');
    await page.getByLabel('What it says (charge 1)').fill('Attempt on the constitutional order');
    await page.getByLabel('Category (charge 1)').selectOption('anti_state_extremism');
    await page.getByRole('button', { name: 'Add charge' }).click();
    await page.getByLabel('Article (charge 2)').fill('244-1');
    // A third row added by mistake and removed again.
    await page.getByRole('button', { name: 'Add charge' }).click();
    await page.getByRole('button', { name: 'Remove charge 3' }).click();
    expect(await page.getByLabel('Article (charge 3)').count()).toBe(0);
    // The draft keeps the typed charges.
    const current = app;
    await expect.poll(async () => JSON.stringify((await send(current, 'drafts.get', { formKey: 'intake' }))?.data)).toContain('244-1');
    await page.reload();
    await page.getByLabel('Article (charge 2)').waitFor();
    expect(await page.getByLabel('Article (charge 1)').inputValue()).toBe('ст. 159');
    expect(await page.getByLabel('Criminal code (charge 1)').inputValue()).toBe('УК РУз');
    expect(await app.accessibilityProblems()).toEqual([]);
    await shot(app, 'intake-charges-en');
    // An article in words is refused by the backend, and the refusal lands beside that row's field.
    await page.getByLabel('Article (charge 2)').fill('incitement');
    await page.getByRole('button', { name: 'Log referral' }).click();
    await expect.poll(() => errorOf(page, 'Article (charge 2)')).toContain('Start with the article number');
    await page.getByLabel('Article (charge 2)').fill('244-1');
    await page.getByRole('button', { name: 'Log referral' }).click();

    // The inbox offers acceptance; the dialog lists each colleague once, by name, ignoring case.
    await page.getByRole('heading', { name: 'Referrals' }).waitFor();
    await page.getByRole('row', { name: /Ильяшев Марат/ }).getByRole('button', { name: 'Accept: Ильяшев Марат' }).click();
    const dialog = page.getByRole('dialog', { name: 'Accept the referral for Ильяшев Марат' });
    await dialog.waitFor();
    const options = async (label: string) => (await dialog.getByLabel(label).locator('option').allTextContents()).slice(1);
    expect(await options('Caseworker')).toEqual(['admin (Administrator)', 'Bakhyt Aliev (Caseworker)', 'Dilnoza Karimova (Caseworker)', 'sofia Petrova (Supervisor)']);
    await dialog.getByLabel('Supervisor').selectOption({ label: 'sofia Petrova (Supervisor)' });
    await dialog.getByRole('button', { name: 'Accept and open the case' }).click();

    // Straight to the new case file: the referral's account is on it.
    const referralCard = page.getByRole('region', { name: 'From the referral' });
    await referralCard.getByText(SUMMARY).waitFor();
    await referralCard.getByText(/Family · urgency: Normal/).waitFor();
    const cases = await call<{ rows: { caseId: string; personName: string }[] }>(app, 'cases.list', {});
    const caseId = cases.rows.find((c) => c.personName === 'Ильяшев Марат')?.caseId ?? '';
    expect(new URL(page.url()).hash).toBe(`#/cases/${caseId}`);
    expect(await app.accessibilityProblems()).toEqual([]);
    await shot(app, 'case-from-referral-en');

    // The charges typed at intake are the episode's charges.
    await openTab(page, /Detention/);
    const episode = page.getByRole('article', { name: 'Arrested 1 March 2024' });
    await episode.getByText('УК РУз, art. 159').waitFor();
    await episode.getByText('Art. 244-1').waitFor();
    await episode.getByText('Attempt on the constitutional order').waitFor();

    // A verdict; the sentence linked to it takes its date and a proposed credit, both editable.
    const [ep] = await call<{ id: string }[]>(app, 'episodes.list', { caseId });
    await call(app, 'courtEvents.create', { episodeId: ep?.id, date: '2024-09-19', kind: 'verdict', court: 'Tashkent city court' });
    await page.reload();
    await episode.getByText('Tashkent city court').waitFor();
    await episode.getByRole('button', { name: 'Add sentence' }).click();
    const sentenceDialog = page.getByRole('dialog', { name: 'New sentence' });
    await sentenceDialog.getByLabel('From the court event').selectOption({ label: 'Verdict, 19 September 2024' });
    await expect.poll(() => sentenceDialog.getByLabel('Handed down on').inputValue()).toBe('2024-09-19');
    expect(await sentenceDialog.getByLabel('Counted from').inputValue()).toBe('2024-09-19');
    // 1 March to 19 September 2024, both days counted.
    await expect.poll(() => sentenceDialog.getByLabel('Days credited for pre-trial detention').inputValue()).toBe('203');
    await sentenceDialog.getByText('Proposed from the detention before the verdict: 203 days.', { exact: false }).waitFor();
    await sentenceDialog.getByLabel('Years').fill('7');
    expect(await app.accessibilityProblems()).toEqual([]);
    await shot(app, 'sentence-from-verdict-en');
    await sentenceDialog.getByRole('button', { name: 'Save' }).click();
    await sentenceDialog.waitFor({ state: 'detached' });
    await episode.getByText('203 days credited').waitFor();

    // The episode is still pre-trial: the case file offers to move it to serving the sentence.
    const move = episode.getByRole('button', { name: 'Move this episode to serving the sentence (prison colony)' });
    await move.waitFor();
    await shot(app, 'serving-offer-en');
    await move.click();
    await page.getByRole('article', { name: 'Arrested 1 March 2024' }).getByRole('heading', { name: /Prison colony/ }).waitFor();
    await move.waitFor({ state: 'detached' });
    expect((await call<{ detentionType: string }[]>(app, 'episodes.list', { caseId }))[0]?.detentionType).toBe('prison_colony');

    // The timeline shows the referral with its summary.
    await page.goto(`${app.harness.url}#/cases/${caseId}/timeline`);
    const referralEntry = page.locator('.timeline-entry').filter({ hasText: 'Referral from: Family' });
    await referralEntry.getByText(SUMMARY, { exact: false }).waitFor();
    await shot(app, 'timeline-referral-en');

    // The supervisor asks for a change; the caseworker sees it on the case file and answers there.
    await signInAs(app, SUPERVISOR);
    await call(app, 'review.submit', { caseId, verdict: 'changes_requested', comment: 'Add the lawyer and the colony address.' });
    await signInAs(app, CASEWORKER);
    await page.goto(`${app.harness.url}#/cases/${caseId}`);
    const requests = page.getByRole('region', { name: 'The supervisor asked for a change' });
    await requests.getByText('Add the lawyer and the colony address.').waitFor();
    await requests.getByText(/asked by sofia Petrova/).waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await shot(app, 'case-change-request-en');
    await requests.getByLabel('What you did (optional)').fill('Lawyer and address added.');
    await requests.getByRole('button', { name: 'Mark as done' }).click();
    const answered = page.getByRole('region', { name: 'Requested changes, answered' });
    await answered.getByText('Answered', { exact: true }).waitFor();
    await answered.getByText(/Lawyer and address added\./).waitFor();
    expect(await call<unknown[]>(app, 'review.requestedChanges', {})).toEqual([]);
    await shot(app, 'case-change-answered-en');
    // The deadlines screen no longer carries it.
    await page.goto(`${app.harness.url}#/deadlines`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByText('Add the lawyer and the colony address.').count()).toBe(0);

    // The same screens in Russian.
    await page.getByLabel('Language').selectOption('ru');
    await page.goto(`${app.harness.url}#/cases/${caseId}`);
    await page.getByRole('region', { name: 'Из обращения' }).getByText(SUMMARY).waitFor();
    await page.getByRole('region', { name: 'Запрошенные изменения: ответ дан' }).getByText('Ответ дан', { exact: true }).waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await shot(app, 'case-from-referral-ru');
    await openTab(page, /Задержание/);
    const episodeRu = page.getByRole('article', { name: 'Задержан: 1 марта 2024' });
    await episodeRu.getByText('Ст. 244-1').waitFor();
    await episodeRu.getByRole('button', { name: 'Добавить приговор' }).click();
    const sentenceRu = page.getByRole('dialog');
    await sentenceRu.getByLabel('По судебному событию').selectOption({ index: 1 });
    // Moved to serving, the episode's days before the verdict still count.
    await sentenceRu.getByText('Предложено по срокам содержания до приговора: 203 дня.', { exact: false }).waitFor();
    await shot(app, 'sentence-from-verdict-ru');
    await page.goto(`${app.harness.url}#/cases/${caseId}/timeline`);
    await page.locator('.timeline-entry').filter({ hasText: 'Обращение от: Семья' }).getByText(SUMMARY, { exact: false }).waitFor();
    await shot(app, 'timeline-referral-ru');
    await page.goto(`${app.harness.url}#/intake`);
    await page.getByRole('button', { name: 'Добавить обвинение' }).click();
    await page.getByLabel('Статья (обвинение 1)').waitFor();
    await shot(app, 'intake-charges-ru');
    expect(app.consoleErrors).toEqual([]);
  });
});
