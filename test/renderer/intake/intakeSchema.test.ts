// The intake checks: required fields, partial dates by the contract's rule (no month 13, no
// 30 February), nothing in the future, and the conditional source and detention fields.
import { describe, expect, it } from 'vitest';

import { emptyIntake, intakeSchema, type IntakeValues } from '../../../renderer/src/features/intake/intakeSchema';

function errors(patch: (v: IntakeValues) => void): Record<string, string> {
  const v = emptyIntake('2024-05-02');
  v.person.name = 'Kabirov';
  v.channel = 'lawyer';
  v.countryCode = 'TJ';
  patch(v);
  const r = intakeSchema.safeParse(v);
  const out: Record<string, string> = {};
  if (!r.success) for (const issue of r.error.issues) out[issue.path.join('.')] ??= issue.message;
  return out;
}

describe('intakeSchema', () => {
  it('accepts a minimal referral', () => {
    expect(errors(() => {})).toEqual({});
  });

  it('reports every missing required field at once', () => {
    expect(
      errors((v) => {
        v.person.name = ' ';
        v.channel = '';
        v.countryCode = '';
        v.person.birthDate = '2021-13';
      }),
    ).toEqual({
      'person.name': 'intake:errors.required',
      channel: 'intake:errors.channel',
      countryCode: 'intake:errors.country',
      'person.birthDate': 'intake:errors.noSuchDate',
    });
  });

  it('checks partial dates like the contract, and refuses the future', () => {
    expect(errors((v) => (v.person.birthDate = '1968'))).toEqual({});
    expect(errors((v) => (v.person.birthDate = '1968-02-30'))['person.birthDate']).toBe('intake:errors.noSuchDate');
    expect(errors((v) => (v.person.birthDate = '03.1968'))['person.birthDate']).toBe('intake:errors.partialDate');
    expect(errors((v) => (v.person.birthDate = '2100'))['person.birthDate']).toBe('intake:errors.future');
    expect(errors((v) => (v.receivedOn = '2999-01-01')).receivedOn).toBe('intake:errors.future');
  });

  it('requires the contact fields and the detention type only when chosen', () => {
    expect(errors((v) => (v.sourceKind = 'contact'))).toEqual({ 'sourceContact.name': 'intake:errors.required', 'sourceContact.relation': 'intake:errors.required' });
    expect(errors((v) => (v.detentionOpen = true))).toEqual({ 'detention.detentionType': 'intake:errors.detentionType' });
    expect(errors((v) => v.person.nameVariants.push({ name: '', script: '' }))).toEqual({ 'person.nameVariants.0.name': 'intake:errors.spelling' });
  });
});
