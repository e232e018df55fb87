// The preload exposes exactly window.habeas.call, .on and .saveReportPdf, forwarding over their channels.
import { describe, expect, it, vi } from 'vitest';

type Listener = (event: unknown, message: unknown) => void;

const electron = vi.hoisted(() => {
  const listeners = new Set<Listener>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(() => Promise.resolve({ ok: true, value: 1 })),
      on: vi.fn((_channel: string, listener: Listener) => listeners.add(listener)),
      removeListener: vi.fn((_channel: string, listener: Listener) => listeners.delete(listener)),
    },
  };
});
vi.mock('electron', () => electron);

await import('../../electron/preload');

interface Bridge {
  call(method: string, input: unknown): Promise<unknown>;
  on(event: string, handler: (payload: unknown) => void): () => void;
  saveReportPdf(suggestedName: string): Promise<unknown>;
}

function exposed(): Bridge {
  const [name, bridge] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(name).toBe('habeas');
  return bridge as Bridge;
}

describe('preload', () => {
  it('exposes window.habeas with call, on and saveReportPdf only', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(exposed()).sort()).toEqual(['call', 'on', 'saveReportPdf']);
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
