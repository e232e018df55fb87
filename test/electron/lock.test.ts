// Automatic locking: idle time past idleLockMinutes, the Ctrl/Cmd+L hotkey, and sleep or screen lock.
// Ctrl/Cmd+L and idle first ask the window to write its pending drafts, and lock anyway when it
// does not answer within the timeout.
import { EventEmitter } from 'node:events';

import type { Input, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { BackendEvent, BackendEventName, LockReason } from '../../db/backend/worker-protocol';
import type { EventPayload } from '../../electron/backend-host';

const power = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  return Object.assign(new Emitter(), { getSystemIdleTime: vi.fn(() => 0) });
});
const ipc = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  return Object.assign(new Emitter(), { removeHandler: vi.fn() });
});
vi.mock('electron', () => ({
  powerMonitor: power,
  ipcMain: ipc,
}));
vi.mock('electron-log/main', () => ({ default: { info: vi.fn(), warn: vi.fn(), error: vi.fn() } }));

import { DRAFTS_FLUSHED_CHANNEL, FLUSH_DRAFTS_CHANNEL } from '../../electron/channels';
import { FLUSH_TIMEOUT_MS, flushWindowDrafts } from '../../electron/draft-flush';
import { isLockHotkey, startLockTriggers } from '../../electron/lock';

const POLL_MS = 1000;

function fakeHost() {
  const listeners = new Set<(event: BackendEvent) => void>();
  const lock = vi.fn<(reason: LockReason) => void>();
  const host = {
    lock,
    on<E extends BackendEventName>(name: E, handler: (payload: EventPayload<E>) => void): () => void {
      const listener = (event: BackendEvent): void => {
        if (event.event === name) handler(event.payload as EventPayload<E>);
      };
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event: BackendEvent): void {
      for (const listener of listeners) listener(event);
    },
    listenerCount: () => listeners.size,
  };
  return host;
}

function key(overrides: Partial<Input>): Input {
  return { type: 'keyDown', key: 'l', control: false, meta: false, alt: false, shift: false, ...overrides } as Input;
}

let host = fakeHost();
let contents = new EventEmitter();
let stop: () => void = () => undefined;

function start(platform: NodeJS.Platform = 'linux', flushDrafts?: () => Promise<unknown>): void {
  stop = startLockTriggers({
    host,
    contents: contents as unknown as Pick<WebContents, 'on' | 'off'>,
    platform,
    pollMs: POLL_MS,
    ...(flushDrafts ? { flushDrafts } : {}),
  });
}

/** The window's webContents as the flush sees it: its id, and what main sent it. */
function windowContents(id = 7) {
  const sent: [string, unknown][] = [];
  return {
    sent,
    contents: { id, isDestroyed: () => false, send: (channel: string, request: unknown) => void sent.push([channel, request]) },
    /** The renderer's answer to a flush request, from the webContents with this id. */
    answer: (request: unknown, from = id) => ipc.emit(DRAFTS_FLUSHED_CHANNEL, { sender: { id: from } }, request),
  };
}

function unlock(idleLockMinutes: number): void {
  host.emit({ event: 'session.unlocked', payload: { userName: 'amina', role: 'caseworker', idleLockMinutes } });
}

function press(input: Input): boolean {
  const event = { preventDefault: vi.fn() };
  contents.emit('before-input-event', event, input);
  return event.preventDefault.mock.calls.length > 0;
}

beforeEach(() => {
  vi.useFakeTimers();
  host = fakeHost();
  contents = new EventEmitter();
  power.getSystemIdleTime.mockReturnValue(0);
});

afterEach(() => {
  stop();
  power.removeAllListeners();
  expect(ipc.listenerCount(DRAFTS_FLUSHED_CHANNEL)).toBe(0);
  vi.useRealTimers();
});

describe('idle lock', () => {
  it('locks with reason idle once idle time reaches the threshold', () => {
    start();
    unlock(5);
    power.getSystemIdleTime.mockReturnValue(5 * 60 - 1);
    vi.advanceTimersByTime(POLL_MS);
    expect(host.lock).not.toHaveBeenCalled();
    power.getSystemIdleTime.mockReturnValue(5 * 60);
    vi.advanceTimersByTime(POLL_MS);
    expect(host.lock).toHaveBeenCalledWith('idle');
    vi.advanceTimersByTime(POLL_MS * 5);
    expect(host.lock).toHaveBeenCalledTimes(1);
  });

  it('never locks for idleness while the session is locked', () => {
    start();
    power.getSystemIdleTime.mockReturnValue(10_000);
    vi.advanceTimersByTime(POLL_MS * 3);
    unlock(5);
    host.emit({ event: 'session.locked', payload: { reason: 'user' } });
    vi.advanceTimersByTime(POLL_MS * 3);
    expect(host.lock).not.toHaveBeenCalled();
  });

  it('treats 0 minutes as disabled', () => {
    start();
    unlock(0);
    power.getSystemIdleTime.mockReturnValue(10_000);
    vi.advanceTimersByTime(POLL_MS * 3);
    expect(host.lock).not.toHaveBeenCalled();
  });

  it('follows settings.changed', () => {
    start();
    unlock(30);
    power.getSystemIdleTime.mockReturnValue(2 * 60);
    vi.advanceTimersByTime(POLL_MS);
    expect(host.lock).not.toHaveBeenCalled();
    host.emit({ event: 'settings.changed', payload: { idleLockMinutes: 2 } });
    vi.advanceTimersByTime(POLL_MS);
    expect(host.lock).toHaveBeenCalledWith('idle');
  });

  it('arms again after the next unlock', () => {
    start();
    unlock(1);
    power.getSystemIdleTime.mockReturnValue(60);
    vi.advanceTimersByTime(POLL_MS);
    host.emit({ event: 'session.locked', payload: { reason: 'idle' } });
    unlock(1);
    vi.advanceTimersByTime(POLL_MS);
    expect(host.lock).toHaveBeenCalledTimes(2);
  });
});

describe('hotkey lock', () => {
  it('locks on Ctrl+L outside macOS and swallows the key', () => {
    start('linux');
    expect(press(key({ control: true }))).toBe(true);
    expect(host.lock).toHaveBeenCalledWith('hotkey');
  });

  it('locks on Cmd+L on macOS', () => {
    start('darwin');
    expect(press(key({ meta: true, key: 'L' }))).toBe(true);
    expect(host.lock).toHaveBeenCalledWith('hotkey');
  });

  it.each([
    ['plain l', key({})],
    ['key up', key({ type: 'keyUp', control: true })],
    ['Ctrl+Shift+L', key({ control: true, shift: true })],
    ['Ctrl+Alt+L', key({ control: true, alt: true })],
    ['Ctrl+K', key({ control: true, key: 'k' })],
    ['Cmd+L outside macOS', key({ meta: true })],
  ])('ignores %s', (_what, input) => {
    start('win32');
    expect(press(input)).toBe(false);
    expect(host.lock).not.toHaveBeenCalled();
  });

  it('recognises Ctrl+L only off macOS', () => {
    expect(isLockHotkey(key({ control: true }), 'darwin')).toBe(false);
    expect(isLockHotkey(key({ control: true }), 'win32')).toBe(true);
  });

  it('recognises the physical L key under a Cyrillic layout, and not д elsewhere', () => {
    expect(isLockHotkey(key({ control: true, key: 'д', code: 'KeyL' }), 'linux')).toBe(true);
    expect(isLockHotkey(key({ control: true, key: 'д', code: 'Semicolon' }), 'linux')).toBe(false);
  });
});

describe('writing pending drafts before a lock', () => {
  it('asks the window to write its drafts on Ctrl+L and locks once it answers', async () => {
    const window = windowContents();
    start('linux', () => flushWindowDrafts(window.contents));
    expect(press(key({ control: true }))).toBe(true);
    expect(window.sent).toEqual([[FLUSH_DRAFTS_CHANNEL, expect.any(Number)]]);
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS - 1);
    expect(host.lock).not.toHaveBeenCalled();
    // An answer from another webContents, or to another request, does not count.
    const request = window.sent[0]?.[1];
    window.answer(request, 99);
    window.answer(-1);
    await vi.advanceTimersByTimeAsync(0);
    expect(host.lock).not.toHaveBeenCalled();
    window.answer(request);
    await vi.advanceTimersByTimeAsync(0);
    expect(host.lock).toHaveBeenCalledWith('hotkey');
    expect(host.lock).toHaveBeenCalledTimes(1);
  });

  it('locks after the timeout when the window never answers', async () => {
    const window = windowContents();
    start('linux', () => flushWindowDrafts(window.contents));
    press(key({ control: true }));
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS - 1);
    expect(host.lock).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(host.lock).toHaveBeenCalledWith('hotkey');
  });

  it('asks before an idle lock too, and locks even when the flush fails', async () => {
    start('linux', () => Promise.reject(new Error('window gone')));
    unlock(1);
    power.getSystemIdleTime.mockReturnValue(60);
    vi.advanceTimersByTime(POLL_MS);
    await vi.advanceTimersByTimeAsync(0);
    expect(host.lock).toHaveBeenCalledWith('idle');
  });

  it('locks at once without a window to ask', async () => {
    start('linux', () => flushWindowDrafts(null));
    press(key({ control: true }));
    await vi.advanceTimersByTimeAsync(0);
    expect(host.lock).toHaveBeenCalledWith('hotkey');
  });

  it('does not wait for the window when the computer goes to sleep', () => {
    const flush = vi.fn(() => new Promise<never>(() => undefined));
    start('linux', flush);
    power.emit('suspend');
    expect(host.lock).toHaveBeenCalledWith('sleep');
    expect(flush).not.toHaveBeenCalled();
  });
});

describe('sleep lock', () => {
  it.each(['suspend', 'lock-screen'])('locks with reason sleep on %s', (eventName) => {
    start();
    power.emit(eventName);
    expect(host.lock).toHaveBeenCalledWith('sleep');
  });
});

describe('stopping the triggers', () => {
  it('removes every listener and the idle timer', () => {
    start();
    unlock(1);
    stop();
    power.getSystemIdleTime.mockReturnValue(600);
    vi.advanceTimersByTime(POLL_MS * 3);
    power.emit('suspend');
    press(key({ control: true }));
    expect(host.lock).not.toHaveBeenCalled();
    expect(host.listenerCount()).toBe(0);
  });
});
