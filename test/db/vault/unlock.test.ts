import { existsSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { fingerprint, listFiles } from '../support/files';
import { ADMIN_PASSPHRASE, createTestVault, USER_PASSPHRASE, type TestVault } from '../support/test-vault';

let v: TestVault;
afterEach(() => v?.close());

function errorCode(r: { ok: boolean; error?: { code: string } }): string | undefined {
  return r.ok ? undefined : r.error?.code;
}

describe('unlocking', () => {
  it('refuses a wrong passphrase and leaves every vault file byte-identical', () => {
    v = createTestVault();
    v.call('session.lock', {});
    const before = fingerprint(v.vaultDir);
    const r = v.result('session.unlock', { userName: 'admin', passphrase: 'not the passphrase at all' });
    expect(errorCode(r)).toBe('WRONG_PASSPHRASE');
    if (!r.ok) expect(r.error.details).toEqual({ reason: 'wrong_passphrase' });
    expect(fingerprint(v.vaultDir)).toEqual(before);
    // The failure was counted outside the vault.
    expect(listFiles(v.stateDir).some((f) => f.endsWith('unlock-attempts.json'))).toBe(true);
  });

  it('gives the same answer for an unknown user as for a wrong passphrase', () => {
    v = createTestVault();
    v.call('session.lock', {});
    const unknown = v.result('session.unlock', { userName: 'nobody', passphrase: ADMIN_PASSPHRASE });
    const wrong = v.result('session.unlock', { userName: 'admin', passphrase: 'wrong wrong wrong wrong' });
    expect(unknown).toEqual(wrong);
  });

  it('slows attempts after repeated failures and says how long to wait', () => {
    v = createTestVault();
    v.call('session.lock', {});
    for (let i = 0; i < 3; i += 1) {
      expect(errorCode(v.result('session.unlock', { userName: 'admin', passphrase: `wrong guess number ${i}` }))).toBe('WRONG_PASSPHRASE');
    }
    const throttled = v.result('session.unlock', { userName: 'admin', passphrase: ADMIN_PASSPHRASE });
    expect(errorCode(throttled)).toBe('TOO_MANY_ATTEMPTS');
    if (!throttled.ok) expect(throttled.error.details).toEqual({ reason: 'too_many_attempts', params: { seconds: 2 }, retryAfterSeconds: 2 });
    expect(v.call('session.status', { userName: 'admin' }).retryAfterSeconds).toBeGreaterThan(0);
    // Another user is not held back by admin's failures.
    expect(v.call('session.status', { userName: 'someone-else' }).retryAfterSeconds).toBe(0);
  });

  it('lets the right passphrase in once the wait has passed', () => {
    v = createTestVault({ today: '2026-01-15' });
    v.call('session.lock', {});
    for (let i = 0; i < 3; i += 1) v.result('session.unlock', { userName: 'admin', passphrase: `wrong guess number ${i}` });
    expect(errorCode(v.result('session.unlock', { userName: 'admin', passphrase: ADMIN_PASSPHRASE }))).toBe('TOO_MANY_ATTEMPTS');
    v.setToday('2026-01-16');
    expect(v.call('session.unlock', { userName: 'admin', passphrase: ADMIN_PASSPHRASE }).unlocked).toBe(true);
  });

  it('refuses a weak passphrase with a message for the field', () => {
    v = createTestVault();
    const r = v.result('users.add', { name: 'dina', displayName: 'Dina', role: 'caseworker', passphrase: 'short' });
    expect(errorCode(r)).toBe('WEAK_PASSPHRASE');
    if (!r.ok) expect(r.error.details).toMatchObject({ fields: { passphrase: expect.stringContaining('12') } });
  });

  it('adds users whose role comes from the database, and revokes them', () => {
    v = createTestVault();
    const user = v.signInAs('caseworker', 'aigerim');
    expect(user.role).toBe('caseworker');
    expect(errorCode(v.result('users.add', { name: 'x1', displayName: 'X', role: 'administrator', passphrase: USER_PASSPHRASE }))).toBe(
      'FORBIDDEN',
    );
    v.signInAsAdmin();
    const list = v.call('users.list', {});
    const aigerim = list.find((u) => u.name === 'aigerim');
    expect(aigerim).toBeDefined();
    v.call('users.revoke', { userId: aigerim?.id ?? '' });
    v.call('session.lock', {});
    expect(errorCode(v.result('session.unlock', { userName: 'aigerim', passphrase: USER_PASSPHRASE }))).toBe('WRONG_PASSPHRASE');
  });

  it('changes and resets passphrases without touching the database key', () => {
    v = createTestVault();
    v.signInAs('supervisor', 'timur');
    const newPass = 'orange glacier pencil harbour 19';
    expect(
      errorCode(v.result('session.changePassphrase', { currentPassphrase: 'wrong current one!', newPassphrase: newPass })),
    ).toBe('WRONG_PASSPHRASE');
    v.call('session.changePassphrase', { currentPassphrase: USER_PASSPHRASE, newPassphrase: newPass });
    v.call('session.lock', {});
    expect(errorCode(v.result('session.unlock', { userName: 'timur', passphrase: USER_PASSPHRASE }))).toBe('WRONG_PASSPHRASE');
    expect(v.call('session.unlock', { userName: 'timur', passphrase: newPass }).user?.name).toBe('timur');
    v.signInAsAdmin();
    const timur = v.call('users.list', {}).find((u) => u.name === 'timur');
    const reset = 'silver meadow lantern 2044 river';
    v.call('users.resetPassphrase', { userId: timur?.id ?? '', newPassphrase: reset });
    expect(v.call('session.unlock', { userName: 'timur', passphrase: reset }).user?.role).toBe('supervisor');
  });

  it('opens with the recovery key, even when the key ring is lost', () => {
    v = createTestVault();
    v.call('session.lock', {});
    expect(v.call('session.unlockWithRecoveryKey', { userName: 'admin', recoveryKey: v.recoveryKey.toLowerCase() }).unlocked).toBe(true);
    v.call('session.lock', {});
    rmSync(join(v.vaultDir, 'keyring.json'));
    expect(errorCode(v.result('session.unlock', { userName: 'admin', passphrase: ADMIN_PASSPHRASE }))).toBe('CORRUPT');
    expect(v.call('session.unlockWithRecoveryKey', { userName: 'admin', recoveryKey: v.recoveryKey }).unlocked).toBe(true);
    // Setting a passphrase again rebuilds the ring.
    const admin = v.call('users.list', {})[0];
    v.call('users.resetPassphrase', { userId: admin?.id ?? '', newPassphrase: ADMIN_PASSPHRASE });
    expect(existsSync(join(v.vaultDir, 'keyring.json'))).toBe(true);
    v.call('session.lock', {});
    expect(v.call('session.unlock', { userName: 'admin', passphrase: ADMIN_PASSPHRASE }).unlocked).toBe(true);
  });

  it('refuses a wrong recovery key without changing the vault', () => {
    v = createTestVault();
    v.call('session.lock', {});
    const before = fingerprint(v.vaultDir);
    const wrongKey = v.recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect(errorCode(v.result('session.unlockWithRecoveryKey', { userName: 'admin', recoveryKey: wrongKey }))).toBe('WRONG_PASSPHRASE');
    expect(errorCode(v.result('session.unlockWithRecoveryKey', { userName: 'admin', recoveryKey: 'abc' }))).toBe('VALIDATION');
    expect(fingerprint(v.vaultDir)).toEqual(before);
  });

  it('reports a damaged database as CORRUPT, not as a crash', () => {
    v = createTestVault();
    v.call('session.lock', {});
    const file = join(v.vaultDir, 'habeas.db');
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 4096, 4096 * 3);
    writeFileSync(file, bytes);
    const r = v.result('session.unlock', { userName: 'admin', passphrase: ADMIN_PASSPHRASE });
    expect(errorCode(r)).toBe('CORRUPT');
    if (!r.ok) expect(r.error.message).not.toMatch(/x'|[0-9a-f]{64}/);
  });

  it('refuses a second vault in the same folder', () => {
    v = createTestVault();
    v.call('session.lock', {});
    expect(errorCode(v.result('session.createVault', { userName: 'other', passphrase: ADMIN_PASSPHRASE }))).toBe('CONFLICT');
  });
});
