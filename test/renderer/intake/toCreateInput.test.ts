// The intake form's values become exactly what referrals.create accepts: the contract's own schema
// parses every mapped input, empty text is "not given", and only the chosen source kind is sent.
import { describe, expect, it } from 'vitest';

import { api } from '../../../db/api';
import { emptyIntake, type IntakeValues } from '../../../renderer/src/features/intake/intakeSchema';
import { formFieldOf, toCreateInput } from '../../../renderer/src/features/intake/toCreateInput';

function filled(patch: (v: IntakeValues) => void): IntakeValues {
  const v = emptyIntake('2024-05-02');
  v.person.name = '  Ильяшев Марат ';
  v.channel = 'family';
  v.countryCode = 'UZ';
  patch(v);
  return v;
}

describe('toCreateInput', () => {
  it('maps a minimal referral and the contract accepts it', () => {
    const input = toCreateInput(filled(() => {}));
    expect(input).toEqual({
      receivedOn: '2024-05-02',
      channel: 'family',
      countryCode: 'UZ',
      urgency: 'normal',
      consent: 'none',
      sourceWithheld: false,
      summary: null,
      sourceDescription: null,
      person: { name: 'Ильяшев Марат', nameVariants: [], sex: 'unknown', birthDate: null, citizenship: null, professions: [], confidentiality: 'normal' },
    });
    expect(api['referrals.create'].input.safeParse(input).success).toBe(true);
  });

  it('sends a new source contact (confidential) instead of a description, and spellings with their script only when chosen', () => {
    const input = toCreateInput(
      filled((v) => {
        v.sourceKind = 'contact';
        v.sourceDescription = 'typed before switching';
        v.sourceContact = { name: 'Гульнара', relation: 'sister', reach: '' };
        v.sourceWithheld = true;
        v.person.nameVariants = [
          { name: 'Ilyashev Marat', script: 'latin' },
          { name: 'Ilyashev M.', script: '' },
        ];
        v.person.birthDate = '1968';
        v.person.professions = ['journalist', 'blogger'];
        v.person.confidential = true;
      }),
    );
    expect(input.sourceDescription).toBeUndefined();
    expect(input.sourceContact).toEqual({ name: 'Гульнара', relation: 'sister', reach: null, confidential: true });
    expect(input.person?.nameVariants).toEqual([{ name: 'Ilyashev Marat', script: 'latin' }, { name: 'Ilyashev M.' }]);
    expect(input.person).toMatchObject({ birthDate: '1968', professions: ['journalist', 'blogger'], confidentiality: 'confidential' });
    expect(api['referrals.create'].input.safeParse(input).success).toBe(true);
  });

  it('includes detention facts only while the section is open', () => {
    const facts = { arrestDate: '2021-03', place: '', authority: 'SNB', detentionType: 'pre_trial' as const, facility: '' };
    expect(toCreateInput(filled((v) => (v.detention = facts))).detention).toBeUndefined();
    const input = toCreateInput(
      filled((v) => {
        v.detention = facts;
        v.detentionOpen = true;
      }),
    );
    expect(input.detention).toEqual({ arrestDate: '2021-03', place: null, authority: 'SNB', detentionType: 'pre_trial', facility: null });
  });

  it('finds the form field of a backend field error', () => {
    expect(formFieldOf('detention.arrestDate')).toBe('detention.arrestDate');
    expect(formFieldOf('person.nameVariants.2.name')).toBe('person.nameVariants.2.name');
    expect(formFieldOf('person.confidentiality')).toBe('person.confidential');
    expect(formFieldOf('person')).toBeNull();
  });
});
