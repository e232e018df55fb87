// The backend host against a small protocol-speaking worker: id correlation, events, locking,
// worker death (restarted locked, a bounded number of times; a worker that never started is given
// up) and clean stopping.
import path from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { BackendHost } from '../../electron/backend-host';
import type { BackendHostOptions } from '../../electron/backend-host';

const FAKE_BACKEND = path.join(import.meta.dirname, 'fixtures', 'fake-backend.mjs');
const hosts: BackendHost[] = [];

function startHost(mode = 'normal', options: BackendHostOptions = {}): BackendHost {
  const host = new BackendHost(FAKE_BACKEND, { vaultDir: mode, stateDir: '/nonexistent' }, options);
  hosts.push(host);
  return host;
}

afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.stop()));
});

describe('BackendHost', () => {
  it('becomes ready and answers a call with the worker result', async () => {
    const host = startHost();
    await host.ready;
    expect(await host.call('test.echo', { text: 'hello' })).toEqual({ ok: true, value: { text: 'hello' } });
    expect(host.running).toBe(true);
  });

  it('matches results to calls by id when they come back out of order', async () => {
    const host = startHost();
    const slow = host.call('test.delayedEcho', { value: 'slow', ms: 80 });
    const fast = host.call('test.delayedEcho', { value: 'fast', ms: 5 });
    const order: string[] = [];
    await Promise.all([slow.then(() => order.push('slow')), fast.then(() => order.push('fast'))]);
    expect(await slow).toEqual({ ok: true, value: 'slow' });
    expect(await fast).toEqual({ ok: true, value: 'fast' });
    expect(order).toEqual(['fast', 'slow']);
  });

  it('passes error results through unchanged', async () => {
    const host = startHost();
    expect(await host.call('test.unknown', {})).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'Unknown method' },
    });
  });

  it('delivers events to subscribers of that event only, until they unsubscribe', async () => {
    const host = startHost();
    const progress = vi.fn();
    const locked = vi.fn();
    const everything = vi.fn();
    const offProgress = host.on('progress', progress);
    host.on('session.locked', locked);
    host.onEvent(everything);
    const payload = { method: 'import.run', done: 1, total: 3 };
    await host.call('test.emit', { event: 'progress', payload });
    expect(progress).toHaveBeenCalledWith(payload);
    expect(locked).not.toHaveBeenCalled();
    expect(everything).toHaveBeenCalledWith(expect.objectContaining({ event: 'progress', payload }));
    offProgress();
    await host.call('test.emit', { event: 'progress', payload });
    expect(progress).toHaveBeenCalledTimes(1);
  });

  it('sends lock requests with their reason', async () => {
    const host = startHost();
    const locked = new Promise((resolve) => host.on('session.locked', resolve));
    host.lock('hotkey');
    expect(await locked).toEqual({ reason: 'hotkey' });
  });

  it('restarts a crashed worker: pending calls answer LOCKED backend_restarted, the window hears it, later calls work', async () => {
    const onUnexpectedExit = vi.fn();
    const onGiveUp = vi.fn();
    const host = startHost('normal', { onUnexpectedExit, onGiveUp });
    const locks: string[] = [];
    host.on('session.locked', ({ reason }) => locks.push(reason));
    await host.ready;
    const pending = host.call('test.hang', {});
    const crash = host.call('test.crash', {});
    for (const result of await Promise.all([pending, crash])) {
      expect(result).toMatchObject({ ok: false, error: { code: 'LOCKED', details: { reason: 'backend_restarted' } } });
    }
    expect(locks).toEqual(['backend_restarted']);
    expect(host.running).toBe(true);
    expect(host.restarts).toBe(1);
    expect(onUnexpectedExit).toHaveBeenCalledTimes(1);
    expect(onUnexpectedExit.mock.calls[0]?.[1]).toBeInstanceOf(Error);
    expect(onGiveUp).not.toHaveBeenCalled();
    expect(await host.call('test.echo', 1)).toEqual({ ok: true, value: 1 });
  });

  it('restarts a worker that exits on its own', async () => {
    const onUnexpectedExit = vi.fn();
    const host = startHost('normal', { onUnexpectedExit });
    await host.ready;
    expect(await host.call('test.exit', {})).toMatchObject({ ok: false, error: { code: 'LOCKED', details: { reason: 'backend_restarted' } } });
    expect(onUnexpectedExit).toHaveBeenCalledWith(7, undefined);
    expect(await host.call('test.echo', 'again')).toEqual({ ok: true, value: 'again' });
  });

  it('gives up after too many restarts in the window: backend.stopped, then INTERNAL backend_stopped for every call', async () => {
    const onGiveUp = vi.fn();
    const host = startHost('normal', { onGiveUp, maxRestarts: 2, restartWindowMs: 3_600_000 });
    const stopped = vi.fn();
    host.on('backend.stopped', stopped);
    await host.ready;
    for (let i = 0; i < 2; i++) {
      expect(await host.call('test.exit', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      // Wait for the new worker to be serving before crashing it again.
      expect(await host.call('test.echo', i)).toEqual({ ok: true, value: i });
    }
    expect(await host.call('test.exit', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL', details: { reason: 'backend_stopped' } } });
    expect(host.running).toBe(false);
    expect(host.restarts).toBe(2);
    expect(onGiveUp).toHaveBeenCalledWith(2);
    expect(stopped).toHaveBeenCalledWith({ restarts: 2 });
    expect(await host.call('test.echo', 1)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('rejects ready, gives up and answers INTERNAL when the worker fails to load', async () => {
    const onUnexpectedExit = vi.fn();
    const onGiveUp = vi.fn();
    const host = startHost('throw-on-load', { onUnexpectedExit, onGiveUp });
    await expect(host.ready).rejects.toThrow('native module failed to load');
    await vi.waitFor(() => expect(onGiveUp).toHaveBeenCalledWith(0));
    expect(await host.call('test.echo', 1)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(onUnexpectedExit).toHaveBeenCalledTimes(1);
    expect(host.restarts).toBe(0);
  });

  it('answers INTERNAL for input that cannot cross the thread boundary', async () => {
    const host = startHost();
    expect(await host.call('test.echo', { run: () => 1 })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await host.call('test.echo', 2)).toEqual({ ok: true, value: 2 });
  });

  it('stops by locking with reason shutdown, without reporting an unexpected exit', async () => {
    const onUnexpectedExit = vi.fn();
    const host = startHost('normal', { onUnexpectedExit });
    const reasons: string[] = [];
    host.on('session.locked', ({ reason }) => reasons.push(reason));
    await host.ready;
    await host.stop();
    expect(reasons).toEqual(['shutdown']);
    expect(host.running).toBe(false);
    expect(onUnexpectedExit).not.toHaveBeenCalled();
    expect(await host.call('test.echo', 1)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('terminates a worker that does not confirm shutdown in time', async () => {
    const host = startHost('ignore-shutdown', { stopTimeoutMs: 50 });
    await host.ready;
    const pending = host.call('test.hang', {});
    await host.stop();
    expect(host.running).toBe(false);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
