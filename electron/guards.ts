// Refusals that keep the window a closed room: no navigation off app://, no new windows, no
// <webview>, no permissions, and no network request of any kind.
import type { Session, WebContents } from 'electron';

import { isAppUrl } from './app-origin';
import { logRefused } from './log';

/** Schemes the renderer may load from: our own files, inline images, and devtools in development. */
export function isPermittedRequest(url: string, allowDevTools: boolean): boolean {
  if (isAppUrl(url)) return true;
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  if (scheme === 'data:' || scheme === 'blob:') return true;
  return allowDevTools && (scheme === 'devtools:' || scheme === 'chrome-extension:');
}

/** The origin of a refused URL for the log, without path or query (they may carry case data). */
function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.origin === 'null' ? parsed.protocol : parsed.origin;
  } catch {
    return 'an unparseable URL';
  }
}

export function guardSession(session: Session, allowDevTools: boolean): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    logRefused(`permission request '${permission}'`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    const permitted = isPermittedRequest(details.url, allowDevTools);
    if (!permitted) logRefused('network request', originOf(details.url));
    callback({ cancel: !permitted });
  });
  session.setSpellCheckerEnabled(false);
}

export function guardContents(contents: WebContents): void {
  const refuseNavigation = (event: { preventDefault: () => void }, url: string): void => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    logRefused('navigation', originOf(url));
  };
  contents.on('will-navigate', (event) => refuseNavigation(event, event.url));
  contents.on('will-frame-navigate', (event) => refuseNavigation(event, event.url));
  contents.on('will-redirect', (event) => refuseNavigation(event, event.url));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logRefused('<webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    logRefused('new window', originOf(url));
    return { action: 'deny' };
  });
}
