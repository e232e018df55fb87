// `npm run serve:test -- --vault DIR`, started exactly as the README says, as a real process: it
// builds, prints its URL, serves the app page with the harness bridge, answers a backend call on
// the vault, and stops on SIGTERM. Kept here so the command cannot break without a failing test.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Resolves with the first line matching `pattern` the process prints, rejects if it exits first. */
function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((done, fail) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = out.match(pattern);
      if (match) done(match);
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('exit', (code) => fail(new Error(`serve:test exited with ${String(code)} before printing its URL:\n${out}\n${err}`)));
  });
}

describe('npm run serve:test', () => {
  let dir: string;
  let child: ChildProcess;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'habeas-serve-'));
    // Its own process group, so that stopping it stops npm, tsx and the server under them.
    child = spawn('npm', ['run', 'serve:test', '--', '--vault', join(dir, 'vault'), '--state', join(dir, 'state')], {
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    url = (await waitForLine(child, /Habeas test harness: (http:\/\/127\.0\.0\.1:\d+\/)/))[1] ?? '';
  });

  afterAll(async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((done) => child.once('exit', done));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the app page with the harness bridge', async () => {
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const html = await page.text();
    expect(html).toContain('<title>Habeas</title>');
    expect(html).toContain('<script src="/__harness/bridge.js"></script>');
    const bridge = await fetch(new URL('/__harness/bridge.js', url));
    expect(bridge.status).toBe(200);
    expect(await bridge.text()).toContain('/__harness/call');
  });

  it('answers backend calls on the vault it was given', async () => {
    const response = await fetch(new URL('/__harness/call', url), {
      method: 'POST',
      body: JSON.stringify({ method: 'session.status', input: {} }),
    });
    // A new folder: no vault yet, nobody signed in.
    expect(await response.json()).toMatchObject({ ok: true, value: { vaultExists: false, unlocked: false, user: null } });
  });
});
