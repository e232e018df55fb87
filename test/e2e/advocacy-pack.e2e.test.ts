// The advocacy documents from the case file on a seeded vault: the WGAD communication's checklist
// of what the case lacks, exported as DOCX and as PDF and both read back as text, then recorded as
// submitted, which puts the WGAD petition on the case; the follow-up letter in Russian. English and
// Russian screenshots, and one page of the PDF as an image.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';

import { call, openApp, type E2E } from './harness/fixture';

const ADMIN = { userName: 'admin', passphrase: 'correct horse battery staple 42' };

let app: E2E | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const squeeze = (s: string) => s.replace(/\s+/g, ' ');

function docxText(file: string): string {
  const xml = strFromU8(unzipSync(readFileSync(file))['word/document.xml'] ?? new Uint8Array());
  return squeeze(xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
}

async function download(page: Page, button: string): Promise<{ name: string; file: string }> {
  const [event] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog').getByRole('button', { name: button }).click()]);
  return { name: event.suggestedFilename(), file: await event.path() };
}

async function richCase(e2e: E2E): Promise<string> {
  const referral = await call<{ id: string }>(e2e, 'referrals.create', {
    receivedOn: '2025-12-01',
    channel: 'family',
    countryCode: 'KZ',
    consent: 'private_only',
    sourceWithheld: true,
    sourceDescription: 'A cousin in Shymkent',
    summary: 'Arrested after posts criticising the regional governor.',
    person: { name: 'Садыков Марат', sex: 'male', birthDate: '1984', citizenship: 'KZ', professions: ['journalist'] },
  });
  const { caseId } = await call<{ caseId: string }>(e2e, 'referrals.decide', { id: referral.id, decision: 'accepted' });
  const episode = await call<{ id: string }>(e2e, 'episodes.create', {
    caseId,
    arrestDate: '2025-03-12',
    place: 'Almaty',
    authority: 'National Security Committee (KNB)',
    arrestWarrant: 'no',
    detentionType: 'pre_trial',
    facility: 'SIZO No. 1, Almaty',
  });
  await call(e2e, 'charges.create', { episodeId: episode.id, code: 'Criminal Code of Kazakhstan', article: '274', text: 'false information' });
  await call(e2e, 'courtEvents.create', { episodeId: episode.id, date: '2025-06-20', kind: 'appeal', court: 'Almaty City Court', outcome: 'Dismissed' });
  await call(e2e, 'advocacy.create', {
    caseId,
    type: 'wgad_petition',
    date: '2025-12-10',
    wgad: { categories: ['II'], categoryFacts: { II: 'Held for his reporting on corruption.' } },
  });
  return caseId;
}

describe('advocacy documents', () => {
  it('exports the WGAD communication as DOCX and PDF, records it as submitted, and makes the letter in Russian', async () => {
    app = await openApp();
    const { page } = app;
    await call(app, 'session.createVault', ADMIN);
    await call(app, 'seed.generate', { cases: 20, offset: 0 });
    const caseId = await richCase(app);
    const out = mkdtempSync(join(tmpdir(), 'habeas-pack-'));
    try {
      await page.goto(`${app.harness.url}#/cases/${caseId}?tab=advocacy`);
      await page.getByRole('button', { name: 'Prepare WGAD communication' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('heading', { name: 'To complete before sending' }).waitFor();
      await dialog.getByRole('listitem').filter({ hasText: 'Identity document and its number' }).waitFor();
      await dialog.getByRole('listitem').filter({ hasText: 'Authority that ordered the detention' }).waitFor();
      expect(await app.accessibilityProblems()).toEqual([]);
      await app.screenshot('advocacy-pack-dialog-en');

      const docx = await download(page, 'Export');
      expect(docx.name).toMatch(/^wgad-communication-.*-en\.docx$/);
      const docxWords = docxText(docx.file);
      expect(docxWords).toContain('Family name and first name: Садыков Марат');
      expect(docxWords).toContain('Date of arrest: 12 March 2025');
      expect(docxWords).toContain('Criminal Code of Kazakhstan, art. 274');
      expect(docxWords).toContain('Held for his reporting on corruption.');
      expect(docxWords).toContain('The source asked that their identity be withheld.');
      expect(docxWords).not.toContain('A cousin in Shymkent');
      expect(docxWords).toContain('[to complete: identity document and its number]');

      await dialog.getByLabel('Format').selectOption('pdf');
      const pdf = await download(page, 'Export');
      expect(pdf.name).toMatch(/\.pdf$/);
      const pdfFile = join(out, 'communication.pdf');
      writeFileSync(pdfFile, readFileSync(pdf.file));
      const pdfWords = squeeze(execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' }));
      expect(pdfWords).toContain('Садыков Марат');
      expect(pdfWords).toContain('12 March 2025');
      expect(pdfWords).toContain('Category II');
      expect(pdfWords).toContain('Almaty City Court. Result: Dismissed');
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfFile, join(process.env.HABEAS_SCREENSHOTS ?? out, 'advocacy-pack-pdf-page')]);

      await dialog.getByRole('button', { name: 'Record as submitted' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText('Recorded as submitted').first().waitFor();
      const petition = page.locator('.record-item').filter({ hasText: 'Submitted' }).filter({ hasText: /WGAD/ });
      await petition.first().waitFor();
      await app.screenshot('advocacy-pack-recorded-en');

      // The follow-up letter, with the screen and the document in Russian.
      await page.getByLabel('Language').selectOption('ru');
      await page.getByRole('button', { name: 'Письмо правительству' }).click();
      await dialog.getByLabel('Язык документа').selectOption('ru');
      await dialog.getByText('В деле есть все сведения, которые нужны для этого документа.').waitFor();
      expect(await app.accessibilityProblems()).toEqual([]);
      await app.screenshot('advocacy-pack-dialog-ru');
      const letter = await download(page, 'Экспортировать');
      const letterWords = docxText(letter.file);
      expect(letterWords).toContain('Письмо правительству по делу: Садыков Марат');
      expect(letterWords).toContain('Правительство: Казахстан');
      expect(letterWords).toContain('12 марта 2025');
      await dialog.getByRole('button', { name: 'Отметить как отправленное' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.locator('.record-item').filter({ hasText: 'Government of Kazakhstan' }).first().waitFor();
      await app.screenshot('advocacy-pack-recorded-ru');
      expect(app.consoleErrors).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('takes the questionnaire facts through the case file forms, and an administrator\'s edited template', async () => {
    app = await openApp();
    const { page } = app;
    await call(app, 'session.createVault', ADMIN);
    const caseId = await richCase(app);

    // The episode form carries the warrant and the grounds the authorities gave.
    await page.goto(`${app.harness.url}#/cases/${caseId}?tab=detention`);
    await page.getByRole('button', { name: /^Edit: Arrested/ }).click();
    await page.getByLabel('Warrant shown at the arrest').selectOption('yes');
    await page.getByLabel('Who issued the warrant, or why none was shown').fill('Almaty city prosecutor');
    await page.getByLabel('Reasons for the detention given by the authorities').fill('Risk of flight');
    await app.screenshot('advocacy-pack-episode-en');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // Each claimed category takes its facts.
    await page.goto(`${app.harness.url}#/cases/${caseId}?tab=advocacy`);
    await page.getByRole('button', { name: /^Edit: WGAD petition/ }).click();
    await page.getByRole('checkbox', { name: /^III/ }).check();
    await page.getByLabel('Facts supporting category III').fill('No lawyer for 40 days.');
    expect(await page.getByLabel('Facts supporting category II', { exact: true }).inputValue()).toBe('Held for his reporting on corruption.');
    await app.screenshot('advocacy-pack-categories-en');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // Settings: the English letter's template, refused while broken, then saved.
    await page.goto(`${app.harness.url}#/settings`);
    const templates = page.getByRole('region', { name: 'Document templates' });
    await templates.getByRole('button', { name: 'Open: Follow-up letter to the government (English)' }).click();
    const editor = templates.getByRole('textbox', { name: 'Follow-up letter to the government (English)' });
    await editor.fill('# Our letter {{#person}}');
    await templates.getByRole('button', { name: 'Save template' }).click();
    await templates.getByText('a section or placeholder is not closed').waitFor();
    await editor.fill('# Our letter about {{person.name}}\n\n* Grounds: {{detention.reasons}}\n');
    await templates.getByRole('button', { name: 'Save template' }).click();
    await templates.getByText('Edited', { exact: true }).waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('advocacy-pack-templates-en');
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('region', { name: 'Шаблоны документов' }).getByText('Изменён', { exact: true }).waitFor();
    await app.screenshot('advocacy-pack-templates-ru');
    await page.getByLabel('Язык').selectOption('en');

    await page.goto(`${app.harness.url}#/cases/${caseId}?tab=advocacy`);
    await page.getByRole('button', { name: 'Prepare WGAD communication' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('listitem').filter({ hasText: 'Identity document and its number' }).waitFor();
    expect(await dialog.getByRole('listitem').filter({ hasText: 'Reasons for the detention' }).count()).toBe(0);
    const wgad = docxText((await download(page, 'Export')).file);
    expect(wgad).toContain('Authority that issued the warrant or decision: Almaty city prosecutor');
    expect(wgad).toContain('Reasons for the detention imputed by the authorities: Risk of flight');
    expect(wgad).toContain('No lawyer for 40 days.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Follow-up letter to the government' }).click();
    const letter = docxText((await download(page, 'Export')).file);
    expect(letter).toContain('Our letter about Садыков Марат');
    expect(letter).toContain('Grounds: Risk of flight');
    expect(app.consoleErrors).toEqual([]);
  });
});
