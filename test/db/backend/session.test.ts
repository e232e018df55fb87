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
