// The window's web preferences and start-up: hardened settings, our app:// page, shown when ready.
import { EventEmitter } from 'node:events';

import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const created = vi.hoisted(() => ({ windows: [] as unknown[] }));
vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class BrowserWindow extends Emitter {
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly show = vi.fn();
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      created.windows.push(this);
    }
  }
  return { BrowserWindow };
});

import { createMainWindow, windowOptions } from '../../electron/window';

describe('windowOptions', () => {
  it('isolates and sandboxes the page, with no Node, no webview and no spellcheck', () => {
    const { webPreferences, show } = windowOptions({ preload: '/app/out/preload/index.js', devTools: false });
    expect(show).toBe(false);
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('allows developer tools only when asked (development)', () => {
    expect(windowOptions({ preload: 'p', devTools: true }).webPreferences?.devTools).toBe(true);
  });
});

describe('createMainWindow', () => {
  it('loads our app:// page and shows the window once it is ready', () => {
    const window = createMainWindow({ preload: 'p', devTools: false }) as unknown as EventEmitter & {
      loadURL: ReturnType<typeof vi.fn>;
      show: ReturnType<typeof vi.fn>;
    };
    expect(created.windows).toContain(window);
    expect(window.loadURL).toHaveBeenCalledWith('app://habeas/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });
});
