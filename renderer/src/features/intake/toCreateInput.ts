// Turns checked intake values (intakeSchema passed) into referrals.create's input exactly: empty text becomes "not
// given", the source is either a description or a new contact, detention facts only when opened,
// charges in the order typed (so a backend error on charges.<i> lands on the same row).
import type { FieldPath } from 'react-hook-form';

import type { Input } from '../../../../db/api';
import type { IntakeValues } from './intakeSchema';

type CreateInput = Input<'referrals.create'>;

const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

/** The schema refuses an unchosen select; reaching here without a choice is a programming error. */
function chosen<T extends string>(value: T | '', field: string): T {
  if (value === '') throw new Error(`toCreateInput: ${field} was not checked`);
  return value;
}

export function toCreateInput(v: IntakeValues): CreateInput {
  const input: CreateInput = {
    receivedOn: v.receivedOn,
    channel: chosen(v.channel, 'channel'),
    countryCode: v.countryCode,
    urgency: v.urgency,
    consent: v.consent,
    sourceWithheld: v.sourceWithheld,
    summary: orNull(v.summary),
    person: {
      name: v.person.name.trim(),
      // Row order is kept, so a backend error on nameVariants.<i> lands on the same row.
      nameVariants: v.person.nameVariants.map((variant) => ({
        name: variant.name.trim(),
        ...(variant.script === '' ? {} : { script: variant.script }),
      })),
      sex: v.person.sex,
      birthDate: orNull(v.person.birthDate),
      citizenship: v.person.citizenship === '' ? null : v.person.citizenship,
      professions: v.person.professions,
      confidentiality: v.person.confidential ? 'confidential' : 'normal',
    },
  };
  if (v.sourceKind === 'contact') {
    input.sourceContact = {
      name: v.sourceContact.name.trim(),
      relation: v.sourceContact.relation.trim(),
      reach: orNull(v.sourceContact.reach),
      // A source is the most sensitive thing on file: kept confidential from the start.
      confidential: true,
    };
  } else {
    input.sourceDescription = orNull(v.sourceDescription);
  }
  const charges = (v.charges ?? []).map((c) => ({ code: orNull(c.code), article: c.article.trim(), text: orNull(c.text), category: c.category }));
  if (charges.length > 0) input.charges = charges;
  if (v.detentionOpen && v.detention.detentionType !== '') {
    input.detention = {
      arrestDate: orNull(v.detention.arrestDate),
      place: orNull(v.detention.place),
      authority: orNull(v.detention.authority),
      detentionType: v.detention.detentionType,
      facility: orNull(v.detention.facility),
    };
  }
  return input;
}

type FormField = FieldPath<IntakeValues>;

const FORM_FIELDS: readonly FormField[] = [
  'person.name',
  'person.sex',
  'person.birthDate',
  'person.citizenship',
  'person.professions',
  'receivedOn',
  'channel',
  'countryCode',
  'urgency',
  'consent',
  'sourceDescription',
  'sourceContact.name',
  'sourceContact.relation',
  'sourceContact.reach',
  'summary',
  'detention.arrestDate',
  'detention.place',
  'detention.authority',
  'detention.detentionType',
  'detention.facility',
];

/** The form field a backend field error belongs to, or null when it belongs to no single field. */
export function formFieldOf(path: string): FormField | null {
  const direct = FORM_FIELDS.find((f) => f === path);
  if (direct) return direct;
  const variant = /^person\.nameVariants\.(\d+)\.(name|script)$/.exec(path);
  if (variant) return `person.nameVariants.${Number(variant[1])}.${variant[2] === 'script' ? 'script' : 'name'}`;
  if (path === 'person.confidentiality') return 'person.confidential';
  const charge = /^charges\.(\d+)\.(code|article|text|category)$/.exec(path);
  if (charge) {
    const row = Number(charge[1]);
    const part = charge[2] === 'code' ? 'code' : charge[2] === 'text' ? 'text' : charge[2] === 'category' ? 'category' : 'article';
    return `charges.${row}.${part}`;
  }
  return null;
}
