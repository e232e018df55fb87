// Contract slice: detainees (people) and the contacts around them. Contacts are the most sensitive
// data in the vault, so staff cannot read them at all and lists mask confidential ones unless revealed.
import { z } from 'zod';

import { ALL_ROLES, countryCode, id, method, nonEmpty, optionalText, partialDate, type Role, type Stamped } from './core';
import {
  CONFIDENTIALITY,
  PROFESSIONS,
  SEXES,
  type Confidentiality,
  type DatePrecision,
  type Profession,
  type Sex,
} from '../../shared/vocabulary';

/** Script a name variant is written in; guessed from its letters when the caller leaves it out. */
export const NAME_SCRIPTS = ['latin', 'cyrillic', 'han', 'arabic', 'other'] as const;
export type NameScript = (typeof NAME_SCRIPTS)[number];

export interface NameVariant {
  id: string;
  name: string;
  script: NameScript;
}

export interface Person extends Stamped {
  name: string;
  nameVariants: NameVariant[];
  sex: Sex;
  birthDate: string | null;
  birthDatePrecision: DatePrecision | null;
  citizenship: string | null;
  professions: Profession[];
  organisations: string | null;
  confidentiality: Confidentiality;
  notes: string | null;
  /**
   * Set when the caller may not read this confidential person's name (staff without a grant on
   * one of their cases): name, spellings, birth date, organisations and notes are then empty, and
   * screens show "Confidential (code)". The same code as personNameWithheld elsewhere.
   */
  nameWithheld?: string;
}

export interface Contact extends Stamped {
  personId: string;
  /** Null when masked. */
  name: string | null;
  relation: string;
  /** How to reach them (phone, messenger, address); null when masked or unknown. */
  reach: string | null;
  /** Null when masked or empty. */
  notes: string | null;
  confidential: boolean;
  /** True when name, reach and notes were withheld because the list was not revealed. */
  masked: boolean;
}

export interface Deleted {
  id: string;
  deletedAt: string;
}

/** Roles that create and edit case records. */
export const EDITORS: readonly Role[] = ['caseworker', 'supervisor', 'administrator'];

export const nameVariantInput = z.object({
  name: nonEmpty(300),
  script: z.enum(NAME_SCRIPTS).optional(),
});

const professionList = z
  .array(z.enum(PROFESSIONS))
  .max(PROFESSIONS.length, 'Too many professions')
  .transform((list) => [...new Set(list)]);

// One shape without defaults, so updates can make every field optional without defaults
// silently overwriting stored values.
const personShape = {
  name: nonEmpty(300),
  nameVariants: z.array(nameVariantInput).max(30, 'At most 30 spellings'),
  sex: z.enum(SEXES),
  birthDate: partialDate.nullable(),
  citizenship: countryCode.nullable(),
  professions: professionList,
  organisations: optionalText(2000),
  confidentiality: z.enum(CONFIDENTIALITY),
  notes: optionalText(),
};

/** A new person, as typed at intake (also used inside referrals.create). */
export const newPersonInput = z.object({
  ...personShape,
  nameVariants: personShape.nameVariants.default([]),
  sex: personShape.sex.default('unknown'),
  birthDate: personShape.birthDate.optional(),
  citizenship: personShape.citizenship.optional(),
  professions: personShape.professions.default([]),
  confidentiality: personShape.confidentiality.default('normal'),
});
export type NewPersonInput = z.output<typeof newPersonInput>;

/** A contact's own fields; also used to record a referral's source as a new contact. */
export const contactFields = z.object({
  name: nonEmpty(300),
  relation: nonEmpty(200),
  reach: optionalText(1000),
  confidential: z.boolean().default(true),
  notes: optionalText(5000),
});
export type ContactFieldsInput = z.output<typeof contactFields>;

/**
 * A person already in the vault who may be the one being entered (db/features/people/person-match.ts):
 * what a caseworker needs to recognise them and open their case, never their contacts.
 */
export interface PossibleDuplicate {
  personId: string;
  name: string;
  nameVariants: string[];
  birthDate: string | null;
  /** The country of their latest live case, else of their latest referral, else their citizenship. */
  countryCode: string | null;
  /** Their latest live case, or null when they have none. */
  caseId: string | null;
  /** Birth date to the day and country both equal: very likely the same person. */
  strong: boolean;
  /** The person is marked confidential: shown so no second record is made, to be handled with care. */
  confidential: boolean;
}

export const POSSIBLE_DUPLICATES_MAX = 10;

export const possibleDuplicatesInput = z.object({
  name: nonEmpty(300),
  nameVariants: z.array(z.string().trim().max(300, 'At most 300 characters')).max(30, 'At most 30 spellings').default([]),
  birthDate: partialDate.nullable().optional(),
  /** The country of detention. */
  countryCode: countryCode.nullable().optional(),
  /** Another country the person may be known in, matched against the countries of people in the vault. */
  citizenship: countryCode.nullable().optional(),
});

export const personApi = {
  'people.get': method<Person>()({ input: z.object({ id }), access: ALL_ROLES, effect: 'read' }),
  'people.create': method<Person>()({ input: newPersonInput, access: EDITORS, effect: 'write' }),
  'people.update': method<Person>()({
    input: z.object({ id, ...personShape }).partial().required({ id: true }),
    access: EDITORS,
    effect: 'write',
  }),
  'people.delete': method<Deleted>()({ input: z.object({ id }), access: EDITORS, effect: 'write' }),
} as const;

export const duplicatesApi = {
  /** Intake's "may already be in Habeas" warning, while the name is typed. Editors only, as intake is. */
  'people.possibleDuplicates': method<PossibleDuplicate[]>()({ input: possibleDuplicatesInput, access: EDITORS, effect: 'read' }),
} as const;

export const contactsApi = {
  'contacts.list': method<Contact[]>()({
    input: z.object({ personId: id, reveal: z.boolean().default(false) }),
    access: EDITORS,
    // A reveal writes a 'contact.reveal' audit entry, but nothing else changes.
    effect: 'read',
  }),
  'contacts.create': method<Contact>()({
    input: contactFields.extend({ personId: id }),
    access: EDITORS,
    effect: 'write',
  }),
  'contacts.update': method<Contact>()({
    input: z
      .object({
        id,
        name: nonEmpty(300),
        relation: nonEmpty(200),
        reach: optionalText(1000),
        confidential: z.boolean(),
        notes: optionalText(5000),
      })
      .partial()
      .required({ id: true }),
    access: EDITORS,
    effect: 'write',
  }),
  'contacts.delete': method<Deleted>()({ input: z.object({ id }), access: EDITORS, effect: 'write' }),
} as const;

export const peopleApi = { ...personApi, ...contactsApi, ...duplicatesApi } as const;
