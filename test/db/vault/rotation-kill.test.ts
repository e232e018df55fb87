// A real process killed (SIGKILL) while it rotates the key, again and again: after each kill the
// vault opens with the passphrase and the recovery key, holds everything written before, and the
// ring has no rotation left half-done.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { createBackend } from '../../../db/backend/backend';
import { devBackendOptions } from '../../../db/dev/dev-api';
import { KeyRing } from '../../../db/vault/key-ring';
import { ADMIN_PASSPHRASE, createTestVault, type TestVault } from '../support/test-vault';

const REPO = resolve(__dirname, '../../..');
let v: TestVault | null = null;
afterEach(() => {
  v?.close();
  v = null;
});

/** Runs the rotating child and kills it once it has announced `stage` `after` times. */
function killAt(t: TestVault, stage: string, after: number): Promise<string[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/db/support/rotate-child.ts', t.vaultDir, t.stateDir, 'admin'], {
      cwd: REPO,
      env: { ...process.env, HABEAS_PASSPHRASE: ADMIN_PASSPHRASE },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const seen: string[] = [];
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        seen.push(line);
        if (line === `stage ${stage}` && seen.filter((l) => l === line).length >= after) child.kill('SIGKILL');
      }
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? done(seen) : fail(new Error(`child ended without being killed: ${seen.join(', ')}`))));
    setTimeout(() => child.kill('SIGKILL'), 60_000);
  });
}

describe('a rotating process killed mid-way', () => {
  it('leaves a vault that opens, whole, after every kill', async () => {
    v = createTestVault();
    v.signInAsAdmin();
    const r = v.call('referrals.create', { receivedOn: '2025-06-01', channel: 'lawyer', countryCode: 'KZ', person: { name: 'Survives Kills', nameVariants: [] } });
    v.call('referrals.decide', { id: r.id, decision: 'accepted', decidedOn: '2025-07-01' });
    v.backend.close();
    const plan: [string, number][] = [['copy', 1], ['rekey', 1], ['verify', 2], ['seal', 1], ['swap', 1], ['swap', 3], ['done', 2]];
    for (const [stage, after] of plan) {
      await killAt(v, stage, after);
      const backend = createBackend({ ...devBackendOptions, vaultDir: v.vaultDir, stateDir: v.stateDir, kdfTargetMs: 1 });
      try {
        const unlocked = backend.call('session.unlock', { userName: 'admin', passphrase: ADMIN_PASSPHRASE });
        expect(unlocked.ok, `after a kill at ${stage} #${after}`).toBe(true);
        const list = backend.call('cases.list', {});
        const rows = list.ok ? (list.value as { rows: { personName: string }[] }).rows : [];
        expect(rows.map((c) => c.personName)).toEqual(['Survives Kills']);
        expect(KeyRing.load(join(v.vaultDir, 'keyring.json')).pending).toBeNull();
        expect(readdirSync(v.vaultDir).filter((f) => f.includes('.rotate-'))).toEqual([]);
        backend.call('session.lock', {});
        expect(backend.call('session.unlockWithRecoveryKey', { userName: 'admin', recoveryKey: v.recoveryKey }).ok).toBe(true);
        const verified = backend.call('audit.verify', {});
        expect(verified.ok && (verified.value as { ok: boolean }).ok).toBe(true);
      } finally {
        backend.close();
      }
    }
  });
});
