// A caseworker logs a referral end to end: a Cyrillic name with a Latin spelling, a birth year only,
// two professions, a withheld source and detention facts; the draft survives a reload and a lock;
// errors sit beside their fields; the referral reaches the inbox and its acceptance opens the case.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';

import { addUserAndSwitch, call, openApp, send, type E2E } from './harness/fixture';

const ADMIN = { userName: 'admin', passphrase: 'correct horse battery staple 42' };
const CASEWORKER = { userName: 'dilnoza', passphrase: 'quiet river under the old bridge 7' };

let app: E2E | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});


/** A vault with an administrator and a caseworker, unlocked as the caseworker. */
async function signInAsCaseworker(app: E2E): Promise<void> {
  await call(app, 'session.createVault', ADMIN);
  await addUserAndSwitch(app, { ...CASEWORKER, displayName: 'Dilnoza Karimova', role: 'caseworker' });
}

/** Unlocks through the unlock screen when it offers a form, otherwise straight through the backend. */
async function unlock(app: E2E, who: { userName: string; passphrase: string }): Promise<void> {
  const passphrase = app.page.getByLabel(/^Passphrase/);
  if (await passphrase.waitFor({ timeout: 5000 }).then(() => true, () => false)) {
    const userName = app.page.getByLabel(/^User name/);
    if (await userName.isVisible().catch(() => false)) await userName.fill(who.userName);
    await passphrase.fill(who.passphrase);
    await passphrase.press('Enter');
    await passphrase.waitFor({ state: 'detached' });
  } else {
    await call(app, 'session.unlock', who);
  }
}

/** The text of the error a field points to with aria-describedby ('' when none). */
async function errorOf(page: Page, label: string | RegExp): Promise<string> {
  const field = page.getByLabel(label).first();
  const id = await field.getAttribute('aria-describedby');
  if (!id) return '';
  return page.evaluate((i) => document.getElementById(i)?.textContent ?? '', id);
}

async function values(page: Page) {
  return {
    name: await page.getByRole('textbox', { name: 'Name', exact: true }).inputValue(),
    spelling: await page.getByLabel('Other spelling 1').inputValue(),
    script: await page.getByLabel('Script of spelling 1').inputValue(),
    birth: await page.getByLabel('Date of birth').inputValue(),
    journalist: await page.getByLabel('Journalist').isChecked(),
    defender: await page.getByLabel('Human-rights defender').isChecked(),
    withheld: await page.getByLabel('The source asked us to withhold their identity').isChecked(),
    sourceName: await page.getByLabel("Source's name").inputValue(),
    arrest: await page.getByLabel('Arrest date').inputValue(),
    facility: await page.getByLabel('Current facility').inputValue(),
  };
}

describe('intake of a new referral', () => {
  it('logs a referral from a keyboard-first form, keeps its draft through reload and lock, and opens a case on acceptance', async () => {
    app = await openApp();
    const { page } = app;
    await signInAsCaseworker(app);
    await page.goto(`${app.harness.url}#/intake`);
    await page.getByRole('heading', { name: 'New referral' }).waitFor();
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    await name.waitFor();
    // The first field has the focus when the form opens.
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);

    // Empty name and an impossible month: errors beside the fields, nothing sent.
    await page.getByLabel('Date of birth').fill('2021-13');
    await page.getByRole('button', { name: 'Log referral' }).click();
    await page.getByText('Required', { exact: true }).first().waitFor();
    expect(await errorOf(page, 'Name')).toBe('Required');
    expect(await errorOf(page, 'Date of birth')).toBe('No such date');
    expect(await errorOf(page, 'Channel')).toBe('Choose how the referral arrived');
    await app.screenshot('intake-errors-en');

    // Enter in a one-line field never sends the form.
    await name.fill('Ильяшев Марат');
    await name.press('Enter');
    await page.getByLabel('Date of birth').fill('1968');
    await page.getByRole('button', { name: 'Add spelling' }).click();
    await page.getByLabel('Other spelling 1').fill('Ilyashev Marat');
    await page.getByLabel('Script of spelling 1').selectOption('latin');
    await page.getByLabel('Sex').selectOption('male');
    await page.getByLabel('Citizenship').selectOption({ label: 'Uzbekistan' });
    await page.getByLabel('Journalist').check();
    await page.getByLabel('Human-rights defender').check();
    await page.getByLabel('Channel').selectOption('family');
    await page.getByLabel('Country of detention').selectOption({ label: 'Uzbekistan' });
    await page.getByLabel('Urgency').selectOption('urgent');
    await page.getByLabel('Consent for advocacy').selectOption('private_only');
    await page.getByLabel('Record as a new contact').check();
    await page.getByLabel("Source's name").fill('Гульнара Ильяшева');
    await page.getByLabel('Relation').fill('sister');
    await page.getByLabel('How to reach them').fill('Signal, through the partner group');
    await page.getByLabel('The source asked us to withhold their identity').check();
    await page.getByLabel('Summary').fill('Blogger and journalist detained after posts about forced labour in the cotton harvest.');
    await page.getByRole('button', { name: 'Add detention facts' }).click();
    await page.getByLabel('Arrest date').fill('2021-03');
    await page.getByLabel('Detention type').selectOption('pre_trial');
    await page.getByLabel('Detaining authority').fill('State Security Service');
    await page.getByLabel('Place of arrest').fill('Tashkent');
    await page.getByLabel('Current facility').fill('SIZO-1, Tashkent');
    await page.getByText(/^Draft saved \d\d:\d\d$/).waitFor();
    // Enter did not send anything while the form was half filled.
    expect((await call<{ total: number }>(app, 'referrals.list', {})).total).toBe(0);
    const typed = await values(page);
    expect(typed).toMatchObject({ name: 'Ильяшев Марат', spelling: 'Ilyashev Marat', script: 'latin', birth: '1968', journalist: true, defender: true, withheld: true });

    // A reload puts every typed value back, once the last of it is in the stored draft.
    const current = app;
    await expect.poll(async () => JSON.stringify((await send(current, 'drafts.get', { formKey: 'intake' }))?.data)).toContain('SIZO-1, Tashkent');
    await page.reload();
    await page.getByRole('textbox', { name: 'Name', exact: true }).waitFor();
    expect(await values(page)).toEqual(typed);

    // So does a lock (the form leaves the screen) and an unlock.
    app.harness.lock('idle');
    await page.getByRole('textbox', { name: 'Name', exact: true }).waitFor({ state: 'detached' });
    await page.getByLabel(/^Passphrase/).waitFor();
    await app.screenshot('intake-locked-en');
    await unlock(app, CASEWORKER);
    await page.getByRole('textbox', { name: 'Name', exact: true }).waitFor();
    expect(await values(page)).toEqual(typed);
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('intake-filled-en');

    // Ctrl+Enter sends it; the inbox shows it and offers to accept it at once.
    await page.getByLabel('Summary').press('Control+Enter');
    await page.getByRole('heading', { name: 'Referrals' }).waitFor();
    await page.getByText('The referral for Ильяшев Марат is logged.').waitFor();
    const row = page.getByRole('row', { name: /Ильяшев Марат/ });
    await row.getByText('Urgent').waitFor();
    await row.getByText(/forced labour/).waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('referrals-en');
    expect(await call(app, 'drafts.get', { formKey: 'intake' })).toBeNull();

    await row.getByRole('button', { name: 'Accept: Ильяшев Марат' }).click();
    const dialog = page.getByRole('dialog', { name: 'Accept the referral for Ильяшев Марат' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Caseworker').inputValue()).not.toBe('');
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('referrals-accept-en');
    await dialog.getByRole('button', { name: 'Accept and open the case' }).click();
    // Accepting opens the case file itself.
    await page.getByRole('heading', { name: 'From the referral' }).waitFor();

    const cases = await call<{ rows: { caseId: string; personName: string; personId: string; caseworkerName: string | null }[] }>(app, 'cases.list', {});
    const opened = cases.rows.find((c) => c.personName === 'Ильяшев Марат');
    expect(opened?.caseworkerName).toBe('Dilnoza Karimova');
    expect(new URL(page.url()).hash).toBe(`#/cases/${opened?.caseId}`);
    const person = await call<{ nameVariants: { name: string; script: string }[]; birthDate: string; professions: string[]; citizenship: string; confidentiality: string }>(
      app,
      'people.get',
      { id: opened?.personId },
    );
    expect(person).toMatchObject({ birthDate: '1968', citizenship: 'UZ' });
    expect([...person.professions].sort()).toEqual(['human_rights_defender', 'journalist']);
    expect(person.nameVariants).toEqual([expect.objectContaining({ name: 'Ilyashev Marat', script: 'latin' })]);
    const episodes = await call<{ arrestDate: string; detentionType: string; facility: string }[]>(app, 'episodes.list', { caseId: opened?.caseId });
    expect(episodes).toEqual([expect.objectContaining({ arrestDate: '2021-03', detentionType: 'pre_trial', facility: 'SIZO-1, Tashkent' })]);
    const referrals = await call<{ rows: { id: string }[] }>(app, 'referrals.list', { status: ['accepted'] });
    const referral = await call<{ sourceWithheld: boolean; sourceContactId: string | null; channel: string; consent: string }>(app, 'referrals.get', { id: referrals.rows[0]?.id });
    expect(referral).toMatchObject({ sourceWithheld: true, channel: 'family', consent: 'private_only' });
    expect(referral.sourceContactId).not.toBeNull();

    // The same screens in Russian.
    await page.getByLabel('Language').selectOption('ru');
    await page.goto(`${app.harness.url}#/intake`);
    await page.getByRole('button', { name: 'Добавить сведения о задержании' }).click();
    await page.getByLabel('Дата рождения').fill('1968-02-30');
    await page.getByRole('button', { name: 'Зарегистрировать' }).click();
    expect(await errorOf(page, 'Дата рождения')).toBe('Такой даты нет');
    expect(await errorOf(page, 'Имя')).toBe('Обязательное поле');
    await app.screenshot('intake-errors-ru');
    await page.goto(`${app.harness.url}#/referrals`);
    await page.getByLabel('Принято').check();
    await page.getByRole('row', { name: /Ильяшев Марат/ }).getByRole('link', { name: 'Открыть дело' }).waitFor();
    await app.screenshot('referrals-ru');
    expect(app.consoleErrors).toEqual([]);
  });

  it('says in words why a referral cannot be decided twice, and requires a reason to decline', async () => {
    app = await openApp({ locale: 'ru' });
    const { page } = app;
    await signInAsCaseworker(app);
    const today = new Date().toISOString().slice(0, 10);
    const created = await call<{ id: string }>(app, 'referrals.create', {
      receivedOn: today,
      channel: 'lawyer',
      countryCode: 'KZ',
      urgency: 'high',
      summary: 'Арестован после публикации расследования о закупках.',
      person: { name: 'Кабиров Тимур', confidentiality: 'confidential' },
    });
    await page.goto(`${app.harness.url}#/referrals`);
    const row = page.getByRole('row', { name: /Кабиров Тимур/ });
    await row.getByText('Конфиденциально').waitFor();
    await row.getByRole('button', { name: 'Отклонить: Кабиров Тимур' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Отклонить обращение' }).click();
    expect(await errorOf(page, /^Причина отказа/)).toBe('Укажите причину решения');
    await dialog.getByLabel(/^Причина отказа/).fill('Вне мандата: не связано с политическими мотивами.');
    // Meanwhile a colleague has already accepted it.
    await call(app, 'referrals.decide', { id: created.id, decision: 'accepted' });
    await dialog.getByRole('button', { name: 'Отклонить обращение' }).click();
    await dialog.getByText('По этому обращению уже принято решение (Принято); повторно решить его нельзя.').waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('referrals-decline-conflict-ru');
    expect(app.consoleErrors).toEqual([]);
  });
});
