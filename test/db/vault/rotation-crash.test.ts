// A key rotation that dies at any step leaves the vault whole: the next unlock (by a member or
// with the recovery key) finds which key opens the database, finishes or undoes the rotation,
// removes leftover copies, and nothing written before is lost.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { createBackend } from '../../../db/backend/backend';
import { rotationFaults, type RotationStage } from '../../../db/backend/key-rotation';
import { devBackendOptions } from '../../../db/dev/dev-api';
import { KeyRing } from '../../../db/vault/key-ring';
import { ADMIN_PASSPHRASE, createTestVault, USER_PASSPHRASE, type TestVault } from '../support/test-vault';

let v: TestVault | null = null;
afterEach(() => {
  rotationFaults.crashAt = null;
  v?.close();
  v = null;
});

const BEFORE_SWAP: RotationStage[] = ['prepared', 'copied', 'verified', 'pending', 'closed'];
const AFTER_SWAP: RotationStage[] = ['swapped', 'reopened'];

/** A second process on the same folders: what starts after the crash. */
function restart(t: TestVault) {
  const backend = createBackend({ ...devBackendOptions, vaultDir: t.vaultDir, stateDir: t.stateDir, kdfTargetMs: 1 });
  const call = (method: string, input: unknown) => {
    const r = backend.call(method, input);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as Record<string, unknown>;
  };
  return { backend, call };
}

describe.each([...BEFORE_SWAP, ...AFTER_SWAP])('a rotation that dies after %s', (stage) => {
  it('is all or nothing at the next unlock', () => {
    v = createTestVault();
    v.signInAs('caseworker', 'dana');
    v.signInAsAdmin();
    const r = v.call('referrals.create', { receivedOn: '2025-06-01', channel: 'lawyer', countryCode: 'KZ', person: { name: 'Kept Through Crash', nameVariants: [] } });
    v.call('referrals.decide', { id: r.id, decision: 'accepted', decidedOn: '2025-07-01' });
    rotationFaults.crashAt = stage;
    const died = v.result('vault.rotateKey', {});
    expect(died.ok).toBe(false);
    rotationFaults.crashAt = null;

    const next = restart(v);
    try {
      // The caseworker unlocks first: any member settles the rotation, not only an administrator.
      expect(next.call('session.unlock', { userName: 'dana', passphrase: USER_PASSPHRASE }).unlocked).toBe(true);
      const ring = KeyRing.load(join(v.vaultDir, 'keyring.json'));
      expect(ring.pending).toBeNull();
      expect(ring.epoch).toBe(AFTER_SWAP.includes(stage) ? 2 : 1);
      expect(readdirSync(v.vaultDir).filter((f) => f.includes('.rotate-'))).toEqual([]);
      const names = (next.call('cases.list', {}).rows as { personName: string }[]).map((c) => c.personName);
      expect(names).toEqual(['Kept Through Crash']);
      next.call('session.lock', {});
      expect(next.call('session.unlockWithRecoveryKey', { userName: 'admin', recoveryKey: v.recoveryKey }).unlocked).toBe(true);
      next.call('session.lock', {});
      expect(next.call('session.unlock', { userName: 'admin', passphrase: ADMIN_PASSPHRASE }).unlocked).toBe(true);
      const actions = (next.call('audit.list', { limit: 500 }).rows as { action: string }[]).map((e) => e.action);
      expect(actions.includes('vault.rotateKey.abandoned')).toBe(BEFORE_SWAP.includes(stage));
      expect(next.call('audit.verify', {}).ok).toBe(true);
      // And a rotation can run again.
      expect(next.call('vault.rotateKey', {}).epoch).toBe(ring.epoch + 1);
    } finally {
      next.backend.close();
    }
  });
});
