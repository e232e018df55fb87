// Decision dialogs: a reason is required to decline, and backend field errors either land on their
// field or stay visible above the buttons; the inbox only trusts navigation state of the right shape.
import type { FieldValues, Path } from 'react-hook-form';
import { describe, expect, it } from 'vitest';

import { closeSchema, placeDecisionErrors } from '../../../renderer/src/features/referrals/decisionForms';
import { loggedReferralOf } from '../../../renderer/src/features/referrals/loggedReferral';

function collector() {
  const placed: Record<string, string | undefined> = {};
  const setError = (name: Path<FieldValues>, error: { message?: string }) => {
    placed[name] = error.message;
  };
  return { placed, setError };
}

describe('decision forms', () => {
  it('requires a reason to close a referral', () => {
    const r = closeSchema.safeParse({ reason: '  ', decidedOn: '2024-01-02' });
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual(['intake:errors.reason']);
  });

  it('places field errors it knows and keeps the rest for the banner', () => {
    const { placed, setError } = collector();
    const fieldOnly = { code: 'VALIDATION' as const, message: 'x', details: { fields: { decidedOn: 'This date is in the future' } } };
    expect(placeDecisionErrors(fieldOnly, ['decidedOn'], setError)).toBeNull();
    expect(placed).toEqual({ decidedOn: 'This date is in the future' });
    const conflict = { code: 'CONFLICT' as const, message: 'This referral was already accepted on 2024-01-01; it cannot be decided again.' };
    expect(placeDecisionErrors(conflict, ['decidedOn'], setError)).toBe(conflict);
  });

  it('reads the referral just logged from navigation state, and nothing else', () => {
    expect(loggedReferralOf({ logged: { id: 'a', personName: 'Kabirov' } })).toEqual({ id: 'a', personName: 'Kabirov' });
    expect(loggedReferralOf({ logged: { id: 1 } })).toBeNull();
    expect(loggedReferralOf(null)).toBeNull();
  });
});
