// "Erase this laptop's keys" on real vaults: member slots gone, the recovery key still opens the
// data, no key material left in any file of the vault or the state folder, and the optional
// erase-after-N-failed-unlocks policy.
import { existsSync, linkSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { KeyRing } from '../../../db/vault/key-ring';
import { listFiles } from '../support/files';
import { ADMIN_PASSPHRASE, createTestVault, failure, USER_PASSPHRASE, type TestVault } from '../support/test-vault';

let v: TestVault | null = null;
afterEach(() => {
  v?.close();
  v = null;
});

const ringOf = (vault: TestVault) => JSON.parse(readFileSync(join(vault.vaultDir, 'keyring.json'), 'utf8')) as Record<string, unknown>;

function withCase(vault: TestVault): string {
  vault.signInAsAdmin();
  return vault.call('people.create', { name: 'Нурлан Ахметов' }).id;
}

describe('session.eraseKeys', () => {
  it('removes every member slot, keeps the rest of the ring, locks, and leaves the recovery key working', () => {
    v = createTestVault();
    v.signInAs('caseworker', 'aigerim');
    v.signInAsAdmin();
    const before = ringOf(v);
    expect((before.slots as unknown[]).length).toBe(2);

    const erased = v.call('session.eraseKeys', { confirm: true });
    expect(erased).toEqual({ erased: true, slotsRemoved: 2 });

    const after = ringOf(v);
    expect(after.slots).toEqual([]);
    for (const kept of ['format', 'version', 'vaultId', 'tagSalt', 'keyCheck']) expect(after[kept]).toEqual(before[kept]);
    // Locked, and the window is told why.
    expect(v.backend.status()).toMatchObject({ unlocked: false, user: null, keysErased: true });
    expect(v.events).toContainEqual({ event: 'session.locked', payload: { reason: 'keys_erased' } });

    for (const [name, passphrase] of [['admin', ADMIN_PASSPHRASE], ['aigerim', USER_PASSPHRASE]] as const) {
      const refused = failure(() => v?.call('session.unlock', { userName: name, passphrase }));
      expect(refused.code).toBe('CONFLICT');
      expect(refused.details).toMatchObject({ reason: 'keys_erased' });
    }

    const status = v.call('session.unlockWithRecoveryKey', { userName: 'admin', recoveryKey: v.recoveryKey });
    expect(status).toMatchObject({ unlocked: true, user: { name: 'admin' } });
    expect(v.call('users.list', {}).map((u) => u.name).sort()).toEqual(['admin', 'aigerim']);
    // The erasure is in the audit log of the session it closed.
    expect(v.call('audit.list', { action: 'session.eraseKeys' }).rows[0]?.changes).toEqual({ slotsRemoved: 2 });
  });

  it('keeps the data: what was stored before erasure reads back after a recovery unlock', () => {
    v = createTestVault();
    const id = withCase(v);
    v.call('session.lock', {});
    v.call('session.eraseKeys', { confirm: true });
    v.call('session.unlockWithRecoveryKey', { userName: 'admin', recoveryKey: v.recoveryKey });
    expect(v.call('people.get', { id }).name).toBe('Нурлан Ахметов');
    // A new passphrase can be set again, and then opens the vault as before.
    const admin = v.call('users.list', {}).find((u) => u.name === 'admin');
    v.call('users.resetPassphrase', { userId: admin?.id ?? '', newPassphrase: 'granite orchard lantern velvet 9' });
    v.call('session.lock', {});
    expect(v.backend.status().keysErased).toBe(false);
    expect(v.call('session.unlock', { userName: 'admin', passphrase: 'granite orchard lantern velvet 9' }).unlocked).toBe(true);
  });

  it('leaves no wrapped key, no temporary ring and no unlock counter behind', () => {
    v = createTestVault();
    v.call('session.lock', {});
    const oldRing = KeyRing.load(join(v.vaultDir, 'keyring.json')).toJSON();
    const wrapped = oldRing.slots.flatMap((s) => [s.wrapped, s.envelope, s.authTag]);
    // A temporary ring an interrupted write left, and a failed unlock counted in the state folder.
    writeFileSync(join(v.vaultDir, 'keyring.json.a1b2c3.tmp'), JSON.stringify(oldRing));
    failure(() => v?.call('session.unlock', { userName: 'admin', passphrase: 'not the passphrase at all' }));
    expect(existsSync(join(v.stateDir, 'unlock-attempts.json'))).toBe(true);
    // A second name for the old ring's own bytes (outside the vault), to see what becomes of them.
    const oldBytes = join(v.dir, 'old-ring-inode');
    linkSync(join(v.vaultDir, 'keyring.json'), oldBytes);
    const oldSize = statSync(oldBytes).size;

    v.call('session.eraseKeys', { confirm: true });

    // Overwritten in place, not merely unlinked.
    expect(readFileSync(oldBytes)).toEqual(Buffer.alloc(oldSize));

    expect(readdirSync(v.vaultDir).filter((f) => f.startsWith('keyring')).sort()).toEqual(['keyring.json', 'keyring.recovery.json']);
    // The recovery copy never held a member's slot.
    expect(KeyRing.load(join(v.vaultDir, 'keyring.recovery.json')).slotCount).toBe(0);
    expect(existsSync(join(v.stateDir, 'unlock-attempts.json'))).toBe(false);
    for (const file of [...listFiles(v.vaultDir), ...(existsSync(v.stateDir) ? listFiles(v.stateDir) : [])]) {
      const text = readFileSync(file).toString('latin1');
      for (const secret of wrapped) expect(text.includes(secret), `${file} holds key material`).toBe(false);
    }
  });

  it('needs confirm: true, and a vault to erase', () => {
    v = createTestVault();
    const refused = failure(() => v?.call('session.eraseKeys', { confirm: false }));
    expect(refused.code).toBe('VALIDATION');
    expect(refused.details).toMatchObject({ reason: 'confirmation_required' });
    expect(v.backend.status()).toMatchObject({ unlocked: true, keysErased: false });
    expect((ringOf(v).slots as unknown[]).length).toBe(1);
  });

  it('erases again without harm and reports nothing left to remove', () => {
    v = createTestVault();
    v.call('session.eraseKeys', { confirm: true });
    expect(v.call('session.eraseKeys', { confirm: true })).toEqual({ erased: true, slotsRemoved: 0 });
    expect(v.call('session.unlockWithRecoveryKey', { userName: 'admin', recoveryKey: v.recoveryKey }).unlocked).toBe(true);
  });
});

describe('erase after N failed unlocks', () => {
  it('is off by default: many failures only slow unlocks down', () => {
    v = createTestVault();
    expect(v.call('erasure.policy', {})).toEqual({ eraseAfterFailedUnlocks: null });
    v.call('session.lock', {});
    for (const name of ['admin', 'x1', 'x2', 'x3', 'x4', 'x5']) {
      expect(failure(() => v?.call('session.unlock', { userName: name, passphrase: 'wrong wrong wrong 1' })).code).toBe('WRONG_PASSPHRASE');
    }
    expect(v.backend.status().keysErased).toBe(false);
  });

  it('erases the keys when failures across user names reach N, and a success resets the count', () => {
    v = createTestVault();
    v.call('erasure.setPolicy', { eraseAfterFailedUnlocks: 4 });
    expect(v.call('audit.list', { action: 'erasure.setPolicy' }).rows[0]?.changes).toEqual({ eraseAfterFailedUnlocks: [null, 4] });
    v.call('session.lock', {});
    // Readable while locked: the policy is a file beside the ring, not a row in the database.
    expect(JSON.parse(readFileSync(join(v.vaultDir, 'unlock-policy.json'), 'utf8'))).toMatchObject({ eraseAfterFailedUnlocks: 4 });

    const wrong = (userName: string) => failure(() => v?.call('session.unlock', { userName, passphrase: 'wrong wrong wrong 1' }));
    // Three failures, then a success: the count starts again.
    for (const name of ['admin', 'saule', 'marat']) expect(wrong(name).code).toBe('WRONG_PASSPHRASE');
    v.call('session.unlock', { userName: 'admin', passphrase: ADMIN_PASSPHRASE });
    v.call('session.lock', {});
    for (const name of ['admin', 'saule', 'marat']) expect(wrong(name).code).toBe('WRONG_PASSPHRASE');
    expect(v.backend.status().keysErased).toBe(false);

    // The fourth in a row, under yet another name, erases.
    const fourth = wrong('dina');
    expect(fourth.code).toBe('CONFLICT');
    expect(fourth.details).toMatchObject({ reason: 'keys_erased', params: { failedUnlocks: 4 } });
    expect(ringOf(v).slots).toEqual([]);
    expect(failure(() => v?.call('session.unlock', { userName: 'admin', passphrase: ADMIN_PASSPHRASE })).details).toMatchObject({ reason: 'keys_erased' });
    expect(v.call('session.unlockWithRecoveryKey', { userName: 'admin', recoveryKey: v.recoveryKey }).unlocked).toBe(true);
    // The policy itself survives the erasure.
    expect(v.call('erasure.policy', {})).toEqual({ eraseAfterFailedUnlocks: 4 });
  });

  it('is set by administrators only, within its bounds, and can be turned off again', () => {
    v = createTestVault();
    expect(failure(() => v?.call('erasure.setPolicy', { eraseAfterFailedUnlocks: 2 })).code).toBe('VALIDATION');
    v.call('erasure.setPolicy', { eraseAfterFailedUnlocks: 10 });
    v.call('erasure.setPolicy', { eraseAfterFailedUnlocks: null });
    expect(v.call('erasure.policy', {})).toEqual({ eraseAfterFailedUnlocks: null });
    v.signInAs('supervisor', 'zhanna');
    expect(failure(() => v?.call('erasure.setPolicy', { eraseAfterFailedUnlocks: 5 })).code).toBe('FORBIDDEN');
  });

  it('treats a damaged policy file as off', () => {
    v = createTestVault();
    v.call('session.lock', {});
    writeFileSync(join(v.vaultDir, 'unlock-policy.json'), '{"eraseAfterFailedUnlocks": 3');
    for (const name of ['a1', 'a2', 'a3', 'a4']) {
      expect(failure(() => v?.call('session.unlock', { userName: name, passphrase: 'wrong wrong wrong 1' })).code).toBe('WRONG_PASSPHRASE');
    }
    expect(v.backend.status().keysErased).toBe(false);
  });
});
