// Getting the report out of the window: the CSV the backend made (and audited) handed to the
// browser's download as a file, and the PDF printed by the main process where there is one.
import type { ReportOptions } from '../../../../db/api';
import { downloadParts } from '../../shared/download';

/** Hands text to the browser's download under the given name. */
export function downloadText(filename: string, text: string, type: string): void {
  downloadParts(filename, [text], type);
}

/** Named like the backend's CSV file, so the two exports of one report sort together. */
export function pdfFileName(options: ReportOptions): string {
  return `habeas-report-${options.countryCode ?? 'all'}-${options.from}-to-${options.to}.pdf`;
}

/** The main process's PDF export, or null where there is none (a plain browser). */
export function pdfBridge(): ((suggestedName: string) => Promise<{ saved: boolean }>) | null {
  const bridge = window.habeas;
  return typeof bridge.saveReportPdf === 'function' ? (name) => bridge.saveReportPdf?.(name) ?? Promise.resolve({ saved: false }) : null;
}
