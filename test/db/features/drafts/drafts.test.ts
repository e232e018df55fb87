import { afterEach, describe, expect, it } from 'vitest';

import { createTestVault, type TestVault } from '../../support/test-vault';

let v: TestVault;
afterEach(() => v?.close());

describe('drafts', () => {
  it('keeps one draft per user and form, across lock and unlock, without audit noise', () => {
    v = createTestVault();
    const auditBefore = v.call('audit.list', {}).total;
    v.call('drafts.save', { formKey: 'intake', data: { name: 'Кабиров', step: 1 } });
    v.call('drafts.save', { formKey: 'intake', data: { name: 'Кабиров Азамат', step: 2 } });
    v.signInAsAdmin(); // lock and unlock again
    expect(v.call('drafts.get', { formKey: 'intake' })).toMatchObject({ data: { name: 'Кабиров Азамат', step: 2 } });
    expect(v.call('audit.list', { action: 'drafts.save' }).total).toBe(0);
    expect(v.call('audit.list', {}).total).toBe(auditBefore + 1); // only the second unlock
    v.signInAs('caseworker');
    expect(v.call('drafts.get', { formKey: 'intake' })).toBeNull();
    v.signInAsAdmin();
    expect(v.call('drafts.discard', { formKey: 'intake' })).toEqual({ discarded: true });
    expect(v.call('drafts.get', { formKey: 'intake' })).toBeNull();
  });

  it('refuses oversized drafts and odd form keys', () => {
    v = createTestVault();
    expect(v.result('drafts.save', { formKey: 'x', data: 'a'.repeat(300_000) }).ok).toBe(false);
    expect(v.result('drafts.save', { formKey: '../etc', data: {} }).ok).toBe(false);
  });
});
