// The sandboxed preload: exposes window.habeas with call(), on(), saveReportPdf() and onFlushDrafts(),
// nothing else. It only forwards; the main process checks every call and the renderer's types come
// from db/api.ts. A flush request from main is always answered, at once when the page set no handler.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';

import { CALL_CHANNEL, DRAFTS_FLUSHED_CHANNEL, EVENT_CHANNEL, FLUSH_DRAFTS_CHANNEL, REPORT_PDF_CHANNEL } from './channels';

interface EventMessage {
  event: string;
  payload: unknown;
}

function isEventMessage(value: unknown): value is EventMessage {
  return typeof value === 'object' && value !== null && 'event' in value && typeof value.event === 'string';
}

let flushHandler: (() => Promise<void>) | null = null;

ipcRenderer.on(FLUSH_DRAFTS_CHANNEL, (_ipcEvent: IpcRendererEvent, request: unknown) => {
  const handler = flushHandler;
  void Promise.resolve()
    .then(() => handler?.())
    .catch(() => undefined)
    .then(() => ipcRenderer.send(DRAFTS_FLUSHED_CHANNEL, request));
});

const habeas = {
  call(method: string, input: unknown): Promise<unknown> {
    return ipcRenderer.invoke(CALL_CHANNEL, method, input);
  },
  on(event: string, handler: (payload: unknown) => void): () => void {
    // The IPC event object is never handed to the page: it would expose ipcRenderer's sender.
    const listener = (_ipcEvent: IpcRendererEvent, message: unknown): void => {
      if (isEventMessage(message) && message.event === event) handler(message.payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, listener);
    };
  },
  /** The report screen's PDF export: the main process asks where and prints this page there. */
  saveReportPdf(suggestedName: string): Promise<{ saved: boolean }> {
    return ipcRenderer.invoke(REPORT_PDF_CHANNEL, suggestedName) as Promise<{ saved: boolean }>;
  },
  /** What writes the page's pending drafts when the shell is about to lock; returns the remover. */
  onFlushDrafts(handler: () => Promise<void>): () => void {
    flushHandler = handler;
    return () => {
      if (flushHandler === handler) flushHandler = null;
    };
  },
};

contextBridge.exposeInMainWorld('habeas', habeas);
