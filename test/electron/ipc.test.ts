// The IPC gate: calls from anything but our own page's main frame, or for unknown methods, are
// dropped and logged without reaching the backend; known calls are forwarded and answered.
import type { BrowserWindow, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { Result } from '../../db/contract/core';

const electron = vi.hoisted(() => ({
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

import type { BackendEvent } from '../../db/backend/worker-protocol';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../electron/channels';
import { forwardBackendEvents, handleCall, openCallGate } from '../../electron/ipc';

const OUR_CONTENTS_ID = 1;
const SECRET_INPUT = { passphrase: 'correct horse battery staple' };

function invokeEvent({
  contentsId = OUR_CONTENTS_ID,
  url = 'app://habeas/index.html',
  subframe = false,
  frameGone = false,
} = {}) {
  const sender = { id: contentsId } as WebContents;
  const parent = subframe ? { url: 'app://habeas/index.html' } : null;
  const senderFrame = frameGone ? null : ({ url, parent } as unknown as NonNullable<Electron.IpcMainInvokeEvent['senderFrame']>);
  return { sender, senderFrame };
}

function gate(result: Result<unknown> = { ok: true, value: { vaultExists: false } }) {
  const call = vi.fn((_method: string, _input: unknown) => Promise.resolve(result));
  return { call, deps: { host: { call }, isOurContents: (contents: WebContents) => contents.id === OUR_CONTENTS_ID } };
}

beforeEach(() => {
  logged.lines.length = 0;
});

describe('handleCall', () => {
  it('forwards a known method from our page and returns the backend result', async () => {
    const { call, deps } = gate();
    const result = await handleCall(invokeEvent(), 'session.status', {}, deps);
    expect(result).toEqual({ ok: true, value: { vaultExists: false } });
    expect(call).toHaveBeenCalledWith('session.status', {});
  });

  it.each([
    ['a foreign origin', invokeEvent({ url: 'https://evil.example/' })],
    ['a file:// page', invokeEvent({ url: 'file:///tmp/index.html' })],
    ['another app:// host', invokeEvent({ url: 'app://elsewhere/index.html' })],
    ['a subframe of our page', invokeEvent({ subframe: true })],
    ['a frame that no longer exists', invokeEvent({ frameGone: true })],
    ['another webContents', invokeEvent({ contentsId: 2 })],
  ])('drops a call from %s without reaching the backend', async (_what, event) => {
    const { call, deps } = gate();
    const result = await handleCall(event, 'session.status', {}, deps);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(call).not.toHaveBeenCalled();
    expect(logged.lines).toHaveLength(1);
    expect(logged.lines[0]).toMatch(/refused call from/);
  });

  it.each([['session.explode'], ['__proto__'], ['toString'], [42], [undefined]])(
    'drops the unknown method %s',
    async (method) => {
      const { call, deps } = gate();
      const result = await handleCall(invokeEvent(), method, {}, deps);
      // The same answer the backend gives an unknown method (test/db/backend/audit.test.ts).
      expect(result).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'Unknown method.', details: { reason: 'unknown_method' } } });
      expect(call).not.toHaveBeenCalled();
      expect(logged.lines).toEqual(['refused call to an unknown method']);
    },
  );

  it.each([
    ['a BigInt', { formKey: 'note:new:c1', data: { n: 1n } }, 'payload_unsupported_value', 'data.n'],
    ['a circular object', (() => { const o: Record<string, unknown> = {}; o.me = o; return { formKey: 'f', data: o }; })(), 'payload_circular', 'data.me'],
    ['a lone surrogate', { formKey: 'f', data: { body: 'Ержан \uD83D' } }, 'invalid_unicode', 'data.body'],
    ['a Set', { formKey: 'f', data: new Set([1]) }, 'payload_unsupported_value', 'data'],
  ])('refuses %s at the gate without reaching the backend', async (_what, input, reason, path) => {
    const { call, deps } = gate();
    const result = await handleCall(invokeEvent(), 'drafts.save', input, deps);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { reason, path } } });
    expect(call).not.toHaveBeenCalled();
    expect(logged.lines).toEqual(['call drafts.save failed: VALIDATION']);
  });

  it('logs a failed call by method name and code only, never its input or message', async () => {
    const { deps } = gate({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: 'Wrong passphrase', details: SECRET_INPUT },
    });
    await handleCall(invokeEvent(), 'session.unlock', SECRET_INPUT, deps);
    expect(logged.lines).toEqual(['call session.unlock failed: WRONG_PASSPHRASE']);
  });

  it('logs the cause of a migration that failed at unlock, and still nothing of the input', async () => {
    const cause = { pending: ['0010_search_keys_fold'], name: 'SqliteError', code: 'SQLITE_ERROR', message: 'no such table: search_docs' };
    const { deps } = gate({ ok: false, error: { code: 'CORRUPT', message: 'Not brought up to date', details: { reason: 'migration_failed', cause } } });
    await handleCall(invokeEvent(), 'session.unlock', SECRET_INPUT, deps);
    expect(logged.lines).toEqual([
      'call session.unlock failed: CORRUPT (migration 0010_search_keys_fold: SqliteError SQLITE_ERROR: no such table: search_docs)',
    ]);
  });

  it('logs nothing for a successful call', async () => {
    await handleCall(invokeEvent(), 'session.status', SECRET_INPUT, gate().deps);
    expect(logged.lines).toEqual([]);
  });
});

describe('openCallGate', () => {
  it('registers one invoke handler on habeas:call and removes it again', async () => {
    const { call, deps } = gate();
    const close = openCallGate(deps);
    const [channel, handler] = electron.ipcMain.handle.mock.calls[0] ?? [];
    expect(channel).toBe(CALL_CHANNEL);
    if (handler === undefined) throw new Error('no handler registered');
    expect(await handler(invokeEvent(), 'session.status', {})).toMatchObject({ ok: true });
    expect(call).toHaveBeenCalledTimes(1);
    close();
    expect(electron.ipcMain.removeHandler).toHaveBeenCalledWith(CALL_CHANNEL);
  });
});

describe('forwardBackendEvents', () => {
  it('sends each backend event to the window on habeas:event while it exists', () => {
    let listener: ((event: BackendEvent) => void) | undefined;
    const host = {
      onEvent: (next: (event: BackendEvent) => void) => {
        listener = next;
        return () => (listener = undefined);
      },
    };
    const send = vi.fn();
    let destroyed = false;
    const window = { isDestroyed: () => destroyed, webContents: { send } } as unknown as BrowserWindow;
    const stop = forwardBackendEvents(host, window);
    listener?.({ event: 'session.locked', payload: { reason: 'idle' } });
    expect(send).toHaveBeenCalledWith(EVENT_CHANNEL, { event: 'session.locked', payload: { reason: 'idle' } });
    destroyed = true;
    listener?.({ event: 'settings.changed', payload: { idleLockMinutes: 5 } });
    expect(send).toHaveBeenCalledTimes(1);
    stop();
    expect(listener).toBeUndefined();
  });
});
