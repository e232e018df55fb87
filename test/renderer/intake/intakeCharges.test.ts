// Charges typed at intake reach referrals.create in row order, empty text as "not given", and a
// backend error on charges.<i>.<field> finds its row; a draft from before charges still parses.
import { describe, expect, it } from 'vitest';

import { api } from '../../../db/api';
import { emptyCharge, emptyIntake, intakeSchema } from '../../../renderer/src/features/intake/intakeSchema';
import { formFieldOf, toCreateInput } from '../../../renderer/src/features/intake/toCreateInput';

function withCharges() {
  const v = emptyIntake('2024-05-02');
  v.person.name = 'Ильяшев Марат';
  v.channel = 'family';
  v.countryCode = 'UZ';
  v.charges = [
    { ...emptyCharge(), code: ' УК РУз ', article: ' ст. 159', text: '', category: 'anti_state_extremism' },
    { ...emptyCharge(), article: '244-1' },
  ];
  return v;
}

describe('charges at intake', () => {
  it('are sent in row order and the contract accepts them', () => {
    const input = toCreateInput(withCharges());
    expect(input.charges).toEqual([
      { code: 'УК РУз', article: 'ст. 159', text: null, category: 'anti_state_extremism' },
      { code: null, article: '244-1', text: null, category: 'other' },
    ]);
    const parsed = api['referrals.create'].input.parse(input);
    expect(parsed.charges.map((c) => c.article)).toEqual(['159', '244-1']);
  });

  it('leave charges out when none were typed, and a draft without them parses', () => {
    const v = withCharges();
    v.charges = [];
    expect(toCreateInput(v).charges).toBeUndefined();
    const { charges: _none, ...olderDraft } = withCharges();
    expect(intakeSchema.safeParse(olderDraft).success).toBe(true);
  });

  it('need an article on every row', () => {
    const v = withCharges();
    v.charges = [{ ...emptyCharge(), code: 'УК РК' }];
    const result = intakeSchema.safeParse(v);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('charges.0.article');
  });

  it('place a backend error on its row', () => {
    expect(formFieldOf('charges.1.article')).toBe('charges.1.article');
    expect(formFieldOf('charges.0.code')).toBe('charges.0.code');
    expect(formFieldOf('charges.x.article')).toBeNull();
  });
});
