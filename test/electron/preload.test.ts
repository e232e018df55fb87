// The preload exposes exactly window.habeas.call, .on, .saveReportPdf and .onFlushDrafts, forwarding
// over their channels; a flush request from main is always answered.
import { describe, expect, it, vi } from 'vitest';

type Listener = (event: unknown, message: unknown) => void;

const electron = vi.hoisted(() => {
  /** Listeners on the event channel; the flush channel's one listener is kept apart. */
  const listeners = new Set<Listener>();
  const flushListeners = new Set<Listener>();
  const of = (channel: string) => (channel === 'habeas:flush-drafts' ? flushListeners : listeners);
  return {
    listeners,
    flushListeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(() => Promise.resolve({ ok: true, value: 1 })),
      send: vi.fn(),
      on: vi.fn((channel: string, listener: Listener) => of(channel).add(listener)),
      removeListener: vi.fn((channel: string, listener: Listener) => of(channel).delete(listener)),
    },
  };
});
vi.mock('electron', () => electron);

await import('../../electron/preload');

interface Bridge {
  call(method: string, input: unknown): Promise<unknown>;
  on(event: string, handler: (payload: unknown) => void): () => void;
  saveReportPdf(suggestedName: string): Promise<unknown>;
  onFlushDrafts(handler: () => Promise<void>): () => void;
}

function exposed(): Bridge {
  const [name, bridge] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(name).toBe('habeas');
  return bridge as Bridge;
}

describe('preload', () => {
  it('exposes window.habeas with call, on, saveReportPdf and onFlushDrafts only', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(exposed()).sort()).toEqual(['call', 'on', 'onFlushDrafts', 'saveReportPdf']);
  });

  it('answers a flush request at once when the page set no handler, and after the handler once it has', async () => {
    const request = (id: number): void => {
      for (const listener of electron.flushListeners) listener({ sender: 'ipc internals' }, id);
    };
    request(1);
    await vi.waitFor(() => expect(electron.ipcRenderer.send).toHaveBeenCalledWith('habeas:drafts-flushed', 1));
    let finish: () => void = () => undefined;
    const handler = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const off = exposed().onFlushDrafts(handler);
    request(2);
    await vi.waitFor(() => expect(handler).toHaveBeenCalledTimes(1));
    expect(electron.ipcRenderer.send).not.toHaveBeenCalledWith('habeas:drafts-flushed', 2);
    finish();
    await vi.waitFor(() => expect(electron.ipcRenderer.send).toHaveBeenCalledWith('habeas:drafts-flushed', 2));
    // A handler that fails still gets main its answer, so the lock is not held up.
    off();
    exposed().onFlushDrafts(() => Promise.reject(new Error('broken form')));
    request(3);
    await vi.waitFor(() => expect(electron.ipcRenderer.send).toHaveBeenCalledWith('habeas:drafts-flushed', 3));
  });

  it('forwards saveReportPdf() to habeas:save-report-pdf', async () => {
    await exposed().saveReportPdf('habeas-report-KZ.pdf');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('habeas:save-report-pdf', 'habeas-report-KZ.pdf');
  });

  it('forwards call() to habeas:call', async () => {
    expect(await exposed().call('session.status', {})).toEqual({ ok: true, value: 1 });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('habeas:call', 'session.status', {});
  });

  it('delivers only the named event, without the IPC event object, until unsubscribed', () => {
    const handler = vi.fn();
    const off = exposed().on('session.locked', handler);
    expect(electron.ipcRenderer.on).toHaveBeenCalledWith('habeas:event', expect.any(Function));
    const deliver = (message: unknown): void => {
      for (const listener of electron.listeners) listener({ sender: 'ipc internals' }, message);
    };
    deliver({ event: 'progress', payload: { done: 1 } });
    deliver({ event: 'session.locked', payload: { reason: 'idle' } });
    deliver('garbage');
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler).toHaveBeenCalledWith({ reason: 'idle' });
    off();
    expect(electron.listeners.size).toBe(0);
  });
});
