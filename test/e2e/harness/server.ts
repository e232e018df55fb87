// Test-only browser harness: serves the built renderer on 127.0.0.1 and forwards window.habeas
// calls to the real backend worker on a real encrypted vault. Only test/ contains this.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

import { CONTENT_SECURITY_POLICY } from '../../../electron/content-policy';
import { BackendHost } from '../../../electron/backend-host';
import type { LockReason, WorkerOptions } from '../../../db/backend/worker-protocol';
import type { Result } from '../../../db/api';
import type { DevInput as Input, DevMethodName as MethodName, DevOutput as Output } from '../../../db/dev/dev-api';

export interface HarnessOptions {
  vaultDir: string;
  stateDir: string;
  port?: number;
  rendererDir?: string;
  /** The worker entry to run (db/dev/dev-worker.ts by default); tests of a crashing worker give their own. */
  workerEntry?: string;
}

export interface Harness {
  url: string;
  /** A call straight to the backend, typed from the contract like window.habeas. */
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  lock(reason: LockReason): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

// The app's policy, except that the page may talk to this harness (the app itself connects nowhere).
const POLICY = CONTENT_SECURITY_POLICY.replace("connect-src 'none'", "connect-src 'self'");

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const rendererDir = resolve(options.rendererDir ?? 'out/renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error(`No built renderer in ${rendererDir}: run npm run build first.`);
  const bridge = readFileSync(join(import.meta.dirname, 'bridge.js'), 'utf8');
  const workerData = {
    vaultDir: options.vaultDir,
    stateDir: options.stateDir,
    migrationsDir: resolve('db/migrations'),
    entry: resolve(options.workerEntry ?? 'db/dev/dev-worker.ts'),
  } as WorkerOptions;
  const host = new BackendHost(resolve('test/db/support/ts-worker.cjs'), workerData);
  await host.ready;
  const streams = new Set<ServerResponse>();
  host.onEvent((event) => {
    for (const stream of streams) stream.write(`data: ${JSON.stringify(event)}\n\n`);
  });

  const serveFile = (path: string, res: ServerResponse) => {
    const file = normalize(join(rendererDir, decodeURIComponent(path)));
    if (!file.startsWith(rendererDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    let body: string | Buffer = readFileSync(file);
    if (file.endsWith('index.html')) body = body.toString('utf8').replace('<head>', '<head>\n    <script src="/__harness/bridge.js"></script>');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': POLICY, 'cache-control': 'no-store' });
    res.end(body);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/__harness/bridge.js') {
      res.writeHead(200, { 'content-type': TYPES['.js'] ?? '', 'content-security-policy': POLICY }).end(bridge);
    } else if (url.pathname === '/__harness/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
    } else if (url.pathname === '/__harness/call' && req.method === 'POST') {
      void readBody(req).then(async (text) => {
        const { method, input } = JSON.parse(text) as { method: string; input: unknown };
        const result = await host.call(method, input);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      });
    } else if (url.pathname === '/__harness/lock' && req.method === 'POST') {
      host.lock((url.searchParams.get('reason') ?? 'idle') as LockReason);
      res.writeHead(204).end();
    } else {
      serveFile(url.pathname === '/' ? '/index.html' : url.pathname, res);
    }
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    call: <M extends MethodName>(method: M, input: Input<M>) => host.call(method, input) as Promise<Result<Output<M>>>,
    lock: (reason) => host.lock(reason),
    async close() {
      for (const stream of streams) stream.end();
      await new Promise<void>((done) => server.close(() => done()));
      await host.stop();
    },
  };
}
