// Need to know end to end: a staff member sees a confidential person as "Confidential (code)" in the
// case list and the case file; a supervisor grants her the case from the case file by keyboard, and
// she then reads the name; revoking hides it again. In English, and the placeholder in Russian.
import { afterEach, describe, expect, it } from 'vitest';

import { openApp, send, switchUser, type E2E } from './harness/fixture';

const ADMIN = { userName: 'admin', passphrase: 'correct horse battery staple 42' };
const STAFF = { userName: 'stella', passphrase: 'silver kettle on a windy porch 9' };
const SUPERVISOR = { userName: 'sergey', passphrase: 'copper meadow under slow rain 4' };
const SECRET = 'Zhanna Secretova';

let app: E2E | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function openCase(e2e: E2E, name: string, confidentiality: 'confidential' | 'normal'): Promise<string> {
  const referral = await send(e2e, 'referrals.create', { receivedOn: '2025-11-20', channel: 'family', countryCode: 'KZ', person: { name, confidentiality } });
  const decided = await send(e2e, 'referrals.decide', { id: referral.id, decision: 'accepted' });
  if (decided.caseId === null) throw new Error('no case');
  return decided.caseId;
}

describe('confidential names', () => {
  it('are withheld from staff until a supervisor grants the case, and the grant can be revoked', async () => {
    app = await openApp({ locale: 'en' });
    const e2e = app;
    const { page, harness } = e2e;
    await send(e2e, 'session.createVault', { userName: ADMIN.userName, displayName: 'Aigerim Admin', passphrase: ADMIN.passphrase });
    const secretCase = await openCase(e2e, SECRET, 'confidential');
    await openCase(e2e, 'Erlan Openov', 'normal');
    await send(e2e, 'users.add', { name: STAFF.userName, displayName: 'Stella Nurlanova', role: 'staff', passphrase: STAFF.passphrase });
    await send(e2e, 'users.add', { name: SUPERVISOR.userName, displayName: 'Sergey Supervisor', role: 'supervisor', passphrase: SUPERVISOR.passphrase });
    const people = await send(e2e, 'cases.list', {});
    const secretPerson = people.rows.find((r) => r.caseId === secretCase)?.personId ?? '';

    // The organisation setting, by keyboard: off by default, Space turns it on, Enter saves.
    await page.goto(`${harness.url}#/settings`);
    await page.reload();
    const own = page.getByRole('checkbox', { name: 'Caseworkers see only their own cases and those shared with them' });
    expect(await own.isChecked()).toBe(false);
    await own.focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    expect((await send(e2e, 'settings.get', {})).caseworkersOwnCasesOnly).toBe(1);
    await e2e.screenshot('settings-access-en');

    await switchUser(e2e, STAFF);
    await page.goto(`${harness.url}#/cases`);
    await page.reload();
    const placeholder = page.getByText(/^Confidential \([0-9A-Z]{6}\)$/);
    await placeholder.waitFor();
    const shown = await placeholder.textContent();
    await page.getByText('Erlan Openov').waitFor();
    expect(await page.getByText(SECRET).count()).toBe(0);
    expect(await e2e.accessibilityProblems()).toEqual([]);
    await e2e.screenshot('case-list-staff-confidential-en');
    // The same code on the case file.
    await page.goto(`${harness.url}#/cases/${secretCase}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${(shown ?? '').replace(/[()]/g, '\\$&')}`) }).waitFor();
    await page.getByText('Ask a supervisor to grant you this case to see the name.').waitFor();
    expect(await page.getByText(SECRET).count()).toBe(0);
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Конфиденциально \\(${(shown ?? '').slice(14, 20)}\\)`) }).waitFor();
    await e2e.screenshot('case-file-staff-confidential-ru');
    await page.getByLabel('Язык').selectOption('en');

    // The supervisor grants Stella the case from its file, by keyboard.
    await switchUser(e2e, SUPERVISOR);
    await page.goto(`${harness.url}#/cases/${secretCase}`);
    await page.reload();
    await page.getByRole('heading', { name: 'Who else may see this case' }).waitFor();
    await page.getByText('Nobody has been granted this case.').waitFor();
    const picker = page.getByLabel('Colleague to grant');
    await picker.focus();
    await picker.selectOption({ label: 'Stella Nurlanova (Staff)' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('cell', { name: 'Stella Nurlanova', exact: true }).waitFor();
    await page.getByText('Stella Nurlanova can now see this case.').waitFor();
    expect(await e2e.accessibilityProblems()).toEqual([]);
    await e2e.screenshot('case-grants-supervisor-en');

    await switchUser(e2e, STAFF);
    await page.goto(`${harness.url}#/cases`);
    await page.reload();
    await page.getByText(SECRET).waitFor();
    expect(await page.getByText(/^Confidential \(/).count()).toBe(0);

    await switchUser(e2e, SUPERVISOR);
    await page.goto(`${harness.url}#/cases/${secretCase}`);
    await page.reload();
    await page.getByRole('button', { name: 'Revoke access of Stella Nurlanova' }).click();
    await page.getByText('Nobody has been granted this case.').waitFor();
    await switchUser(e2e, STAFF);
    expect((await send(e2e, 'people.get', { id: secretPerson })).name).toBe('');
    expect(e2e.consoleErrors).toEqual([]);
  });
});
