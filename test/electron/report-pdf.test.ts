// The report PDF channel: only our page's main frame may ask; the file name it suggests is reduced
// to a plain name; cancelling writes nothing; a chosen file receives Chromium's A4 PDF.
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn((_name: string) => '/home/worker/Documents') },
  BrowserWindow: { fromWebContents: vi.fn((_contents: unknown): unknown => ({ id: 'window' })) },
  dialog: { showSaveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath?: string }>>() },
  ipcMain: {
    handle: vi.fn<(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => void>(),
    removeHandler: vi.fn(),
    removeAllListeners: vi.fn(),
  },
}));
const logged = vi.hoisted(() => ({ lines: [] as string[] }));
vi.mock('electron', () => electron);
vi.mock('electron-log/main', () => {
  const record = (...parts: unknown[]): void => {
    logged.lines.push(parts.map(String).join(' '));
  };
  return { default: { info: record, warn: record, error: record } };
});

import { REPORT_PDF_CHANNEL } from '../../electron/channels';
import { openReportPdfGate, safePdfName, saveReportPdf } from '../../electron/report-pdf';

const OUR_CONTENTS_ID = 1;
const PDF_BYTES = Buffer.from('%PDF-1.7 fake');
const deps = { isOurContents: (contents: WebContents) => contents.id === OUR_CONTENTS_ID };

function pdfEvent({ contentsId = OUR_CONTENTS_ID, url = 'app://habeas/index.html', subframe = false } = {}) {
  const printToPDF = vi.fn((_options: unknown) => Promise.resolve(PDF_BYTES));
  const sender = { id: contentsId, printToPDF } as unknown as WebContents;
  const senderFrame = { url, parent: subframe ? { url } : null } as unknown as NonNullable<Electron.IpcMainInvokeEvent['senderFrame']>;
  return { event: { sender, senderFrame }, printToPDF };
}

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'habeas-pdf-'));
  logged.lines.length = 0;
  electron.dialog.showSaveDialog.mockReset();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('safePdfName', () => {
  it.each([
    ['habeas-report-KZ-2024-01-01-to-2024-12-31.pdf', 'habeas-report-KZ-2024-01-01-to-2024-12-31.pdf'],
    ['report', 'report.pdf'],
    ['../../etc/passwd', 'passwd.pdf'],
    ['C:\\Users\\x\\evil name.pdf', 'evil_name.pdf'],
    ['.hidden.pdf', 'habeas-report.pdf'],
    ['', 'habeas-report.pdf'],
    [42, 'habeas-report.pdf'],
  ])('%s → %s', (suggested, expected) => {
    expect(safePdfName(suggested)).toBe(expected);
  });
});

describe('saveReportPdf', () => {
  it('asks where to save under Documents and writes the printed A4 PDF there', async () => {
    const file = join(dir, 'chosen.pdf');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: file });
    const { event, printToPDF } = pdfEvent();
    expect(await saveReportPdf(event, 'habeas-report-KZ.pdf', deps)).toEqual({ saved: true });
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      { id: 'window' },
      expect.objectContaining({ defaultPath: join('/home/worker/Documents', 'habeas-report-KZ.pdf') }),
    );
    // A4 from the page's own @page rule, with the page-number footer and no default header.
    expect(printToPDF).toHaveBeenCalledWith({
      printBackground: true, pageSize: 'A4', preferCSSPageSize: true, displayHeaderFooter: true,
      headerTemplate: '<div></div>', footerTemplate: expect.stringContaining('<span class="pageNumber"></span> / <span class="totalPages"></span>') as unknown,
    });
    expect(readFileSync(file)).toEqual(PDF_BYTES);
  });

  it('writes the PDF owner-only (0600), also over a file that was readable by others, under umask 000', async () => {
    const file = join(dir, 'replaced.pdf');
    writeFileSync(file, 'old', { mode: 0o644 });
    chmodSync(file, 0o644);
    const umask = process.umask(0o000);
    try {
      electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: file });
      expect(await saveReportPdf(pdfEvent().event, 'x.pdf', deps)).toEqual({ saved: true });
      const fresh = join(dir, 'fresh.pdf');
      electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: fresh });
      expect(await saveReportPdf(pdfEvent().event, 'x.pdf', deps)).toEqual({ saved: true });
      for (const f of [file, fresh]) expect((statSync(f).mode & 0o777).toString(8)).toBe('600');
    } finally {
      process.umask(umask);
    }
  });

  it('writes nothing and prints nothing when the dialog is cancelled', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    const { event, printToPDF } = pdfEvent();
    expect(await saveReportPdf(event, 'x.pdf', deps)).toEqual({ saved: false });
    expect(printToPDF).not.toHaveBeenCalled();
  });

  it.each([
    ['a foreign origin', pdfEvent({ url: 'https://evil.example/' }).event],
    ['a subframe of our page', pdfEvent({ subframe: true }).event],
    ['another webContents', pdfEvent({ contentsId: 2 }).event],
  ])('refuses %s without showing a dialog', async (_what, event) => {
    expect(await saveReportPdf(event, 'x.pdf', deps)).toEqual({ saved: false });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(logged.lines).toHaveLength(1);
    expect(logged.lines[0]).toMatch(/^refused PDF export from/);
  });

  it('reports a failed write as an error without the path, and logs it', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'missing-folder', 'x.pdf') });
    await expect(saveReportPdf(pdfEvent().event, 'x.pdf', deps)).rejects.toThrow('The PDF could not be saved.');
    expect(logged.lines[0]).toMatch(/^report PDF export failed/);
  });
});

describe('openReportPdfGate', () => {
  it('registers one invoke handler on habeas:save-report-pdf and removes it again', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    const close = openReportPdfGate(deps);
    const [channel, handler] = electron.ipcMain.handle.mock.calls[0] ?? [];
    expect(channel).toBe(REPORT_PDF_CHANNEL);
    if (handler === undefined) throw new Error('no handler registered');
    expect(await handler(pdfEvent().event, 'x.pdf')).toEqual({ saved: false });
    close();
    expect(electron.ipcMain.removeHandler).toHaveBeenCalledWith(REPORT_PDF_CHANNEL);
  });
});
