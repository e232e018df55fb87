// The real backend worker under the shell's host: a worker that dies is started again, locked; the
// call it was running answers LOCKED (backend_restarted), the window hears session.locked with that
// reason, and after an unlock everything stored is there and calls work. Hostile payloads posted
// straight to the worker (past the IPC gate) do not stop it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { BackendEvent, WorkerOptions } from '../../../db/backend/worker-protocol';
import { BackendHost } from '../../../electron/backend-host';
import { ADMIN_PASSPHRASE } from '../support/test-vault';

let host: BackendHost | null = null;
let dir = '';
afterEach(async () => {
  await host?.stop();
  host = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function startHost(): { host: BackendHost; events: BackendEvent[]; exits: number[] } {
  dir = mkdtempSync(join(tmpdir(), 'habeas-restart-'));
  const exits: number[] = [];
  const workerData = {
    vaultDir: join(dir, 'vault'),
    stateDir: join(dir, 'state'),
    migrationsDir: resolve('db/migrations'),
    entry: resolve('test/db/support/crashing-worker.ts'),
  } as WorkerOptions;
  const started = new BackendHost(resolve('test/db/support/ts-worker.cjs'), workerData, { onUnexpectedExit: (code) => exits.push(code) });
  host = started;
  const events: BackendEvent[] = [];
  started.onEvent((event) => events.push(event));
  return { host: started, events, exits };
}

describe('backend worker restart', () => {
  it('survives hostile payloads, restarts a crashed worker locked, and works again after unlock', async () => {
    const { host: h, events, exits } = startHost();
    await h.ready;
    expect(await h.call('session.createVault', { userName: 'admin', passphrase: ADMIN_PASSPHRASE })).toMatchObject({ ok: true });
    const circular: Record<string, unknown> = { title: 'loop' };
    circular.self = circular;
    // Structured clone carries BigInt and cycles to the worker; the dispatcher refuses them.
    expect(await h.call('drafts.save', { formKey: 'note:new:c1', data: { n: 10n } })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { reason: 'payload_unsupported_value' } } });
    expect(await h.call('drafts.save', { formKey: 'note:new:c1', data: circular })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { reason: 'payload_circular' } } });
    expect(await h.call('drafts.save', { formKey: 'note:new:c1', data: { body: 'Hunger strike since Monday' } })).toMatchObject({ ok: true });
    expect(h.restarts).toBe(0);

    const crashed = await h.call('test.crash', {});
    expect(crashed).toMatchObject({ ok: false, error: { code: 'LOCKED', details: { reason: 'backend_restarted' } } });
    expect(exits).toEqual([3]);
    expect(h.restarts).toBe(1);
    expect(events).toContainEqual({ event: 'session.locked', payload: { reason: 'backend_restarted' } });

    // The new worker has the vault closed until someone unlocks it.
    expect(await h.call('drafts.get', { formKey: 'note:new:c1' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await h.call('session.unlock', { userName: 'admin', passphrase: ADMIN_PASSPHRASE })).toMatchObject({ ok: true });
    expect(await h.call('drafts.get', { formKey: 'note:new:c1' })).toMatchObject({ ok: true, value: { data: { body: 'Hunger strike since Monday' } } });
    expect(await h.call('audit.verify', {})).toMatchObject({ ok: true, value: { ok: true } });
  });
});
