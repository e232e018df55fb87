import { describe, expect, it, afterEach } from 'vitest';

import { ADMIN_PASSPHRASE, createTestVault, type TestVault } from '../support/test-vault';

let v: TestVault;
afterEach(() => v?.close());

describe('vault session', () => {
  it('creates a vault with an administrator and a recovery key', () => {
    v = createTestVault();
    expect(v.recoveryKey).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
    const status = v.call('session.status', {});
    expect(status).toMatchObject({ vaultExists: true, unlocked: true, user: { name: 'admin', role: 'administrator' } });
    expect(v.call('users.list', {}).map((u) => u.name)).toEqual(['admin']);
  });

  it('locks and answers LOCKED until unlocked again', () => {
    v = createTestVault();
    v.call('session.lock', {});
    const r = v.result('users.list', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('LOCKED');
    v.call('session.unlock', { userName: 'admin', passphrase: ADMIN_PASSPHRASE });
    expect(v.call('users.list', {})).toHaveLength(1);
  });
});

describe('session.createVault on a folder that has a vault', () => {
  it('refuses first and keeps whoever is signed in signed in', () => {
    v = createTestVault();
    v.call('users.add', { name: 'dina', displayName: 'Dina', role: 'caseworker', passphrase: 'violet thunder marble canyon 7' });
    const lockedBefore = v.events.filter((e) => e.event === 'session.locked').length;
    const refused = v.result('session.createVault', { userName: 'intruder', passphrase: 'an entirely new passphrase 99' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ code: 'CONFLICT', details: { reason: 'vault_exists' } });
    expect(v.call('session.status', {})).toMatchObject({ unlocked: true, user: { name: 'admin' } });
    expect(v.events.filter((e) => e.event === 'session.locked')).toHaveLength(lockedBefore);
    // The session still works: the data is there and can be changed.
    expect(v.call('users.list', {}).map((u) => u.name).sort()).toEqual(['admin', 'dina']);
  });
});
