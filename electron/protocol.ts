// The app:// scheme: registered as privileged before ready (so pages get a real, secure origin
// instead of file://), then served from the built renderer folder.
import { protocol } from 'electron';

import { APP_SCHEME } from './app-origin';
import { securityHeaders, serveRendererFile } from './renderer-files';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        // ES module scripts are fetched through the Fetch machinery; CSP still forbids connect-src.
        supportFetchAPI: true,
        codeCache: true,
        allowServiceWorkers: false,
        bypassCSP: false,
        stream: false,
      },
    },
  ]);
}

/** Serves app:// from rendererRoot (out/renderer, inside app.asar when packaged). After ready. */
export function serveAppScheme(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    // The renderer only ever reads its own files; nothing may be posted to the scheme.
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: securityHeaders() });
    }
    return serveRendererFile(rendererRoot, request.url);
  });
}
