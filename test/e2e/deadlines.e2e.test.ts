// The deadlines screen on a real vault: a WGAD petition whose government reply is overdue, a
// hearing next week and a hand-typed task, grouped into Overdue and Upcoming, each linked to its
// case; the task closes from the list; a supervisor-level user can widen the view to every case.
import { afterEach, describe, expect, it } from 'vitest';

import { addUserAndSwitch, call, day, openApp, type E2E } from './harness/fixture';

const ADMIN = { userName: 'admin', passphrase: 'correct horse battery staple 42' };
const CASEWORKER = { userName: 'aziz', passphrase: 'quiet river under the old bridge 7' };

let app: E2E | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/** A case on the caseworker's desk with an overdue WGAD reply, a hearing in a week and a task. */
async function caseWithDeadlines(app: E2E): Promise<{ caseId: string; taskId: string }> {
  const referral = await call<{ id: string }>(app, 'referrals.create', {
    receivedOn: day(-100),
    channel: 'lawyer',
    countryCode: 'TJ',
    urgency: 'high',
    person: { name: 'Кабиров Тимур', nameVariants: [{ name: 'Kabirov Timur' }] },
    detention: { detentionType: 'pre_trial', arrestDate: day(-120).slice(0, 7), facility: 'SIZO No. 1, Dushanbe' },
  });
  const decided = await call<{ caseId: string }>(app, 'referrals.decide', { id: referral.id, decision: 'accepted', decidedOn: day(-95) });
  const [episode] = await call<{ id: string }[]>(app, 'episodes.list', { caseId: decided.caseId });
  // Transmitted 70 days ago with the default 60-day reply period: the reply is 10 days overdue.
  await call(app, 'advocacy.create', {
    caseId: decided.caseId,
    type: 'wgad_petition',
    date: day(-80),
    status: 'awaiting_response',
    wgad: { submittedOn: day(-80), transmittedOn: day(-70) },
  });
  await call(app, 'courtEvents.create', { episodeId: episode?.id, date: day(7), kind: 'trial_hearing', court: 'Dushanbe City Court' });
  const task = await call<{ id: string }>(app, 'tasks.create', { title: 'Send the family the hearing date', dueOn: day(3), caseId: decided.caseId });
  return { caseId: decided.caseId, taskId: task.id };
}

describe('deadlines', () => {
  it('lists overdue and upcoming deadlines with links to their case, closes a task, and widens to all cases for an administrator', async () => {
    app = await openApp();
    const { page } = app;
    await call(app, 'session.createVault', ADMIN);
    await addUserAndSwitch(app, { ...CASEWORKER, displayName: 'Aziz Rahimov', role: 'caseworker' });
    const { caseId, taskId } = await caseWithDeadlines(app);

    await page.goto(`${app.harness.url}#/deadlines`);
    const overdue = page.getByRole('region', { name: /^Overdue/ });
    const upcoming = page.getByRole('region', { name: /^Upcoming/ });
    const reply = overdue.getByRole('row', { name: /WGAD reply due/ });
    await reply.waitFor();
    await reply.getByText('10 days overdue').waitFor();
    await upcoming.getByRole('row', { name: /Hearing/ }).getByText('in 7 days').waitFor();
    const task = upcoming.getByRole('row', { name: /Send the family the hearing date/ });
    await task.getByText('in 3 days').waitFor();
    expect(await overdue.getByRole('row').count()).toBe(2); // header + the reply
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('deadlines-en');

    // A hand-typed task is closed from the list and leaves it.
    await task.getByRole('button', { name: 'Mark done: Send the family the hearing date' }).click();
    await task.waitFor({ state: 'detached' });
    const tasks = await call<{ rows: { id: string; doneAt: string | null }[] }>(app, 'tasks.list', { includeDone: true });
    expect(tasks.rows.find((t) => t.id === taskId)?.doneAt).not.toBeNull();

    // The same list in Russian.
    await page.getByLabel('Language').selectOption('ru');
    const overdueRu = page.getByRole('region', { name: /^Просрочено/ });
    await overdueRu.getByRole('row', { name: /Ответ правительства в РГПЗ/ }).getByText('просрочено на 10 дней').waitFor();
    await page.getByRole('region', { name: /^Скоро/ }).getByText('через 7 дней').waitFor();
    await app.screenshot('deadlines-ru');
    await page.getByLabel('Язык').selectOption('en');

    // The person's name opens the case.
    await overdue.getByRole('link', { name: 'Кабиров Тимур' }).click();
    await page.waitForURL(`**/#/cases/${caseId}`);

    // An administrator sees only their own cases at first, and everyone's on request.
    await call(app, 'session.lock', {});
    await call(app, 'session.unlock', ADMIN);
    await page.goto(`${app.harness.url}#/deadlines`);
    await page.getByText('Nothing is overdue.').waitFor();
    await page.getByLabel('All cases').check();
    await page.getByRole('region', { name: /^Overdue/ }).getByRole('row', { name: /WGAD reply due/ }).waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('deadlines-all-en');
    expect(app.consoleErrors).toEqual([]);
  });
});
