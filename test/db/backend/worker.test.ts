// The backend in its worker thread, driven by messages exactly as the Electron main process does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

import { afterEach, describe, expect, it } from 'vitest';

import type { Result } from '../../../db/contract/core';
import type { WorkerMessage, WorkerOptions } from '../../../db/backend/worker-protocol';

let worker: Worker | null = null;
let dir = '';
afterEach(async () => {
  await worker?.terminate();
  worker = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function start(options: WorkerOptions): { call: (method: string, input: unknown) => Promise<Result<unknown>>; messages: WorkerMessage[] } {
  const w = new Worker(resolve('test/db/support/ts-worker.cjs'), {
    workerData: { ...options, entry: resolve('db/backend/worker.ts') },
  });
  worker = w;
  const messages: WorkerMessage[] = [];
  const pending = new Map<number, (r: Result<unknown>) => void>();
  w.on('error', (e) => {
    for (const done of pending.values()) done({ ok: false, error: { code: 'INTERNAL', message: String(e) } });
  });
  w.on('message', (m: WorkerMessage) => {
    messages.push(m);
    if (m.type === 'result') pending.get(m.id)?.(m.result);
  });
  let next = 1;
  return {
    messages,
    call: (method, input) =>
      new Promise((done) => {
        const id = next++;
        pending.set(id, done);
        w.postMessage({ type: 'call', id, method, input });
      }),
  };
}

describe('backend worker thread', () => {
  it('creates a vault, answers calls, locks on request and reports events', async () => {
    dir = mkdtempSync(join(tmpdir(), 'habeas-worker-'));
    const backend = start({ vaultDir: join(dir, 'vault'), stateDir: join(dir, 'state') });
    const created = await backend.call('session.createVault', { userName: 'admin', passphrase: 'correct horse battery staple 42' });
    expect(created).toMatchObject({ ok: true, value: { recoveryKey: expect.any(String) } });
    const users = await backend.call('users.list', {});
    expect(users).toMatchObject({ ok: true, value: [{ name: 'admin', role: 'administrator' }] });
    worker?.postMessage({ type: 'lock', reason: 'idle' });
    const locked = await backend.call('users.list', {});
    expect(locked).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    const events = backend.messages.filter((m) => m.type === 'event').map((m) => (m.type === 'event' ? m.event : ''));
    expect(events).toEqual(['session.unlocked', 'session.locked']);
    expect(backend.messages[0]).toEqual({ type: 'ready' });
  });
});
