// Serves the built renderer (out/renderer) for app:// requests: a path guard that refuses anything
// resolving outside that folder, a small MIME table, and the security headers on every response.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

import { APP_HOST, APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './content-policy';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers carried by every app:// response, including errors. */
export function securityHeaders(contentType = 'text/plain; charset=utf-8'): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

/**
 * Maps an app:// URL to a file path inside rendererRoot, or null when the request must be refused:
 * another scheme or host, undecodable escapes, NUL bytes, backslashes, or a path that resolves
 * outside the root (plain or percent-encoded ../, absolute paths, drive letters).
 */
export function resolveRendererFile(rendererRoot: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;

  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0') || relative.includes('\\')) return null;
  relative = relative.replace(/^\/+/, '');
  if (relative === '') relative = 'index.html';
  // After stripping the leading slashes anything still absolute (C:/..., //host) is an attack.
  if (path.isAbsolute(relative) || path.win32.isAbsolute(relative)) return null;

  const root = path.resolve(rendererRoot);
  const candidate = path.resolve(root, relative);
  const fromRoot = path.relative(root, candidate);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${path.sep}`) || path.isAbsolute(fromRoot)) {
    return null;
  }
  return candidate;
}

function textResponse(status: number, body: string): Response {
  return new Response(body, { status, headers: securityHeaders() });
}

/** Answers one app:// request from rendererRoot. */
export async function serveRendererFile(rendererRoot: string, url: string): Promise<Response> {
  const file = resolveRendererFile(rendererRoot, url);
  if (file === null) return textResponse(403, 'Forbidden');
  try {
    const info = await stat(file);
    if (!info.isFile()) return textResponse(404, 'Not found');
    const body = await readFile(file);
    const contentType = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(new Uint8Array(body), { status: 200, headers: securityHeaders(contentType) });
  } catch {
    return textResponse(404, 'Not found');
  }
}
