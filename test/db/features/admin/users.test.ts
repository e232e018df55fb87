// User management refusals on a real vault carry a reason code the screens word themselves
// (details.reason), beside the English message the command line prints.
import { afterEach, describe, expect, it } from 'vitest';

import { createTestVault, failure, type TestVault } from '../../support/test-vault';

let v: TestVault;
afterEach(() => v?.close());

const PASSPHRASE = 'violet thunder marble canyon 7';

describe('users refusals', () => {
  it('gives each refusal its reason', () => {
    v = createTestVault();
    const admin = v.signInAsAdmin();
    const self = failure(() => v.call('users.revoke', { userId: admin.id }));
    expect([self.code, self.details]).toEqual(['CONFLICT', { reason: 'revoke_self' }]);
    const dana = v.call('users.add', { name: 'dana', displayName: 'Dana', role: 'caseworker', passphrase: PASSPHRASE });
    const taken = failure(() => v.call('users.add', { name: 'Dana', displayName: 'Dana again', role: 'staff', passphrase: PASSPHRASE }));
    expect(taken.details).toMatchObject({ reason: 'name_taken', fields: { name: 'Already taken' }, issues: { name: { reason: 'name_taken' } } });
    expect(failure(() => v.call('users.revoke', { userId: '0190a5b2-7c3d-7e4f-8a1b-2c3d4e5f6a7b' })).details).toEqual({ reason: 'user_not_found' });
    v.call('users.revoke', { userId: dana.id });
    expect(failure(() => v.call('users.revoke', { userId: dana.id })).details).toEqual({ reason: 'user_revoked' });
    const weak = failure(() => v.call('users.add', { name: 'erlan', displayName: 'Erlan', role: 'staff', passphrase: 'short' }));
    expect(weak).toMatchObject({ code: 'WEAK_PASSPHRASE', details: { reason: 'too_short' } });
  });

});
