// IPC channel names shared by the preload and the main process. Constants only, so the sandboxed
// preload can inline this file without pulling in any main-process code.
export const CALL_CHANNEL = 'habeas:call';
export const EVENT_CHANNEL = 'habeas:event';
/** The report screen's "Export PDF": a save dialog, then the window printed to that file. */
export const REPORT_PDF_CHANNEL = 'habeas:save-report-pdf';
/** Main → window before a lock the shell decides (Ctrl/Cmd+L, menu, idle): write pending drafts, with a request id. */
export const FLUSH_DRAFTS_CHANNEL = 'habeas:flush-drafts';
/** Window → main: the drafts of that request id are written (or could not be). */
export const DRAFTS_FLUSHED_CHANNEL = 'habeas:drafts-flushed';
