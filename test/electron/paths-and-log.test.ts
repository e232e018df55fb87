// Where the shell looks for its files (development vs packaged) and how its log is set up.
import path from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: {
    isPackaged: false,
    getPath: vi.fn((name: string) => `/home/amina/.config/Habeas-${name}`),
    getAppPath: vi.fn(() => '/repo'),
  },
  ipcMain: { removeAllListeners: vi.fn(), removeHandler: vi.fn() },
}));
const log = vi.hoisted(() => ({
  transports: { console: { level: 'silly' }, file: { level: 'silly' } },
  info: vi.fn(),
  warn: vi.fn(),
  error: vi.fn(),
}));
vi.mock('electron', () => electron);
vi.mock('electron-log/main', () => ({ default: log }));

import { logShellError, setUpLog } from '../../electron/log';
import {
  backendWorkerPath,
  migrationsDir,
  nativeBindingPath,
  preloadPath,
  rendererRoot,
  stateDir,
  vaultDir,
} from '../../electron/paths';

const originalResourcesPath = process.resourcesPath;
afterEach(() => {
  electron.app.isPackaged = false;
  electron.app.getAppPath.mockReturnValue('/repo');
  Object.defineProperty(process, 'resourcesPath', { value: originalResourcesPath, configurable: true });
});

describe('paths', () => {
  it('keeps the vault and the unlock state in separate folders under userData', () => {
    expect(vaultDir()).toBe(path.join('/home/amina/.config/Habeas-userData', 'vault'));
    expect(stateDir()).toBe(path.join('/home/amina/.config/Habeas-userData', 'state'));
  });

  it('loads the Electron SQLite build from .native in development', () => {
    expect(nativeBindingPath()).toBe(path.join('/repo', '.native', 'electron', 'better_sqlite3.node'));
    expect(backendWorkerPath()).toBe(path.join('/repo', 'out', 'main', 'backend-worker.js'));
    expect(preloadPath()).toBe(path.join('/repo', 'out', 'preload', 'index.js'));
    expect(rendererRoot()).toBe(path.join('/repo', 'out', 'renderer'));
    expect(migrationsDir()).toBe(path.join('/repo', 'db', 'migrations'));
  });

  it('loads it from resources/native and the bundles from app.asar when packaged', () => {
    electron.app.isPackaged = true;
    electron.app.getAppPath.mockReturnValue('/opt/Habeas/resources/app.asar');
    Object.defineProperty(process, 'resourcesPath', { value: '/opt/Habeas/resources', configurable: true });
    expect(nativeBindingPath()).toBe(path.join('/opt/Habeas/resources', 'native', 'better_sqlite3.node'));
    expect(backendWorkerPath()).toBe(path.join('/opt/Habeas/resources/app.asar', 'out', 'main', 'backend-worker.js'));
    expect(migrationsDir()).toBe(path.join('/opt/Habeas/resources/app.asar', 'db', 'migrations'));
  });
});

describe('log', () => {
  it('writes to the file only and closes electron-log’s IPC channel', () => {
    setUpLog();
    expect(log.transports.console.level).toBe(false);
    expect(log.transports.file.level).toBe('info');
    expect(electron.ipcMain.removeAllListeners).toHaveBeenCalledWith('__ELECTRON_LOG__');
    expect(electron.ipcMain.removeHandler).toHaveBeenCalledWith('__ELECTRON_LOG__');
  });

  it('logs shell errors by name and message, not by stack or attached data', () => {
    const error = Object.assign(new Error('module did not self-register'), { input: { passphrase: 'x' } });
    logShellError('backend worker exited', error);
    expect(log.error).toHaveBeenCalledWith('backend worker exited: Error: module did not self-register');
  });
});
