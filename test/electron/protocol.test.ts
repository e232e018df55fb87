// The app:// handler: files come only from the renderer folder, every escape attempt is refused,
// missing files answer 404, and every response carries the strict CSP.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: {
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn<(scheme: string, handler: (request: Request) => Response | Promise<Response>) => void>(),
  },
}));
vi.mock('electron', () => electron);

import { CONTENT_SECURITY_POLICY } from '../../electron/content-policy';
import { registerAppScheme, serveAppScheme } from '../../electron/protocol';
import { resolveRendererFile, serveRendererFile } from '../../electron/renderer-files';

const SECRET = 'secret-outside-the-renderer';
let base = '';
let root = '';

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'habeas-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Habeas</title>');
  writeFileSync(path.join(root, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'index.css'), 'body{}');
  writeFileSync(path.join(base, 'secret.txt'), SECRET);
  // A sibling whose name starts with the root's name: a naive startsWith() check would let it through.
  mkdirSync(path.join(base, 'renderer-evil'));
  writeFileSync(path.join(base, 'renderer-evil', 'secret.txt'), SECRET);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const EXPECTED_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self'",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

describe('content security policy', () => {
  it('allows our own files only, with no remote origin and no inline or evaluated script', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(EXPECTED_CSP);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-eval|\*/);
    // Object URLs only for images made from bytes in memory, never for scripts or workers.
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/(script|worker)-src[^;]*blob:/);
  });
});

describe('serveRendererFile', () => {
  it('serves index.html for the root with the CSP and nosniff headers', async () => {
    const response = await serveRendererFile(root, 'app://habeas/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Habeas</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves assets with their MIME type', async () => {
    const script = await serveRendererFile(root, 'app://habeas/assets/index.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const style = await serveRendererFile(root, 'app://habeas/assets/index.css?v=1#x');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404 with the CSP for missing files and folders', async () => {
    for (const url of ['app://habeas/missing.js', 'app://habeas/assets/', 'app://habeas/assets']) {
      const response = await serveRendererFile(root, url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    }
  });

  const escapes = [
    'app://habeas/../secret.txt',
    'app://habeas/../../../../etc/passwd',
    'app://habeas/%2e%2e/secret.txt',
    'app://habeas/..%2fsecret.txt',
    'app://habeas/..%2Frenderer-evil%2Fsecret.txt',
    'app://habeas/%2E%2E%2F%2E%2E%2Fsecret.txt',
    'app://habeas/assets/..%2f..%2fsecret.txt',
    'app://habeas/assets/%252e%252e%252fsecret.txt',
    'app://habeas/..%5csecret.txt',
    'app://habeas/%2F..%2Fsecret.txt',
    'app://habeas/C:/Windows/win.ini',
    'app://habeas/C:%5CWindows%5Cwin.ini',
    'app://habeas/%00index.html',
    'app://habeas/%E0%A4%A',
  ];

  it.each(escapes)('never serves anything outside the root: %s', async (url) => {
    const response = await serveRendererFile(root, url);
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toContain(SECRET);
    expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
  });

  it.each([
    ['an encoded ../', 'app://habeas/..%2fsecret.txt'],
    ['an encoded ../ into a sibling sharing the prefix', 'app://habeas/..%2Frenderer-evil%2Fsecret.txt'],
    ['an encoded backslash', 'app://habeas/..%5csecret.txt'],
    ['a drive letter', 'app://habeas/C:/Windows/win.ini'],
    ['a NUL byte', 'app://habeas/%00index.html'],
    ['a broken escape', 'app://habeas/%E0%A4%A'],
    ['another host', 'app://elsewhere/index.html'],
    ['another scheme', `file://${path.join(root, 'index.html')}`],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_what, url) => {
    expect(resolveRendererFile(root, url)).toBeNull();
  });

  it('keeps resolved paths inside the root', () => {
    // The URL parser folds plain ../ away before the guard sees it: the result stays inside.
    expect(resolveRendererFile(root, 'app://habeas/../secret.txt')).toBe(path.join(root, 'secret.txt'));
    expect(resolveRendererFile(root, 'app://habeas/assets/%69ndex.js')).toBe(path.join(root, 'assets', 'index.js'));
  });
});

describe('app:// scheme registration', () => {
  it('registers app as a standard, secure scheme that does not bypass CSP', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, bypassCSP: false }),
      }),
    ]);
  });

  it('serves GET from the renderer folder and refuses other methods', async () => {
    serveAppScheme(root);
    const [scheme, handler] = electron.protocol.handle.mock.calls[0] ?? [];
    expect(scheme).toBe('app');
    if (handler === undefined) throw new Error('no handler registered');
    const served = await handler(new Request('app://habeas/index.html'));
    expect(served.status).toBe(200);
    const posted = await handler(new Request('app://habeas/index.html', { method: 'POST', body: 'x' }));
    expect(posted.status).toBe(405);
    expect(posted.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
  });
});
