// Before the shell locks on its own (Ctrl/Cmd+L, the menu, idle time), the window writes what was
// typed in the last moments to its encrypted drafts; a window that does not answer in time is not
// waited for, so a hung page can never keep the vault open.
import { ipcMain } from 'electron';
import type { IpcMainEvent, WebContents } from 'electron';

import { DRAFTS_FLUSHED_CHANNEL, FLUSH_DRAFTS_CHANNEL } from './channels';

export const FLUSH_TIMEOUT_MS = 1000;

export type FlushOutcome = 'flushed' | 'timeout' | 'no-window';

let nextRequest = 1;

/** Asks the window to write its pending drafts; resolves when it answers or after the timeout. */
export function flushWindowDrafts(
  contents: Pick<WebContents, 'id' | 'send' | 'isDestroyed'> | null,
  timeoutMs = FLUSH_TIMEOUT_MS,
): Promise<FlushOutcome> {
  if (contents === null || contents.isDestroyed()) return Promise.resolve('no-window');
  const request = nextRequest++;
  return new Promise<FlushOutcome>((resolve) => {
    const finish = (outcome: FlushOutcome): void => {
      clearTimeout(timer);
      ipcMain.removeListener(DRAFTS_FLUSHED_CHANNEL, onAnswer);
      resolve(outcome);
    };
    const onAnswer = (event: Pick<IpcMainEvent, 'sender'>, answered: unknown): void => {
      // Only our window's answer to this very request counts.
      if (event.sender.id === contents.id && answered === request) finish('flushed');
    };
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    ipcMain.on(DRAFTS_FLUSHED_CHANNEL, onAnswer);
    try {
      contents.send(FLUSH_DRAFTS_CHANNEL, request);
    } catch {
      finish('no-window');
    }
  });
}
