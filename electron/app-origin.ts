// The one origin the window may show: pages come from app://habeas/, never file:// or the web.
// Pure string checks shared by the protocol handler, the navigation guards and the IPC gate.

export const APP_SCHEME = 'app';
export const APP_HOST = 'habeas';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** True when the URL parses and belongs to our own app:// origin. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}
