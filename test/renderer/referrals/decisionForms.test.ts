// Decision dialogs: a reason is required to decline, and backend field errors either land on their
// field or stay visible above the buttons; the inbox only trusts navigation state of the right shape.
import type { FieldValues, Path } from 'react-hook-form';
import { renderHook } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';

import { toApiError } from '../../../db/backend/errors';
import { referralDecisionInput } from '../../../db/contract/referrals';
import { fieldInvalid } from '../../../db/features/common/record-checks';
import { setLanguage } from '../../../renderer/src/i18n';
import { useFieldMessage } from '../../../renderer/src/shared/fieldMessages';
import { closeSchema, placeDecisionErrors } from '../../../renderer/src/features/referrals/decisionForms';
import { loggedReferralOf } from '../../../renderer/src/features/referrals/loggedReferral';

function collector() {
  const placed: Record<string, string | undefined> = {};
  const setError = (name: Path<FieldValues>, error: { message?: string }) => {
    placed[name] = error.message;
  };
  return { placed, setError };
}

afterAll(async () => {
  await setLanguage('en');
});

describe('decision forms', () => {
  it('requires a reason to close a referral', () => {
    const r = closeSchema.safeParse({ reason: '  ', decidedOn: '2024-01-02' });
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual(['intake:errors.reason']);
  });

  it('places field errors it knows and keeps the rest for the banner', async () => {
    const { placed, setError } = collector();
    // Errors as the backend really makes them: the contract's schema and the services' field check.
    const parsed = referralDecisionInput.safeParse({ id: '019b0000-0000-7000-8000-000000000001', decision: 'declined' });
    const noReason = toApiError(parsed.error);
    expect(placeDecisionErrors(noReason, ['reason'], setError)).toBeNull();
    const tooEarly = toApiError(fieldInvalid('decidedOn', 'The decision cannot come before the referral arrived (2024-01-10)', 'before_received', { date: '2024-01-10' }));
    expect(placeDecisionErrors(tooEarly, ['decidedOn'], setError)).toBeNull();
    expect(placed).toEqual({ reason: 'intake:errors.reason', decidedOn: 'intake:errors.beforeReceived#date=2024-01-10' });
    // Worded by the catalogues in either language, never from the backend's English.
    await setLanguage('ru');
    const ru = renderHook(() => useFieldMessage()).result.current;
    expect([ru(placed.reason), ru(placed.decidedOn)]).toEqual(['Укажите причину решения', 'Решение не может быть раньше поступления обращения (10 января 2024)']);
    await setLanguage('en');
    const en = renderHook(() => useFieldMessage()).result.current;
    expect(en(placed.decidedOn)).toBe('The decision cannot come before the referral arrived (10 January 2024)');
    // A field refused for no reason the catalogue words gets the generic words, never the backend's.
    const unknown = toApiError(fieldInvalid('decidedOn', 'Something new', 'invalid'));
    expect(placeDecisionErrors(unknown, ['decidedOn'], setError)).toBeNull();
    expect(en(placed.decidedOn)).toBe('Not accepted');
    const conflict = { code: 'CONFLICT' as const, message: 'This referral was already accepted on 2024-01-01; it cannot be decided again.' };
    expect(placeDecisionErrors(conflict, ['decidedOn'], setError)).toBe(conflict);
  });

  it('reads the referral just logged from navigation state, and nothing else', () => {
    expect(loggedReferralOf({ logged: { id: 'a', personName: 'Kabirov' } })).toEqual({ id: 'a', personName: 'Kabirov' });
    expect(loggedReferralOf({ logged: { id: 1 } })).toBeNull();
    expect(loggedReferralOf(null)).toBeNull();
  });
});
