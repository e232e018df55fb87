// A supervisor review round trip on a real vault: the supervisor finds a case changed since its
// sign-off in the queue, sees the new entry marked, requests changes; the caseworker sees the
// request, edits the case and marks it done; the supervisor signs off; the audit screen shows the
// reviews and a verified chain. English and Russian screenshots, axe on every screen.
import { afterEach, describe, expect, it } from 'vitest';

import { call, day, openApp, switchUser, type E2E, type E2EUser } from './harness/fixture';

const ADMIN = { userName: 'admin', passphrase: 'correct horse battery staple 42' };
const SUPERVISOR = { userName: 'sofia', passphrase: 'amber lantern over the quiet hills 3' };
const CASEWORKER = { userName: 'aziz', passphrase: 'quiet river under the old bridge 7' };

let app: E2E | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function signInAs(app: E2E, who: E2EUser): Promise<void> {
  await switchUser(app, who);
  await app.page.reload();
}

/** The caseworker's case with an overdue task, signed off once by the supervisor and then given a new visit. */
async function changedCase(app: E2E): Promise<{ caseId: string; noteId: string }> {
  await signInAs(app, CASEWORKER);
  const referral = await call<{ id: string }>(app, 'referrals.create', {
    receivedOn: '2025-11-02',
    channel: 'family',
    countryCode: 'UZ',
    person: { name: 'Турсунов Бахтиёр' },
  });
  const { caseId } = await call<{ caseId: string }>(app, 'referrals.decide', { id: referral.id, decision: 'accepted' });
  await call(app, 'tasks.create', { title: 'Ask the colony for the visit log', dueOn: day(-2), caseId });
  await signInAs(app, SUPERVISOR);
  await call(app, 'review.submit', { caseId, verdict: 'signed_off' });
  await signInAs(app, CASEWORKER);
  const note = await call<{ id: string }>(app, 'caseEvents.create', { caseId, kind: 'visit', title: 'Lawyer visited the colony' });
  return { caseId, noteId: note.id };
}

describe('supervisor review', () => {
  it('queues a changed case, marks the change, requests changes, shows them to the caseworker, signs off and audits it', async () => {
    app = await openApp();
    const { page } = app;
    await call(app, 'session.createVault', ADMIN);
    await call(app, 'users.add', { name: SUPERVISOR.userName, displayName: 'Sofia Petrova', role: 'supervisor', passphrase: SUPERVISOR.passphrase });
    await call(app, 'users.add', { name: CASEWORKER.userName, displayName: 'Aziz Rahimov', role: 'caseworker', passphrase: CASEWORKER.passphrase });
    const { caseId, noteId } = await changedCase(app);

    // The supervisor's queue: the case waits because it changed after the sign-off.
    await signInAs(app, SUPERVISOR);
    await page.goto(`${app.harness.url}#/review`);
    const row = page.getByRole('row', { name: /Турсунов Бахтиёр/ });
    await row.getByText('Changed since review').waitFor();
    await row.getByText('1 overdue item').waitFor();
    await row.getByText('Aziz Rahimov').waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('review-queue-en');
    await page.getByLabel('Language').selectOption('ru');
    await row.getByText('1 просроченный пункт').waitFor();
    await app.screenshot('review-queue-ru');
    await page.getByLabel('Язык').selectOption('en');
    await page.getByRole('tab', { name: 'Deadlines by caseworker' }).click();
    const desk = page.getByRole('region', { name: /^Aziz Rahimov/ });
    await desk.getByRole('row', { name: /Ask the colony for the visit log/ }).getByText('2 days overdue').waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('review-deadlines-en');
    await page.getByRole('tab', { name: 'Review queue' }).click();

    // The case's review: only the new visit is marked as changed.
    await row.getByRole('link', { name: 'Турсунов Бахтиёр' }).click();
    await page.waitForURL(`**/#/review/${caseId}`);
    await page.getByRole('status').filter({ hasText: '1 entry added or changed since the last review.' }).waitFor();
    const changed = page.locator('.review-changed');
    expect(await changed.count()).toBe(1);
    await changed.getByText('Changed since last review').waitFor();
    await changed.getByText('Lawyer visited the colony').waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('review-case-en');

    // Requesting changes needs a comment.
    await page.getByRole('button', { name: 'Request changes' }).click();
    await page.getByText('Say what should change.').waitFor();
    await page.getByLabel('Comment').fill('Add the date of the visit and what the lawyer learned.');
    await page.getByRole('button', { name: 'Request changes' }).click();
    await page.getByRole('region', { name: 'Review history' }).getByText('Changes requested').waitFor();

    // The caseworker sees the request on the review screen and marks it done after editing.
    await signInAs(app, CASEWORKER);
    const requested = await call<Array<{ caseId: string }>>(app, 'review.requestedChanges', {});
    expect(requested.map((r) => r.caseId)).toEqual([caseId]);
    // First where the caseworker looks every day: the deadlines screen carries the request until answered.
    await page.goto(`${app.harness.url}#/deadlines`);
    await page
      .getByRole('region', { name: /A supervisor asked for changes on 1 of your cases/ })
      .getByText('Add the date of the visit and what the lawyer learned.')
      .waitFor();
    await page.goto(`${app.harness.url}#/review`);
    expect(await page.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    const banner = page.getByRole('region', { name: /A supervisor asked for changes on 1 of your cases/ });
    await banner.getByText('Add the date of the visit and what the lawyer learned.').waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('review-requested-en');
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('heading', { name: 'Руководитель запросил изменения по 1 вашему делу' }).waitFor();
    await app.screenshot('review-requested-ru');
    await page.getByLabel('Язык').selectOption('en');
    await call(app, 'caseEvents.update', { id: noteId, body: 'Seen on the 3rd; he reports no ill-treatment since the transfer.' });
    await banner.getByRole('link', { name: 'Турсунов Бахтиёр' }).click();
    await page.getByLabel('What you did (optional)').fill('Added the details of the visit.');
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await page.getByRole('region', { name: 'Requested change' }).waitFor({ state: 'detached' });
    expect(await call<unknown[]>(app, 'review.requestedChanges', {})).toEqual([]);

    // The supervisor finds the answered case in the queue, sees the edit marked again and signs off.
    await signInAs(app, SUPERVISOR);
    await page.goto(`${app.harness.url}#/review`);
    await row.getByText('Changes made').waitFor();
    await row.getByRole('link', { name: 'Турсунов Бахтиёр' }).click();
    await page.waitForURL(`**/#/review/${caseId}`);
    await page.locator('.review-changed').getByText('Lawyer visited the colony').waitFor();
    await page.getByRole('region', { name: 'Review history' }).getByText('Answer: Added the details of the visit.').waitFor();
    await page.getByRole('button', { name: 'Sign off' }).click();
    await page.getByRole('status').filter({ hasText: 'Nothing was added or changed since the last review.' }).waitFor();
    // Still queued for its overdue task, but no longer as changed.
    await page.goto(`${app.harness.url}#/review`);
    const after = page.getByRole('row', { name: /Турсунов Бахтиёр/ });
    await after.getByText('1 overdue item').waitFor();
    expect(await after.getByText('Changed since review').count()).toBe(0);

    // The audit log shows the reviews and a verified chain.
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByText(/^Audit chain verified: \d+ entries, none altered\.$/).waitFor();
    await page.getByLabel('Action').fill('review.submit');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Entries 1–3 of 3').waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('audit-en');

    // The same screens in Russian.
    await page.getByLabel('Language').selectOption('ru');
    await page.getByText(/^Цепочка аудита проверена/).waitFor();
    await app.screenshot('audit-ru');
    await page.goto(`${app.harness.url}#/review/${caseId}`);
    await page.getByRole('heading', { name: 'История проверок' }).waitFor();
    await app.screenshot('review-case-ru');
    await page.getByLabel('Язык').selectOption('en');
    expect(app.consoleErrors).toEqual([]);
  }, 120_000);
});
