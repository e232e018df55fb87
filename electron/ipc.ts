// The IPC gate: one invoke channel for calls, one send channel for backend events. Every call is
// checked (our window, its main frame, our app:// origin, a known method, plain bounded data) before
// the backend sees it.
import { ipcMain } from 'electron';
import type { BrowserWindow, IpcMainInvokeEvent, WebContents } from 'electron';

import { isMethodName } from '../db/api';
import { UNKNOWN_METHOD, type Result } from '../db/contract/core';
import { checkPayload } from '../db/contract/payload-guard';
import { isAppUrl } from './app-origin';
import type { BackendHost } from './backend-host';
import { CALL_CHANNEL, EVENT_CHANNEL } from './channels';
import { logCallFailure, logRefused } from './log';

export interface CallGateDeps {
  host: Pick<BackendHost, 'call'>;
  /** True only for the webContents of the window we created. */
  isOurContents: (contents: WebContents) => boolean;
}

type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/** Why a sender is refused, or null when it is our own page's main frame. */
export function senderRefusal(event: SenderEvent, isOurContents: CallGateDeps['isOurContents']): string | null {
  const frame = event.senderFrame;
  if (frame === null) return 'call from a frame that no longer exists';
  if (!isOurContents(event.sender)) return 'call from a foreign webContents';
  if (frame.parent !== null) return 'call from a subframe';
  if (!isAppUrl(frame.url)) return 'call from a foreign origin';
  return null;
}

function refused(): Result<unknown> {
  return { ok: false, error: { code: 'FORBIDDEN', message: 'Refused.', details: { reason: 'sender_refused' } } };
}

/** Checks one call and forwards it; always answers with a Result (a refusal tells nothing more). */
export async function handleCall(
  event: SenderEvent,
  method: unknown,
  input: unknown,
  deps: CallGateDeps,
): Promise<Result<unknown>> {
  const refusal = senderRefusal(event, deps.isOurContents);
  if (refusal !== null) {
    logRefused(refusal);
    return refused();
  }
  if (typeof method !== 'string' || !isMethodName(method)) {
    // The name itself is not logged: it came from outside and could be anything.
    logRefused('call to an unknown method');
    return { ok: false, error: { ...UNKNOWN_METHOD } };
  }
  // BigInt, cycles, class instances and the like survive Electron's structured clone: refuse them here.
  const refusedPayload = checkPayload(input);
  if (refusedPayload !== null) {
    logCallFailure(method, refusedPayload);
    return { ok: false, error: refusedPayload };
  }
  const result = await deps.host.call(method, input);
  if (!result.ok) logCallFailure(method, result.error);
  return result;
}

/** Registers the call channel; returns a function removing it again. */
export function openCallGate(deps: CallGateDeps): () => void {
  ipcMain.handle(CALL_CHANNEL, (event, method: unknown, input: unknown) => handleCall(event, method, input, deps));
  return () => ipcMain.removeHandler(CALL_CHANNEL);
}

/** Sends every backend event to the window; returns the unsubscribe function. */
export function forwardBackendEvents(host: Pick<BackendHost, 'onEvent'>, window: BrowserWindow): () => void {
  return host.onEvent(({ event, payload }) => {
    if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, { event, payload });
  });
}
