// The one application window: hardened web preferences, shown only once the first paint is ready.
import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';

import { APP_START_URL } from './app-origin';

export interface WindowSettings {
  preload: string;
  /** Developer tools only in development; a packaged build cannot open them at all. */
  devTools: boolean;
}

export function windowOptions({ preload, devTools }: WindowSettings): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Habeas',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools,
    },
  };
}

export function createMainWindow(settings: WindowSettings): BrowserWindow {
  const window = new BrowserWindow(windowOptions(settings));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}
