// The case dossier from the case file: the dialog in English and Russian, the PDF it downloads read
// back as text (sections, article numbers, expected release, page furniture, what was chosen or left
// out), its pages as images, and a staff user offered no inclusions. The case has 200 timeline entries.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';

import { addUserAndSwitch, ok, openApp, send, type E2E } from './harness/fixture';

const run = promisify(execFile);
const PASSPHRASE = 'correct horse battery staple 42';
const NAME = 'Кабиров Ержан';
const NOTE = 'Family fears reprisals if named';
const CONTACT = 'Гульнара Кабирова';

let app: E2E | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/** A case with detention, charges, a sentence changed on appeal, a WGAD opinion and 200 timeline entries. */
async function seededCase(e2e: E2E): Promise<string> {
  await ok(e2e.harness.call('session.createVault', { userName: 'admin', passphrase: PASSPHRASE }));
  const referral = await send(e2e, 'referrals.create', { receivedOn: '2021-03-20', channel: 'family', countryCode: 'KZ', consent: 'public', person: { name: NAME, notes: NOTE } });
  const { caseId } = await send(e2e, 'referrals.decide', { id: referral.id, decision: 'accepted' });
  if (!caseId) throw new Error('Accepting the referral opened no case.');
  await send(e2e, 'contacts.create', { personId: referral.personId, name: CONTACT, relation: 'Wife', reach: '+7 701 000 00 00' });
  const episode = await send(e2e, 'episodes.create', { caseId, arrestDate: '2021-03', detentionType: 'pre_trial', place: 'Almaty', authority: 'KNB' });
  await send(e2e, 'charges.create', { episodeId: episode.id, code: 'УК РК', article: '174', text: 'Inciting social discord' });
  const first = await send(e2e, 'sentences.create', { episodeId: episode.id, type: 'imprisonment', years: 7, startDate: '2021-03-10', handedDownOn: '2021-09-15' });
  await send(e2e, 'sentences.create', { episodeId: episode.id, type: 'imprisonment', years: 5, supersedesId: first.id, change: 'appeal_reduced', handedDownOn: '2022-01-20' });
  await send(e2e, 'advocacy.create', { caseId, type: 'wgad_petition', date: '2022-03-01', wgad: { submittedOn: '2022-03-01', opinionAdoptedOn: '2024-05-10', opinionNumber: '12/2024', categories: ['I'], outcome: 'arbitrary' } });
  let entries = (await send(e2e, 'timeline.forCase', { caseId })).length;
  for (let day = 1; entries < 200; day += 1, entries += 1) {
    await send(e2e, 'caseEvents.create', { caseId, kind: 'visit', date: `2023-${String(Math.ceil(day / 28)).padStart(2, '0')}-${String(((day - 1) % 28) + 1).padStart(2, '0')}`, title: `Prison visit ${day}` });
  }
  return caseId;
}

const shotsDir = (e2e: E2E) => process.env.HABEAS_SCREENSHOTS ?? e2e.dir;

/** Exports from the open dialog and reads the downloaded PDF back. */
async function exportDossier(e2e: E2E, name: string): Promise<{ text: string; pages: number; file: string }> {
  const dialog = e2e.page.getByRole('dialog');
  const [download] = await Promise.all([e2e.page.waitForEvent('download'), dialog.getByRole('button', { name: /Export PDF|Экспорт в PDF/ }).click()]);
  const file = join(e2e.dir, `${name}.pdf`);
  await download.saveAs(file);
  // Named after the case's reference (country, year opened, five Crockford characters) and the day.
  expect(download.suggestedFilename()).toMatch(/^dossier-[A-Z]{2}-\d{4}-[0-9A-HJKMNP-TV-Z]{5}-\d{4}-\d{2}-\d{2}\.pdf$/);
  await dialog.waitFor({ state: 'detached' });
  const { stdout: text } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  const { stdout: info } = await run('pdfinfo', [file]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, join(shotsDir(e2e), name)]);
  return { text, pages, file };
}

const pageTexts = (text: string) => text.split('\f').filter((p) => p.trim() !== '');
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function openDialog(page: Page, action: RegExp) {
  await page.getByRole('button', { name: action }).click();
  await page.getByRole('dialog').waitFor();
}

describe('case dossier', () => {
  it('exports the dossier from the case file in English and Russian, with what was chosen', async () => {
    app = await openApp();
    const { page } = app;
    const caseId = await seededCase(app);
    await page.goto(`${app.harness.url}#/cases/${caseId}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(NAME) }).waitFor();

    await openDialog(page, /Print \/ export dossier/);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Print / export case dossier' }).waitFor();
    expect(await dialog.getByLabel('Language of the dossier').inputValue()).toBe('en');
    await dialog.getByRole('checkbox', { name: 'Contacts' }).check();
    expect(await dialog.getByRole('checkbox', { name: 'Confidential fields' }).isChecked()).toBe(false);
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('dossier-dialog-en');
    const en = await exportDossier(app, 'dossier-pdf-en');
    await page.getByText(`Dossier saved (${en.pages} pages). The export is recorded in the audit log.`).waitFor();

    expect(en.pages).toBeGreaterThan(3);
    pageTexts(en.text).forEach((p, i) => {
      expect(p).toContain('CONFIDENTIAL');
      expect(p).toContain(`Page ${i + 1} of ${en.pages}`);
      expect(p).toMatch(/Generated \d{1,2} \w+ \d{4}/);
    });
    for (const section of ['Case dossier', 'Person', 'Detention history', 'Charges', 'Sentences', 'UN Working Group on Arbitrary Detention', 'Timeline', 'Attachments']) expect(en.text).toContain(section);
    expect(en.text).toContain(NAME);
    expect(en.text).toMatch(/УК РК\s+174\s+Inciting social discord/);
    expect(en.text).toMatch(/10 March 2026\s+In force/);
    expect(en.text).toContain('Opinion No. 12/2024');
    expect(en.text).toContain('Prison visit 150');
    expect(en.text).toContain(CONTACT);
    expect(en.text).not.toContain(NOTE);
    expect(flat(en.text)).toContain('are left out of this dossier');

    // Russian: the interface's language is the dossier's by default.
    await page.getByLabel('Language').selectOption('ru');
    await openDialog(page, /Печать \/ экспорт досье/);
    await dialog.getByRole('heading', { name: 'Печать / экспорт досье дела' }).waitFor();
    expect(await dialog.getByLabel('Язык досье').inputValue()).toBe('ru');
    await dialog.getByRole('checkbox', { name: 'Конфиденциальные сведения' }).check();
    await app.screenshot('dossier-dialog-ru');
    const ru = await exportDossier(app, 'dossier-pdf-ru');
    await page.getByText(/Досье сохранено \(\d+ страниц/).waitFor();
    pageTexts(ru.text).forEach((p, i) => {
      expect(p).toContain('КОНФИДЕНЦИАЛЬНО');
      expect(p).toContain(`Страница ${i + 1} из ${ru.pages}`);
      expect(p).toMatch(/Составлено \d{1,2} [а-я]+ \d{4}/);
    });
    for (const section of ['Досье дела', 'Лицо', 'История задержаний', 'Обвинения', 'Приговоры', 'Хронология', 'Вложения']) expect(ru.text).toContain(section);
    expect(ru.text).toContain('Обвинение: УК РК, ст. 174');
    expect(ru.text).toMatch(/10 марта 2026\s+Действует/);
    expect(ru.text).toContain(NOTE);
    expect(ru.text).not.toContain(CONTACT);
    expect(flat(ru.text)).toContain('Контакты (родственники, адвокаты) в досье не включены.');

    const audits = (await send(app, 'audit.list', { action: 'dossier.export', recordId: caseId })).rows.map((a) => a.changes);
    expect(audits).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ language: 'en', contacts: true, confidentialFields: false }),
        expect.objectContaining({ language: 'ru', contacts: false, confidentialFields: true }),
      ]),
    );
    expect(app.consoleErrors).toEqual([]);
  });

  it('offers staff no inclusions and still exports the dossier', async () => {
    app = await openApp();
    const { page } = app;
    const caseId = await seededCase(app);
    await addUserAndSwitch(app, { userName: 'staff', passphrase: 'quiet otter lantern meadow 77', displayName: 'Staff member', role: 'staff' });
    await page.goto(`${app.harness.url}#/cases/${caseId}`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: new RegExp(NAME) }).waitFor();
    await openDialog(page, /Print \/ export dossier/);
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByRole('checkbox').count()).toBe(0);
    await dialog.getByText('The dossier leaves out confidential fields and contacts.', { exact: false }).waitFor();
    await app.screenshot('dossier-dialog-staff-en');
    const { text } = await exportDossier(app, 'dossier-pdf-staff-en');
    expect(text).toContain('Contacts are not part of a dossier made by staff.');
    expect(text).not.toContain(CONTACT);
    expect(text).not.toContain(NOTE);
  });
});
