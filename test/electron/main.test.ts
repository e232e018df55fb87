// The main process as a whole, with Electron mocked and a protocol-speaking stand-in worker placed
// where the real backend bundle would be: start-up order, the call path, events, lock and quit.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const shell = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  const nodePath = await import('node:path');
  class FakeContents extends EventEmitter {
    readonly id = 1;
    readonly send = vi.fn();
    readonly mainFrame = { url: 'app://habeas/index.html', parent: null };
    readonly setWindowOpenHandler = vi.fn();
    readonly isDestroyed = (): boolean => false;
  }
  class BrowserWindow extends EventEmitter {
    static readonly created: BrowserWindow[] = [];
    readonly webContents = new FakeContents();
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly show = vi.fn();
    readonly isDestroyed = (): boolean => false;
    readonly isMinimized = (): boolean => false;
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    constructor(readonly options: { webPreferences: { preload: string } }) {
      super();
      BrowserWindow.created.push(this);
    }
  }
  let ready: () => void = () => undefined;
  const app = Object.assign(new EventEmitter(), {
    appPath: '',
    isPackaged: false,
    singleInstance: true,
    whenReadyPromise: new Promise<void>((resolve) => (ready = resolve)),
    markReady: (): void => ready(),
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn((): boolean => app.singleInstance),
    quit: vi.fn(),
    getVersion: () => '0.1.0',
    getPath: (_name: string): string => nodePath.join(app.appPath, 'userData'),
    getAppPath: (): string => app.appPath,
    whenReady: (): Promise<void> => app.whenReadyPromise,
  });
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
    on: vi.fn(),
  };
  return {
    BrowserWindow,
    app,
    session,
    electron: {
      app,
      BrowserWindow,
      session: { defaultSession: session },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      ipcMain: Object.assign(new EventEmitter(), { handle: vi.fn(), removeHandler: vi.fn() }),
      powerMonitor: Object.assign(new EventEmitter(), { getSystemIdleTime: () => 0 }),
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() },
      dialog: { showErrorBox: vi.fn() },
    },
  };
});
vi.mock('electron', () => shell.electron);
vi.mock('electron-log/main', () => ({
  default: { transports: { console: {}, file: {} }, info: vi.fn(), warn: vi.fn(), error: vi.fn() },
}));

const { app, electron, BrowserWindow } = shell;
let appDir = '';

beforeEach(() => {
  vi.resetModules();
  appDir = mkdtempSync(path.join(tmpdir(), 'habeas-main-'));
  mkdirSync(path.join(appDir, 'out', 'main'), { recursive: true });
  // The stand-in is ESM; this package.json makes the .js name load as ESM, like the real bundle's name.
  writeFileSync(path.join(appDir, 'out', 'main', 'package.json'), '{"type":"module"}');
  copyFileSync(
    path.join(import.meta.dirname, 'fixtures', 'fake-backend.mjs'),
    path.join(appDir, 'out', 'main', 'backend-worker.js'),
  );
  app.appPath = appDir;
});

afterEach(async () => {
  // Let each started worker shut down through the app's own quit path.
  const beforeQuit = { preventDefault: vi.fn() };
  app.emit('before-quit', beforeQuit);
  if (beforeQuit.preventDefault.mock.calls.length > 0) await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
  app.removeAllListeners();
  vi.clearAllMocks();
  BrowserWindow.created.length = 0;
  rmSync(appDir, { recursive: true, force: true });
});

async function startApp(): Promise<InstanceType<typeof BrowserWindow>> {
  await import('../../electron/main');
  app.markReady();
  await vi.waitFor(() => expect(BrowserWindow.created).toHaveLength(1));
  const window = BrowserWindow.created[0];
  if (window === undefined) throw new Error('no window');
  return window;
}

function callHandler() {
  const registration = electron.ipcMain.handle.mock.calls.find(([channel]) => channel === 'habeas:call');
  if (registration === undefined) throw new Error('habeas:call not registered');
  return registration[1] as (event: unknown, method: unknown, input: unknown) => Promise<unknown>;
}

describe('main process', () => {
  it('quits at once when another instance holds the lock', async () => {
    app.singleInstance = false;
    try {
      await import('../../electron/main');
      expect(app.quit).toHaveBeenCalled();
      expect(app.listenerCount('before-quit')).toBe(0);
    } finally {
      app.singleInstance = true;
    }
  });

  it('registers the scheme and the sandbox before ready, then guards, serves and opens one window', async () => {
    app.whenReadyPromise = new Promise<void>((resolve) => (app.markReady = resolve));
    await import('../../electron/main');
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(app.enableSandbox).toHaveBeenCalledTimes(1);
    expect(electron.protocol.handle).not.toHaveBeenCalled();
    expect(BrowserWindow.created).toHaveLength(0);
    const window = await startApp();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(shell.session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(shell.session.webRequest.onBeforeRequest).toHaveBeenCalled();
    // Downloads (the report's CSV) are made owner-only when they finish.
    expect(shell.session.on).toHaveBeenCalledWith('will-download', expect.any(Function));
    expect(window.options.webPreferences.preload).toBe(path.join(appDir, 'out', 'preload', 'index.js'));
    expect(window.loadURL).toHaveBeenCalledWith('app://habeas/index.html');
    expect(app.listenerCount('web-contents-created')).toBe(1);
    expect(statSync(path.join(appDir, 'userData', 'vault')).isDirectory()).toBe(true);
    expect(statSync(path.join(appDir, 'userData', 'state')).isDirectory()).toBe(true);
  });

  it('answers a call from its window through the backend worker', async () => {
    const window = await startApp();
    const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    expect(await callHandler()(event, 'session.status', {})).toMatchObject({ ok: true, value: { vaultExists: false } });
    const foreign = { sender: window.webContents, senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await callHandler()(foreign, 'session.status', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('locks on the hotkey after the window wrote its drafts, and forwards the backend’s session.locked event to the window', async () => {
    const window = await startApp();
    const input = { type: 'keyDown', key: 'l', control: process.platform !== 'darwin', meta: process.platform === 'darwin', alt: false, shift: false };
    window.webContents.emit('before-input-event', { preventDefault: vi.fn() }, input);
    // First the window is asked to write its pending drafts; the lock follows its answer.
    await vi.waitFor(() => expect(window.webContents.send).toHaveBeenCalledWith('habeas:flush-drafts', expect.any(Number)));
    const request = window.webContents.send.mock.calls.find(([channel]) => channel === 'habeas:flush-drafts')?.[1];
    expect(window.webContents.send).not.toHaveBeenCalledWith('habeas:event', expect.anything());
    electron.ipcMain.emit('habeas:drafts-flushed', { sender: window.webContents }, request);
    await vi.waitFor(() =>
      expect(window.webContents.send).toHaveBeenCalledWith('habeas:event', {
        event: 'session.locked',
        payload: { reason: 'hotkey' },
      }),
    );
  });

  it('holds the quit until the backend has shut down, then quits', async () => {
    const window = await startApp();
    const beforeQuit = { preventDefault: vi.fn() };
    app.emit('before-quit', beforeQuit);
    expect(beforeQuit.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(window.webContents.send).toHaveBeenCalledWith('habeas:event', {
      event: 'session.locked',
      payload: { reason: 'shutdown' },
    });
    const secondQuit = { preventDefault: vi.fn() };
    app.emit('before-quit', secondQuit);
    expect(secondQuit.preventDefault).not.toHaveBeenCalled();
  });
});
