// Electron main process: one instance, one hardened window, and the backend worker started and
// stopped with the app. Everything security-relevant lives in the small modules imported here.
import { app, dialog, session } from 'electron';
import type { BrowserWindow, WebContents } from 'electron';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';

import { BackendHost } from './backend-host';
import { EVENT_CHANNEL } from './channels';
import { flushWindowDrafts } from './draft-flush';
import { guardContents, guardSession } from './guards';
import { forwardBackendEvents, openCallGate } from './ipc';
import { startLockTriggers } from './lock';
import { logShellError, logStart, setUpLog } from './log';
import { installMenu } from './menu';
import {
  backendWorkerPath,
  migrationsDir,
  nativeBindingPath,
  preloadPath,
  rendererRoot,
  stateDir,
  vaultDir,
} from './paths';
import { registerAppScheme, serveAppScheme } from './protocol';
import { guardDownloads } from './private-files';
import { openReportPdfGate } from './report-pdf';
import { createMainWindow } from './window';

// Both must happen before 'ready'.
registerAppScheme();
app.enableSandbox();

if (app.requestSingleInstanceLock()) {
  runApp();
} else {
  app.quit();
}

function runApp(): void {
  setUpLog();
  const development = !app.isPackaged;
  let window: BrowserWindow | null = null;
  let host: BackendHost | null = null;
  const windowCleanups: (() => void)[] = [];
  let backendStopped = false;

  app.on('web-contents-created', (_event, contents) => guardContents(contents));

  app.on('second-instance', () => {
    if (window === null || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  const startBackend = (): BackendHost => {
    const nativeBinding = nativeBindingPath();
    if (!existsSync(nativeBinding)) {
      logShellError(`SQLite module for Electron missing at ${nativeBinding}; run build/scripts/native-electron.mjs`);
    }
    for (const dir of [vaultDir(), stateDir()]) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      // Owner-only whatever the umask (and for folders made by an older version).
      if (process.platform !== 'win32') chmodSync(dir, 0o700);
    }
    return new BackendHost(
      backendWorkerPath(),
      { vaultDir: vaultDir(), stateDir: stateDir(), nativeBinding, migrationsDir: migrationsDir() },
      {
        // The host starts the worker again, locked, and the window shows why on its lock screen.
        onUnexpectedExit: (exitCode, error) => {
          logShellError(`backend worker exited unexpectedly with code ${exitCode}; starting it again`, error);
        },
        onGiveUp: (restarts) => {
          logShellError(`backend worker given up after ${restarts} restarts`);
          dialog.showErrorBox(
            'Habeas stopped',
            'The part of Habeas that keeps the records stopped unexpectedly. Saved work is kept. Please start Habeas again.',
          );
          app.quit();
        },
      },
    );
  };

  const openWindow = (backend: BackendHost): void => {
    const opened = createMainWindow({ preload: preloadPath(), devTools: development });
    window = opened;
    windowCleanups.push(
      forwardBackendEvents(backend, opened),
      startLockTriggers({
        host: backend,
        contents: opened.webContents,
        platform: process.platform,
        flushDrafts: () => flushWindowDrafts(opened.webContents),
      }),
    );
    opened.on('closed', () => {
      window = null;
      for (const cleanup of windowCleanups.splice(0)) cleanup();
    });
  };

  app
    .whenReady()
    .then(() => {
      logStart(app.getVersion(), app.isPackaged);
      guardSession(session.defaultSession, development);
      guardDownloads(session.defaultSession);
      serveAppScheme(rendererRoot());
      const backend = startBackend();
      host = backend;
      const isOurContents = (contents: WebContents): boolean =>
        window !== null && !window.isDestroyed() && contents.id === window.webContents.id;
      openCallGate({ host: backend, isOurContents });
      openReportPdfGate({ isOurContents });
      // The menu's Lock, like Ctrl/Cmd+L, lets the window write its pending drafts first.
      const lockFromMenu = (): void => {
        const contents = window !== null && !window.isDestroyed() ? window.webContents : null;
        void flushWindowDrafts(contents).then(() => backend.lock('hotkey'));
      };
      installMenu({
        lock: lockFromMenu,
        // The window asks for confirmation in the user's language and then calls session.eraseKeys.
        eraseKeys: () => {
          if (window !== null && !window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, { event: 'erase.requested', payload: {} });
        },
        development,
        platform: process.platform,
      });
      openWindow(backend);
    })
    .catch((error: unknown) => {
      logShellError('start-up failed', error);
      app.quit();
    });

  // Closing the window ends the app on every platform: a case tracker should not linger unlocked.
  app.on('window-all-closed', () => app.quit());

  // Quit waits once for the backend to close the database and drop the key.
  let backendStop: Promise<void> | null = null;
  app.on('before-quit', (event) => {
    if (host === null || backendStopped) return;
    event.preventDefault();
    if (backendStop !== null) return;
    backendStop = host
      .stop()
      .catch((error: unknown) => logShellError('backend stop failed', error))
      .finally(() => {
        backendStopped = true;
        app.quit();
      });
  });
}
