import { afterEach, describe, expect, it } from 'vitest';

import { createTestVault, type TestVault } from '../../support/test-vault';

let v: TestVault;
afterEach(() => v?.close());

describe('preferences', () => {
  it('remembers a choice per user across lock and unlock, without audit noise', () => {
    v = createTestVault();
    expect(v.call('preferences.get', { key: 'deadlines.horizon' })).toEqual({ key: 'deadlines.horizon', value: null, updatedAt: null });
    const auditBefore = v.call('audit.list', {}).total;
    v.call('preferences.set', { key: 'deadlines.horizon', value: '90' });
    v.call('preferences.set', { key: 'deadlines.horizon', value: 'all' });
    expect(v.call('audit.list', {}).total).toBe(auditBefore);
    v.signInAsAdmin();
    expect(v.call('preferences.get', { key: 'deadlines.horizon' })).toMatchObject({ value: 'all' });
    v.signInAs('caseworker');
    expect(v.call('preferences.get', { key: 'deadlines.horizon' })).toMatchObject({ value: null });
  });

  it('refuses an unknown key or a value of another shape, keeping what was stored', () => {
    v = createTestVault();
    v.call('preferences.set', { key: 'deadlines.horizon', value: '30' });
    const wrong = v.result('preferences.set', { key: 'deadlines.horizon', value: '45' });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error).toMatchObject({ code: 'VALIDATION', details: { reason: 'preference_value_invalid' } });
    expect(v.result('preferences.set', { key: 'no.such.key', value: 1 } as never).ok).toBe(false);
    expect(v.call('preferences.get', { key: 'deadlines.horizon' })).toMatchObject({ value: '30' });
  });
});
