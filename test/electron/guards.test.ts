// The window's refusals: navigation off app://, new windows, <webview>, permissions and every
// network request that is not our own scheme.
import { EventEmitter } from 'node:events';

import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const logged = vi.hoisted(() => ({ lines: [] as string[] }));
vi.mock('electron', () => ({ ipcMain: { removeAllListeners: vi.fn(), removeHandler: vi.fn() } }));
vi.mock('electron-log/main', () => {
  const record = (...parts: unknown[]): void => {
    logged.lines.push(parts.map(String).join(' '));
  };
  return { default: { info: record, warn: record, error: record } };
});

import { guardContents, guardSession, isPermittedRequest } from '../../electron/guards';

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: WindowOpenHandler | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: WindowOpenHandler) => {
      openHandler = handler;
    },
  });
  guardContents(contents as unknown as WebContents);
  return {
    /** Emits a navigation-style event and reports whether it was refused. */
    refuses(eventName: string, url: string): boolean {
      const event = { url, preventDefault: vi.fn() };
      emitter.emit(eventName, event, url);
      return event.preventDefault.mock.calls.length > 0;
    },
    openWindow(url: string) {
      if (openHandler === undefined) throw new Error('no window open handler installed');
      return openHandler({ url });
    },
    attachWebview(): boolean {
      const event = { preventDefault: vi.fn() };
      emitter.emit('will-attach-webview', event, {}, {});
      return event.preventDefault.mock.calls.length > 0;
    },
  };
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type BeforeRequest = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

function fakeSession(allowDevTools: boolean) {
  const installed: {
    request?: PermissionRequestHandler;
    check?: () => boolean;
    device?: () => boolean;
    beforeRequest?: BeforeRequest;
    filter?: { urls: string[] };
  } = {};
  const session = {
    setPermissionRequestHandler: (handler: PermissionRequestHandler) => (installed.request = handler),
    setPermissionCheckHandler: (handler: () => boolean) => (installed.check = handler),
    setDevicePermissionHandler: (handler: () => boolean) => (installed.device = handler),
    setSpellCheckerEnabled: vi.fn(),
    webRequest: {
      onBeforeRequest: (filter: { urls: string[] }, listener: BeforeRequest) => {
        installed.filter = filter;
        installed.beforeRequest = listener;
      },
    },
  };
  guardSession(session as unknown as Session, allowDevTools);
  return {
    installed,
    session,
    cancels(url: string): boolean {
      let cancel: boolean | undefined;
      installed.beforeRequest?.({ url }, (response) => (cancel = response.cancel));
      if (cancel === undefined) throw new Error('request listener did not answer');
      return cancel;
    },
  };
}

beforeEach(() => {
  logged.lines.length = 0;
});

describe('navigation guards', () => {
  const foreign = [
    'https://example.org/',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'app://elsewhere/index.html',
    'javascript:alert(1)',
    'data:text/html,<h1>x</h1>',
    'not a url',
  ];

  it.each(foreign)('refuses navigating, frame-navigating and redirecting to %s', (url) => {
    const contents = fakeContents();
    expect(contents.refuses('will-navigate', url)).toBe(true);
    expect(contents.refuses('will-frame-navigate', url)).toBe(true);
    expect(contents.refuses('will-redirect', url)).toBe(true);
  });

  it('lets our own page reload itself', () => {
    const contents = fakeContents();
    expect(contents.refuses('will-navigate', 'app://habeas/index.html')).toBe(false);
  });

  it('logs the refused origin but never the path or query', () => {
    fakeContents().refuses('will-navigate', 'https://evil.example/case/42?name=Secret');
    expect(logged.lines.join('\n')).toContain('https://evil.example');
    expect(logged.lines.join('\n')).not.toMatch(/case\/42|Secret/);
  });

  it.each(['https://example.org/', 'app://habeas/index.html', 'about:blank'])('denies a new window for %s', (url) => {
    expect(fakeContents().openWindow(url)).toEqual({ action: 'deny' });
  });

  it('refuses to attach a <webview>', () => {
    expect(fakeContents().attachWebview()).toBe(true);
  });
});

describe('session guards', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])(
    'refuses the permission request %s',
    (permission) => {
      const { installed } = fakeSession(false);
      const callback = vi.fn();
      installed.request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    },
  );

  it('answers every permission and device check with no', () => {
    const { installed, session } = fakeSession(false);
    expect(installed.check?.()).toBe(false);
    expect(installed.device?.()).toBe(false);
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  it('watches every URL', () => {
    expect(fakeSession(false).installed.filter).toEqual({ urls: ['<all_urls>'] });
  });

  it.each([
    'https://example.org/font.woff2',
    'http://localhost:5173/',
    'wss://example.org/socket',
    'ftp://example.org/',
    'file:///etc/passwd',
    'devtools://devtools/bundled/inspector.html',
    'app://elsewhere/index.html',
  ])('cancels the network request to %s', (url) => {
    expect(fakeSession(false).cancels(url)).toBe(true);
  });

  it.each(['app://habeas/index.html', 'app://habeas/assets/index.js', 'data:image/png;base64,AAAA'])(
    'lets %s through',
    (url) => {
      expect(fakeSession(false).cancels(url)).toBe(false);
    },
  );

  it('allows developer tools pages only in development', () => {
    const url = 'devtools://devtools/bundled/inspector.html';
    expect(isPermittedRequest(url, true)).toBe(true);
    expect(isPermittedRequest(url, false)).toBe(false);
    expect(isPermittedRequest('https://example.org/', true)).toBe(false);
  });
});
