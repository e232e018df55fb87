// The case file and its timeline, driven through the UI on a case opened from a referral: detention
// with a charge, a hearing and a sentence; a WGAD petition; a note; each seen on the timeline in
// order with honest partial dates and the petition on the deadlines screen; the service's overlap error in words; and a staff user who is
// offered no way to change anything; a note's draft kept through a lock and discarded. Accessibility is
// checked on every tab and on the timeline.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';

import { ok, openApp, type E2E } from './harness/fixture';

const PASSPHRASE = 'correct horse battery staple 42';
const STAFF_PASSPHRASE = 'quiet otter lantern meadow 77';

const consoleErrors = (e2e: E2E) => e2e.consoleErrors;

let app: E2E | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});


/** A vault with one accepted referral: the person's name in Cyrillic with Latin spellings. */
async function caseFromReferral(e2e: E2E): Promise<string> {
  await ok(e2e.harness.call('session.createVault', { userName: 'admin', passphrase: PASSPHRASE }));
  const referral = await ok<{ id: string }>(
    e2e.harness.call('referrals.create', {
      receivedOn: '2022-02-20',
      channel: 'family',
      countryCode: 'KZ',
      consent: 'public',
      person: { name: 'Кабиров Ержан', nameVariants: [{ name: 'Kabirov Yerzhan' }, { name: 'Qobirov Erjan' }] },
    }),
  );
  const decided = await ok(e2e.harness.call('referrals.decide', { id: referral.id, decision: 'accepted' }));
  if (!decided.caseId) throw new Error('Accepting the referral opened no case.');
  return decided.caseId;
}

async function openTab(page: Page, name: RegExp) {
  await page.getByRole('tab', { name }).click();
  await expect.poll(() => page.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
}

async function save(page: Page) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function shot(e2e: E2E, name: string) {
  await e2e.page.waitForTimeout(150);
  await e2e.screenshot(name);
}

describe('case file', () => {
  it('records detention, advocacy and a note through the UI and shows them on the timeline', async () => {
    app = await openApp();
    const { page } = app;
    const caseId = await caseFromReferral(app);
    await page.goto(`${app.harness.url}#/cases/${caseId}`);
    await page.getByRole('heading', { level: 1, name: /Кабиров Ержан/ }).waitFor();
    await expect.poll(() => page.getByText('Also written: Kabirov Yerzhan · Qobirov Erjan').count()).toBe(1);
    expect(await app.accessibilityProblems()).toEqual([]);

    // A contact is confidential by default: masked in the list until revealed, hidden again on leaving the tab.
    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).last().fill('Гульнара Кабирова');
    await page.getByRole('textbox', { name: 'Relation' }).fill('Wife');
    await page.getByRole('textbox', { name: 'How to reach them' }).fill('+7 701 000 00 00');
    await save(page);
    const contacts = page.getByRole('table', { name: 'Contacts' });
    await contacts.getByText('Hidden').first().waitFor();
    expect(await contacts.getByText('Гульнара Кабирова').count()).toBe(0);
    await page.getByRole('button', { name: 'Reveal confidential details' }).click();
    await contacts.getByText('Гульнара Кабирова').waitFor();
    await shot(app, 'case-person-en');
    await openTab(page, /Tasks/);
    await openTab(page, /Person & contacts/);
    await contacts.getByText('Hidden').first().waitFor();
    expect(await contacts.getByText('Гульнара Кабирова').count()).toBe(0);
    // Deleting asks first.
    await page.getByRole('button', { name: 'Delete contact: Wife' }).click();
    await page.getByRole('dialog', { name: 'Delete this record?' }).getByRole('button', { name: 'Delete' }).click();
    await page.getByText('No contacts recorded.').waitFor();

    // The person's own facts: a birth year is all that is known.
    await page.getByRole('textbox', { name: 'Date of birth' }).fill('1975');
    await page.getByRole('checkbox', { name: 'Journalist' }).check();
    await page.getByRole('button', { name: 'Save person' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Save person' }).isDisabled()).toBe(true);
    const detail = await ok(app.harness.call('cases.get', { id: caseId }));
    const person = await ok(app.harness.call('people.get', { id: detail.personId }));
    expect(person).toMatchObject({ birthDate: '1975', professions: ['journalist'] });

    // A detention episode known to the month, then a charge, a hearing and a sentence within it.
    await openTab(page, /Detention/);
    await page.getByRole('button', { name: 'Add episode' }).click();
    await page.getByLabel('Arrest date').fill('2021-03');
    await page.getByLabel('Place of arrest').fill('Almaty');
    await save(page);
    const episode = page.getByRole('article', { name: 'Arrested March 2021' });
    await episode.waitFor();

    await episode.getByRole('button', { name: 'Add charge' }).click();
    await page.getByLabel('Criminal code').fill('УК РК');
    await page.getByLabel('Article').fill('174');
    await page.getByLabel('Category').selectOption('anti_state_extremism');
    await save(page);
    await episode.getByText('УК РК, art. 174').waitFor();

    await episode.getByRole('button', { name: 'Add court event' }).click();
    await page.getByLabel('Date').fill('2022-01');
    await page.getByLabel('Kind').selectOption('trial_hearing');
    await page.getByLabel('Court', { exact: true }).fill('Almaty City Court');
    await page.getByLabel('Court', { exact: true }).press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await episode.getByText('January 2022').waitFor();

    await episode.getByRole('button', { name: 'Add sentence' }).click();
    await page.getByLabel('Years').fill('7');
    await page.getByLabel('Counted from').fill('2022-02-28');
    await page.getByLabel('Handed down on').fill('2022-02-28');
    await save(page);
    await episode.getByText('Expected release: 28 February 2029').waitFor();

    // Reduced on appeal: the new sentence supersedes the first, whose start carries over.
    await episode.getByRole('button', { name: 'Add sentence' }).click();
    await page.getByLabel('Years').fill('5');
    await page.getByLabel('Handed down on').fill('2022-06-10');
    await page.getByLabel('Changes an earlier sentence').selectOption({ label: '7 years, 28 February 2022' });
    await page.getByLabel('How it changed').selectOption('appeal_reduced');
    await save(page);
    await episode.getByText('Reduced on appeal — supersedes the sentence of 28 February 2022').waitFor();
    await episode.getByText('Expected release: 28 February 2027').waitFor();
    await episode.getByText('No longer in force').waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await shot(app, 'case-detention-en');

    // A second open episode overlaps the first: the service's own words appear beside the form.
    await page.getByRole('button', { name: 'Add episode' }).click();
    await page.getByLabel('Arrest date').fill('2021-06');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('dialog').getByRole('alert').filter({ hasText: 'already has an open detention episode' }).waitFor();
    await shot(app, 'case-episode-overlap-en');
    // What was typed is a draft: Cancel asks whether to keep it; this one is thrown away.
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Discard draft' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // A WGAD petition: the reply deadline follows from the transmission date.
    await openTab(page, /Advocacy/);
    await page.getByRole('button', { name: 'Add action' }).click();
    await page.getByLabel('Type').selectOption('wgad_petition');
    await page.getByRole('textbox', { name: 'Date', exact: true }).fill('2022-06-01');
    await page.getByLabel('Submitted').fill('2022-06-01');
    await page.getByLabel('Transmitted to the government').fill('2022-07-15');
    await save(page);
    const deadlines = page.getByRole('definition').filter({ hasText: '13 September 2022' });
    await deadlines.waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await shot(app, 'case-advocacy-en');

    // A note dated only by its year.
    await openTab(page, /Notes & events/);
    await page.getByRole('button', { name: 'Add note or event' }).click();
    await page.getByLabel('Date').fill('2019');
    await page.getByLabel('Title').fill('Family reports threats by police');
    await save(page);
    await page.getByText('Family reports threats by police').waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await shot(app, 'case-events-en');

    // A task typed by hand, done and reopened.
    await openTab(page, /Tasks/);
    await page.getByRole('button', { name: 'Add task' }).click();
    await page.getByLabel('What is to be done').fill('Ask the lawyer for the verdict text');
    await page.getByLabel('Due on').fill('2030-01-15');
    await save(page);
    await page.getByText('Due 15 January 2030', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Mark done: Ask the lawyer for the verdict text' }).click();
    await page.getByRole('button', { name: 'Reopen: Ask the lawyer for the verdict text' }).click();
    await page.getByRole('button', { name: 'Mark done: Ask the lawyer for the verdict text' }).waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);

    // Closing the case asks for a reason; reopening brings it back.
    await page.getByRole('button', { name: 'Close case…' }).click();
    await page.getByLabel('Reason').selectOption('released');
    await save(page);
    await page.getByText(/\(Released, /).waitFor();
    await page.getByRole('button', { name: 'Reopen case' }).click();
    await page.getByRole('button', { name: 'Close case…' }).waitFor();

    // The timeline: everything in order, dates as precise as they are known.
    await page.getByRole('link', { name: 'Timeline' }).click();
    await page.getByRole('heading', { level: 1, name: /Timeline/ }).waitFor();
    const entries = page.locator('.timeline-entry');
    await expect.poll(() => entries.count()).toBeGreaterThan(8);
    const texts = await entries.allInnerTexts();
    const at = (text: string) => texts.findIndex((t) => t.includes(text));
    const order = ['Family reports threats by police', 'Charged: УК РК, art. 174', 'Trial hearing', 'Referral received', 'Sentence: 7 years', 'WGAD: submitted', 'Sentence changed (reduced on appeal): 5 years', 'WGAD: reply due', 'Expected release'];
    for (const text of order) expect(at(text), text).toBeGreaterThanOrEqual(0);
    expect(order.map(at)).toEqual([...order.map(at)].sort((a, b) => a - b));
    expect(texts[at('Family reports')]).toContain('2019');
    expect(texts[at('Charged:')]).toContain('March 2021');
    expect(texts[at('Trial hearing')]).toContain('January 2022');
    expect(texts[at('WGAD: reply due')]).toContain('13 September 2022');
    expect(await app.accessibilityProblems()).toEqual([]);
    await shot(app, 'timeline-en');
    await page.emulateMedia({ media: 'print' });
    await shot(app, 'timeline-print-en');
    await page.emulateMedia({ media: 'screen' });

    // Narrow it to charges only.
    await page.getByRole('button', { name: 'Hide all' }).click();
    await page.getByRole('checkbox', { name: 'Charge' }).check();
    await expect.poll(() => entries.count()).toBe(1);
    expect(await entries.first().innerText()).toContain('УК РК, art. 174');

    // An entry opens its record in the case file.
    await page.getByRole('link', { name: 'Charged: УК РК, art. 174' }).click();
    await expect.poll(() => page.getByRole('tab', { name: /Detention/ }).getAttribute('aria-selected')).toBe('true');
    await page.locator('.record-highlighted').filter({ hasText: 'УК РК, art. 174' }).waitFor();

    // The same screens in Russian.
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('tab', { name: /Задержание/ }).waitFor();
    await shot(app, 'case-detention-ru');
    for (const [tab, name] of [
      [/Человек и контакты/, 'case-person-ru'],
      [/Защита/, 'case-advocacy-ru'],
      [/Заметки и события/, 'case-events-ru'],
      [/Задачи/, 'case-tasks-ru'],
    ] as const) {
      await openTab(page, tab);
      expect(await app.accessibilityProblems()).toEqual([]);
      await shot(app, name);
    }
    await openTab(page, /Защита/);
    await page.getByRole('button', { name: /^Изменить: Жалоба в РГПЗ/ }).click();
    await page.getByRole('dialog').getByText('13 сентября 2022').waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await shot(app, 'case-advocacy-dialog-ru');
    await page.getByRole('dialog').getByRole('button', { name: 'Отмена' }).click();
    await page.getByRole('link', { name: 'Хронология' }).click();
    await page.getByRole('heading', { level: 1, name: /Хронология/ }).waitFor();
    await expect.poll(() => entries.count()).toBeGreaterThan(8);
    expect(await entries.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('март 2021')]));
    await shot(app, 'timeline-ru');
    await page.getByLabel('Язык').selectOption('en');

    // The WGAD petition added through the form is on the caseworker's deadlines: its reply is overdue.
    await page.getByRole('link', { name: 'Deadlines' }).click();
    const overdue = page.getByRole('table').filter({ hasText: 'WGAD reply due' });
    await overdue.getByRole('row').filter({ hasText: 'Кабиров Ержан' }).first().waitFor();
    await overdue.getByRole('link', { name: /Кабиров Ержан/ }).first().click();
    await page.getByRole('heading', { level: 1, name: /Кабиров Ержан/ }).waitFor();

    expect(consoleErrors(app)).toEqual([]);
  });

  it('keeps a note typed in its dialog through a lock, and throws it away on Discard draft', async () => {
    app = await openApp();
    const { page } = app;
    const caseId = await caseFromReferral(app);
    await page.goto(`${app.harness.url}#/cases/${caseId}`);
    await page.getByRole('heading', { level: 1, name: /Кабиров Ержан/ }).waitFor();
    await openTab(page, /Notes & events/);
    await page.getByRole('button', { name: 'Add note or event' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Title').fill('Lawyer refused entry to SIZO-2');
    await dialog.getByLabel('Details').fill('The guards said the lawyer’s permit had expired.');
    await dialog.getByRole('button', { name: 'Discard draft' }).waitFor();

    // Ctrl+L at once, inside the autosave pause: the lock waits for the draft to be written.
    await page.keyboard.press('Control+l');
    await page.getByLabel(/^Passphrase/).waitFor();
    await page.getByLabel(/^User name/).fill('admin');
    await page.getByLabel(/^Passphrase/).fill(PASSPHRASE);
    await page.getByLabel(/^Passphrase/).press('Enter');
    await page.getByRole('heading', { level: 1, name: /Кабиров Ержан/ }).waitFor();

    await openTab(page, /Notes & events/);
    await page.getByRole('button', { name: 'Add note or event' }).click();
    await expect.poll(() => dialog.getByLabel('Title').inputValue()).toBe('Lawyer refused entry to SIZO-2');
    expect(await dialog.getByLabel('Details').inputValue()).toBe('The guards said the lawyer’s permit had expired.');
    await dialog.getByText(/^Draft saved \d\d:\d\d$/).waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await shot(app, 'case-note-draft-en');
    await page.getByLabel('Language').selectOption('ru');
    await dialog.getByRole('button', { name: 'Удалить черновик' }).waitFor();
    await shot(app, 'case-note-draft-ru');
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await dialog.getByText('Сохранить черновик?').waitFor();
    await shot(app, 'case-note-keep-draft-ru');
    await dialog.getByRole('button', { name: 'Вернуться к форме' }).click();
    await page.getByLabel('Язык').selectOption('en');

    // Discard draft empties the form and the vault forgets the draft.
    await dialog.getByRole('button', { name: 'Discard draft' }).click();
    await expect.poll(() => dialog.getByLabel('Title').inputValue()).toBe('');
    expect(await ok(app.harness.call('drafts.get', { formKey: `case-event:new:${caseId}` }))).toBeNull();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(consoleErrors(app)).toEqual([]);
  });

  it('offers a staff user no way to change the case', async () => {
    app = await openApp();
    const { page } = app;
    const caseId = await caseFromReferral(app);
    await ok(app.harness.call('episodes.create', { caseId, arrestDate: '2021-03', detentionType: 'pre_trial' }));
    await ok(app.harness.call('users.add', { name: 'sam', displayName: 'Sam Staff', role: 'staff', passphrase: STAFF_PASSPHRASE }));
    await ok(app.harness.call('session.lock', {}));
    await ok(app.harness.call('session.unlock', { userName: 'sam', passphrase: STAFF_PASSPHRASE }));
    await page.goto(`${app.harness.url}#/cases/${caseId}?tab=detention`);
    await page.reload();
    await page.getByRole('article', { name: 'Arrested March 2021' }).waitFor();
    expect(await page.getByRole('button', { name: 'Add episode' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Edit/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Assign…' }).count()).toBe(0);
    await openTab(page, /Person & contacts/);
    await page.getByText('Contacts are not shown to your role.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Name', exact: true }).isDisabled()).toBe(true);
    // The backend refuses staff even if a control slipped through.
    const refused = await page.evaluate((id) => window.habeas.call('episodes.create', { caseId: id, detentionType: 'pre_trial' }), caseId);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await app.screenshot('case-staff-en');
    expect(consoleErrors(app)).toEqual([]);
  });
});
