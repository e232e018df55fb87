// The per-country report on a seeded vault of 10,000 cases, as a staff member: the figures in the
// screen's tables equal the downloaded CSV's and the command line's for the same options, figure
// by figure; the PDF export goes through the same renderer path as in Electron (a stand-in bridge
// prints with Chromium) and shows the country; every export and reveal is in the audit log; a
// confidential person is named only when the tickbox is ticked; a person without an arrest date,
// known to be held from a date added on the Detention tab, counts as detained; the PDF carries page
// numbers, the generation date and ends with the definitions. English and Russian screenshots.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { REPORT_PDF_PRINT } from '../../electron/report-pdf-layout';
import { call, openApp, switchUser, type E2E } from './harness/fixture';

const run = promisify(execFile);

const ADMIN = { userName: 'admin', passphrase: 'correct horse battery staple 42' };
const STAFF = { userName: 'stella', passphrase: 'silver kettle on a windy porch 9' };
const CASES = 10_000;
const CHUNK = 5_000;
const COUNTRY = 'KZ';
const PERIOD = { from: '2024-01-01', to: '2024-12-31' };
const SECRET_NAME = 'Zhanna Secretova';
/** Held without a known arrest date; a prison visit in March 2024 is all the file knows. */
const UNDATED_NAME = 'Nurlan Undatedov';
let undatedCase = '';

/** One figure as the screen or a CSV shows it: current, previous, change (null where there is none). */
type Figures = Map<string, [number | null, number | null, number | null]>;

let app: E2E;
let seedSeconds = 0;

/** The report's CSV as rows of cells (papaparse, which also drops the byte-order mark). */
function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

const csvNumber = (cell: string | undefined): number | null => (cell === undefined || cell === '' ? null : Number(cell));

const LEFT_OUT_KEY = /\|\((no_date|coarse_date)\)$/;

/** Figures of a CSV by "section|group|key" (after its two header rows), the left-out rows included. */
function csvFigures(rows: string[][]): Figures {
  const figures: Figures = new Map();
  for (const [section, group, key, current, previous, change] of rows.slice(2)) {
    if (group === 'people_detained_at_end') continue;
    figures.set(`${section}|${group}|${key}`, [csvNumber(current), csvNumber(previous), csvNumber(change)]);
  }
  return figures;
}

const csvPeople = (rows: string[][]): string[] => rows.filter((r) => r[1] === 'people_detained_at_end').map((r) => r[2] ?? '');

/** "1,150.56", "+3", "−2", "—" as English screen text → numbers. */
function screenNumber(text: string): number | null {
  const t = text.trim();
  if (t === '—') return null;
  return Number(t.replace(/,/g, '').replace('\u2212', '-').replace('+', ''));
}

/** Every figure in the screen's tables, and the left-out counts ("group|(reason)") where the screen shows them. */
async function screenFigures(page: Page): Promise<{ figures: Figures; uncertain: Map<string, [number, number]>; people: string[] }> {
  const raw = await page.evaluate(() => {
    const out: { id: string; cells: string[] }[] = [];
    const uncertain: { id: string; current: number; previous: number }[] = [];
    for (const section of document.querySelectorAll<HTMLElement>('[data-section]')) {
      for (const table of section.querySelectorAll<HTMLElement>('table[data-group]')) {
        const id = `${section.dataset.section}|${table.dataset.group}`;
        for (const row of table.querySelectorAll<HTMLElement>('tr[data-figure]')) {
          out.push({ id: `${id}|${row.dataset.figure}`, cells: [...row.querySelectorAll('td')].map((td) => td.textContent ?? '') });
        }
        for (const note of table.parentElement?.querySelectorAll<HTMLElement>('.report-left-out') ?? []) {
          uncertain.push({ id: `${id}|(${note.dataset.leftOut})`, current: Number(note.dataset.current), previous: Number(note.dataset.previous) });
        }
      }
    }
    const people = [...document.querySelectorAll('.report-people li')].map((li) => li.textContent ?? '');
    return { out, uncertain, people };
  });
  const figures: Figures = new Map();
  for (const { id, cells } of raw.out) figures.set(id, [screenNumber(cells[0] ?? ''), screenNumber(cells[1] ?? ''), screenNumber(cells[2] ?? '')]);
  return { figures, uncertain: new Map(raw.uncertain.map((u) => [u.id, [u.current, u.previous]])), people: raw.people };
}

/** Runs the report in the form: country, period, the tickbox as given, Enter. */
async function runReport(page: Page, includeConfidential: boolean): Promise<void> {
  await page.getByLabel('Country').selectOption(COUNTRY);
  await page.getByLabel('From').fill(PERIOD.from);
  await page.getByLabel('To').fill(PERIOD.to);
  await page.getByLabel('Include confidential names').setChecked(includeConfidential);
  await page.getByLabel('To').press('Enter');
  await page.getByText(/^Period: /).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Kazakhstan' }).waitFor();
  await page.getByRole('button', { name: 'Run report' }).waitFor();
}

/** Close-ups of the long screen for looking at (only when screenshots are asked for). */
async function closeUps(page: Page, language: string): Promise<void> {
  const dir = process.env.HABEAS_SCREENSHOTS;
  if (dir === undefined) return;
  for (const group of ['detained_by_type', 'sentences', 'charges', 'advocacy_by_type', 'wgad_opinions']) {
    await page.locator(`[data-section] section:has(table[data-group="${group}"])`).first().screenshot({ path: join(dir, `reports-${group}-${language}.png`) });
  }
  await page.locator('.report-people-section').first().screenshot({ path: join(dir, `reports-people-${language}.png`), });
}

async function closeUpDefinitions(page: Page, language: string): Promise<void> {
  const dir = process.env.HABEAS_SCREENSHOTS;
  if (dir === undefined) return;
  await page.locator('.report-definitions').screenshot({ path: join(dir, `reports-definitions-${language}.png`) });
  await page.locator('[data-section] section:has(table[data-group="detained_by_type"])').first().screenshot({ path: join(dir, `reports-left-out-${language}.png`) });
}

async function downloadCsv(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

/** The command line's CSV for the same options, run against the vault the harness holds open. */
async function cliCsv(includeConfidential: boolean): Promise<string> {
  const args = ['--import', 'tsx', 'db/cli/main.ts', 'report', '--vault', join(app.dir, 'vault'), '--user', STAFF.userName];
  args.push('--country', COUNTRY, '--from', PERIOD.from, '--to', PERIOD.to, '--format', 'csv');
  if (includeConfidential) args.push('--include-confidential-names');
  const { stdout } = await run(process.execPath, args, {
    env: { ...process.env, HABEAS_PASSPHRASE: STAFF.passphrase, HABEAS_STATE_DIR: join(app.dir, 'cli-state') },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

/**
 * Playwright's browser has no main process: the harness bridge adds saveReportPdf when this
 * function exists before the page loads (test/e2e/harness/bridge.js), answered by Chromium's PDF
 * of the page (print media). The caller reloads the page after this.
 */
async function providePdfBridge(): Promise<{ saved: string[] }> {
  const saved: string[] = [];
  await app.page.exposeFunction('__habeasTestSavePdf', async (name: string) => {
    const file = join(app.dir, name);
    // The same page furniture as Electron's printToPDF (electron/report-pdf-layout.ts).
    writeFileSync(file, await app.page.pdf({ format: 'A4', ...REPORT_PDF_PRINT }));
    saved.push(file);
    return { saved: true };
  });
  return { saved };
}

async function exportEntries(): Promise<{ action: string; userName: string | null; changes: unknown }[]> {
  const page = await call<{ rows: { action: string; userName: string | null; changes: unknown }[] }>(app, 'audit.list', { limit: 50 });
  return page.rows.filter((r) => r.action === 'report.export' || r.action === 'report.reveal');
}

beforeAll(async () => {
  app = await openApp();
  await call(app, 'session.createVault', ADMIN);
  const started = performance.now();
  for (let offset = 0; offset < CASES; offset += CHUNK) await call(app, 'seed.generate', { cases: CHUNK, offset });
  seedSeconds = (performance.now() - started) / 1000;
  // A confidential person detained through 2024, for the tickbox.
  const referral = await call<{ id: string }>(app, 'referrals.create', {
    receivedOn: '2023-11-20',
    channel: 'family',
    countryCode: COUNTRY,
    person: { name: SECRET_NAME, confidentiality: 'confidential' },
  });
  const { caseId } = await call<{ caseId: string }>(app, 'referrals.decide', { id: referral.id, decision: 'accepted' });
  await call(app, 'episodes.create', { caseId, arrestDate: '2023-11-15', detentionType: 'pre_trial', facility: 'SIZO No. 1, Astana' });
  const undated = await call<{ id: string }>(app, 'referrals.create', { receivedOn: '2024-04-02', channel: 'family', countryCode: COUNTRY, person: { name: UNDATED_NAME } });
  undatedCase = (await call<{ caseId: string }>(app, 'referrals.decide', { id: undated.id, decision: 'accepted' })).caseId;
  await call(app, 'episodes.create', { caseId: undatedCase, arrestDate: null, detentionType: 'prison_colony', facility: 'Colony UG-157/11' });
  const stella = await call<{ id: string }>(app, 'users.add', { name: STAFF.userName, displayName: 'Stella Nurlanova', role: 'staff', passphrase: STAFF.passphrase });
  // Staff read a confidential name only on a case granted to them: the tickbox can name her only so.
  await call(app, 'cases.grants.add', { caseId, userId: stella.id });
  // Seeding 10,000 cases takes about a minute alone and several on a machine shared with other work.
}, 420_000);

afterAll(async () => {
  await app.close();
});

describe('per-country report', () => {
  it('takes a date a person was known to be held from the Detention tab, by keyboard, in English and Russian', async () => {
    const { page } = app;
    await page.goto(`${app.harness.url}#/cases/${undatedCase}?tab=detention`);
    await page.getByRole('heading', { level: 4, name: 'Known to be held' }).waitFor();
    await page.getByRole('button', { name: 'Add date held' }).click();
    // The date field has the focus; Tab to the source and the note, Enter saves.
    await page.keyboard.type('2024-03-12');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Seen by his lawyer');
    await page.getByLabel('Date the person was held').press('Enter');
    await page.getByText('Seen by his lawyer').waitFor();
    expect(await page.locator('.episode').getByText('Prison visit').count()).toBe(1);
    // The episode has no arrest date, so no observed day can contradict it: the visit is kept.
    expect(await call<unknown[]>(app, 'observations.list', { caseId: undatedCase })).toHaveLength(1);
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('detention-observations-en');
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('heading', { level: 4, name: 'Известно, что под стражей' }).waitFor();
    await app.screenshot('detention-observations-ru');
    await page.getByLabel('Язык').selectOption('en');
    // On the timeline as its own kind, worded from its source.
    await page.goto(`${app.harness.url}#/cases/${undatedCase}/timeline`);
    await page.getByText('Known to be held (prison visit)').waitFor();
    expect(app.consoleErrors).toEqual([]);
    await switchUser(app, STAFF);
  });

  it('shows the same figures as its CSV and the command line, exports a PDF, and audits both exports', async () => {
    console.info(`seeded ${CASES} cases in ${seedSeconds.toFixed(1)} s`);
    const { page } = app;
    const pdfs = await providePdfBridge();
    await page.goto(`${app.harness.url}#/reports`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();

    // A quick period fills both dates.
    await page.getByRole('button', { name: 'Last year' }).click();
    const lastYear = new Date().getUTCFullYear() - 1;
    expect(await page.getByLabel('From').inputValue()).toBe(`${lastYear}-01-01`);
    expect(await page.getByLabel('To').inputValue()).toBe(`${lastYear}-12-31`);

    await runReport(page, false);
    const shown = await screenFigures(page);
    const csv = await downloadCsv(page);
    expect(csv.name).toBe(`habeas-report-${COUNTRY}-${PERIOD.from}-to-${PERIOD.to}.csv`);
    const rows = parseCsv(csv.text);
    const fromCsv = csvFigures(rows);
    const figureKeys = [...fromCsv.keys()].filter((k) => !LEFT_OUT_KEY.test(k));
    expect(figureKeys.length).toBeGreaterThan(100);
    // Every figure of the CSV is on screen with the same three numbers, and nothing else is.
    expect(new Map(figureKeys.map((k) => [k, fromCsv.get(k)]))).toEqual(shown.figures);
    for (const [key, value] of fromCsv) {
      if (!LEFT_OUT_KEY.test(key)) continue;
      const [current, previous] = value;
      expect(shown.uncertain.get(key) ?? [0, 0]).toEqual([current, previous]);
    }
    // The seed leaves some records without any date; a calendar year cuts no year or month in two,
    // so none is too coarse for it: the screen does not blame precision for a missing date.
    expect([...shown.uncertain.keys()].some((k) => k.endsWith('|(no_date)'))).toBe(true);
    expect([...shown.uncertain.keys()].filter((k) => k.endsWith('|(coarse_date)'))).toEqual([]);
    expect(await page.getByText(/lack of date precision/).count()).toBe(0);
    // The person without an arrest date, seen held in March 2024, is detained at the end of 2024.
    expect(shown.people).toContain(UNDATED_NAME);
    // Labels beside the keys, in the language on screen.
    expect(rows[1]?.slice(0, 3)).toEqual(['Country code', 'Group key', 'Figure key']);
    expect(rows.find((r) => r[1] === 'sentences' && r[2] === 'total_years')?.[9]).toMatch(/^\d+ years?( \d+ months?)?$/);
    expect(shown.people).toEqual(csvPeople(rows));
    expect(shown.people.length).toBeGreaterThan(100);
    // The command line, on the same vault while the app holds it open, prints the identical file.
    expect(await cliCsv(false)).toBe(csv.text);

    expect(app.consoleErrors).toEqual([]);
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('reports-en');
    await page.screenshot({ path: join(process.env.HABEAS_SCREENSHOTS ?? app.dir, 'reports-top-en.png') });
    await closeUps(page, 'en');

    // PDF: the renderer's button, the stand-in bridge, then pages and text through poppler.
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await page.getByText('PDF saved. The export is recorded in the audit log.').waitFor();
    expect(pdfs.saved).toHaveLength(1);
    const pdf = pdfs.saved[0] ?? '';
    expect(pdf.endsWith(`habeas-report-${COUNTRY}-${PERIOD.from}-to-${PERIOD.to}.pdf`)).toBe(true);
    const { stdout: pdfText } = await run('pdftotext', ['-layout', pdf, '-']);
    expect(pdfText).toContain('Kazakhstan');
    expect(pdfText).toContain('Habeas — per-country summary report');
    const referralsTotal = fromCsv.get(`${COUNTRY}|referrals_by_channel|total`)?.[0];
    expect(pdfText).toMatch(new RegExp(`All referrals\\s+${referralsTotal}\\b`));
    expect(pdfText).not.toContain('Export CSV');
    expect(pdfText).not.toContain('Confidential names included');
    // Every page numbered "n / N"; the generation date on the first; the definitions on the last.
    const { stdout: info } = await run('pdfinfo', [pdf]);
    const pageCount = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pageCount).toBeGreaterThanOrEqual(3);
    const pageTexts = pdfText.split('\f').filter((t) => t.trim() !== '');
    expect(pageTexts).toHaveLength(pageCount);
    pageTexts.forEach((text, i) => expect(text).toMatch(new RegExp(`\\b${i + 1} / ${pageCount}\\b`)));
    expect(pageTexts[0]).toMatch(/Generated \d{1,2} \w+ \d{4}/);
    expect(pageTexts.at(-1)).toContain('How each figure is defined');
    expect(pageTexts.at(-1)).toContain('Detained at the end of the period');
    expect(pageTexts.at(-2)).not.toContain('How each figure is defined');
    const pngDir = process.env.HABEAS_SCREENSHOTS ?? app.dir;
    // Every page as an image when screenshots are asked for, else the first three.
    const pages = process.env.HABEAS_SCREENSHOTS === undefined ? ['-f', '1', '-l', '3'] : [];
    await run('pdftoppm', ['-png', '-r', '60', ...pages, pdf, join(pngDir, 'reports-pdf-en')]);
    await run('pdftoppm', ['-png', '-r', '60', '-f', String(pageCount), '-l', String(pageCount), pdf, join(pngDir, 'reports-pdf-last-en')]);
    expect(readdirSync(pngDir).filter((f) => f.startsWith('reports-pdf-en')).length).toBeGreaterThanOrEqual(3);
    await closeUpDefinitions(page, 'en');

    // Russian: labels, periods and numbers in Russian, and the same figures.
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('heading', { level: 2, name: 'Казахстан' }).waitFor();
    await page.getByRole('columnheader', { name: /Этот период/ }).first().waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('reports-ru');
    await page.screenshot({ path: join(pngDir, 'reports-top-ru.png') });
    await closeUps(page, 'ru');
    await closeUpDefinitions(page, 'ru');
    await page.getByLabel('Язык').selectOption('en');

    // The audit log names the CSV, the command line's CSV and the PDF with their options.
    await switchUser(app, ADMIN);
    const options = { countryCode: COUNTRY, ...PERIOD, includeConfidentialNames: false };
    const entries = await exportEntries();
    // Newest first: the PDF, the command line's CSV, the screen's CSV.
    expect(entries.map((e) => [e.action, e.userName, e.changes])).toEqual([
      ['report.export', STAFF.userName, { format: 'pdf', options }],
      ['report.export', STAFF.userName, { format: 'csv', options }],
      ['report.export', STAFF.userName, { format: 'csv', options }],
    ]);
    await switchUser(app, STAFF);
    expect(app.consoleErrors).toEqual([]);
  });

  it('names a confidential person only when the tickbox is ticked, and audits the reveal', async () => {
    const { page } = app;
    await page.goto(`${app.harness.url}#/reports`);
    await page.reload();

    await runReport(page, false);
    await page.getByText('Confidential (1)').first().waitFor();
    expect(await page.getByText(SECRET_NAME).count()).toBe(0);
    expect((await downloadCsv(page)).text).not.toContain(SECRET_NAME);
    const hidden = await page.getByText(/^Confidential \(\d+\)$/).count();

    await runReport(page, true);
    await page.getByText('Confidential names included.').waitFor();
    await page.getByText(SECRET_NAME).waitFor();
    // Only she is named: the seeded confidential people are on cases never granted to this staff member.
    expect(await page.getByText(/^Confidential \(\d+\)$/).count()).toBe(hidden - 1);
    const revealed = await downloadCsv(page);
    expect(revealed.text).toContain(`${COUNTRY},people_detained_at_end,${SECRET_NAME},1,,,Kazakhstan,`);
    expect(revealed.text).toBe(await cliCsv(true));
    expect(await app.accessibilityProblems()).toEqual([]);

    await switchUser(app, ADMIN);
    const ticked = { countryCode: COUNTRY, ...PERIOD, includeConfidentialNames: true };
    const entries = await exportEntries();
    expect(entries.slice(0, 3).map((e) => [e.action, e.userName, e.changes])).toEqual([
      ['report.export', STAFF.userName, { format: 'csv', options: ticked }],
      ['report.export', STAFF.userName, { format: 'csv', options: ticked }],
      ['report.reveal', STAFF.userName, { options: ticked }],
    ]);
    expect(entries.filter((e) => e.action === 'report.reveal')).toHaveLength(1);
    expect(app.consoleErrors).toEqual([]);
  });
});
