// "Export PDF" for the report screen: the main process asks where to save, prints the window (the
// report's print stylesheet) to PDF and writes it there. One narrow channel, gated like calls.
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import type { IpcMainInvokeEvent, SaveDialogOptions, WebContents } from 'electron';

import { REPORT_PDF_CHANNEL } from './channels';
import { senderRefusal } from './ipc';
import { makePrivate, PRIVATE_FILE_MODE } from './private-files';
import { REPORT_PDF_PRINT } from './report-pdf-layout';
import { logRefused, logShellError } from './log';

export interface ReportPdfDeps {
  /** True only for the webContents of the window we created. */
  isOurContents: (contents: WebContents) => boolean;
}

type PdfEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

const FALLBACK_NAME = 'habeas-report.pdf';

/** The page's suggestion reduced to a plain file name ending in .pdf: no folders, no odd characters. */
export function safePdfName(suggested: unknown): string {
  if (typeof suggested !== 'string') return FALLBACK_NAME;
  const name = basename(suggested.replace(/\\/g, '/')).replace(/[^\w.-]/g, '_').slice(0, 120);
  if (!/^[\w-]/.test(name)) return FALLBACK_NAME;
  return name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`;
}

/** Asks for a file, prints the sender's page to it; {saved: false} when refused or cancelled. */
export async function saveReportPdf(event: PdfEvent, suggestedName: unknown, deps: ReportPdfDeps): Promise<{ saved: boolean }> {
  const refusal = senderRefusal(event, deps.isOurContents);
  if (refusal !== null) {
    logRefused(refusal.replace(/^call/, 'PDF export'));
    return { saved: false };
  }
  const options: SaveDialogOptions = {
    defaultPath: join(app.getPath('documents'), safePdfName(suggestedName)),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  };
  const window = BrowserWindow.fromWebContents(event.sender);
  const choice = await (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options));
  if (choice.canceled || !choice.filePath) return { saved: false };
  try {
    const pdf = await event.sender.printToPDF({ ...REPORT_PDF_PRINT, pageSize: 'A4' });
    await writeFile(choice.filePath, pdf, { mode: PRIVATE_FILE_MODE });
    // A file replaced keeps its old mode through writeFile; set it either way.
    await makePrivate(choice.filePath);
  } catch (error) {
    logShellError('report PDF export failed', error);
    // The page shows its own words for this; the cause stays in the log.
    throw new Error('The PDF could not be saved.');
  }
  return { saved: true };
}

/** Registers the PDF channel; returns a function removing it again. */
export function openReportPdfGate(deps: ReportPdfDeps): () => void {
  ipcMain.handle(REPORT_PDF_CHANNEL, (event, suggestedName: unknown) => saveReportPdf(event, suggestedName, deps));
  return () => ipcMain.removeHandler(REPORT_PDF_CHANNEL);
}
