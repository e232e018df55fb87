// The intake form's own shape (strings as typed, a switch for the source, the detention facts
// folded away) and its checks, with messages as i18n keys. Dates use the contract's own rules;
// toCreateInput.ts turns valid values into referrals.create's input.
import { z } from 'zod';

import {
  CHARGE_CATEGORIES,
  CONSENTS,
  DETENTION_TYPES,
  PROFESSIONS,
  REFERRAL_CHANNELS,
  SEXES,
  URGENCIES,
  isoDate,
  partialDate,
  type NameScript,
} from '../../../../db/api';
import { localToday } from '../../shared/formDates';
import { tooLong } from '../../shared/fieldMessages';

// An object rather than a list so the compiler notices when the contract adds a script.
const SCRIPT_NAMES = { latin: true, cyrillic: true, han: true, arabic: true, other: true } satisfies Record<NameScript, true>;
export const NAME_SCRIPTS = Object.keys(SCRIPT_NAMES) as [NameScript, ...NameScript[]];

const REQUIRED = 'intake:errors.required';
const text = (max: number) => z.string().max(max, tooLong(max));
const required = (max: number) => text(max).refine((s) => s.trim() !== '', REQUIRED);
/** A select whose empty first option means "not chosen" (yet, or at all). */
const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T) => z.union([z.literal(''), z.enum(values)]);
const chosen = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  optionalChoice(values).refine((v) => v !== '', message);

function checkPartialDate(value: string, path: (string | number)[], ctx: z.RefinementCtx, today: string): void {
  const v = value.trim();
  if (v === '') return;
  const parsed = partialDate.safeParse(v);
  if (!parsed.success) {
    const format = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v);
    ctx.addIssue({ code: 'custom', path, message: format ? 'intake:errors.noSuchDate' : 'intake:errors.partialDate' });
  } else if (v > today.slice(0, v.length)) {
    ctx.addIssue({ code: 'custom', path, message: 'intake:errors.future' });
  }
}

/** A charge as typed: the article is what must be there; the backend checks that it starts with its number. */
const chargeRow = z.object({
  code: text(60),
  article: required(60),
  text: text(2000),
  category: z.enum(CHARGE_CATEGORIES),
});

export const intakeSchema = z
  .object({
    person: z.object({
      name: required(300),
      nameVariants: z.array(z.object({ name: text(300), script: optionalChoice(NAME_SCRIPTS) })).max(30, 'intake:errors.tooManySpellings'),
      sex: z.enum(SEXES),
      birthDate: z.string(),
      citizenship: z.string(),
      professions: z.array(z.enum(PROFESSIONS)),
      confidential: z.boolean(),
    }),
    receivedOn: z.string(),
    channel: chosen(REFERRAL_CHANNELS, 'intake:errors.channel'),
    countryCode: z.string().refine((v) => v !== '', 'intake:errors.country'),
    urgency: z.enum(URGENCIES),
    consent: z.enum(CONSENTS),
    sourceKind: z.enum(['description', 'contact']),
    sourceDescription: text(2000),
    sourceContact: z.object({ name: text(300), relation: text(200), reach: text(1000) }),
    sourceWithheld: z.boolean(),
    summary: text(20000),
    detentionOpen: z.boolean(),
    detention: z.object({
      arrestDate: z.string(),
      place: text(300),
      authority: text(300),
      detentionType: optionalChoice(DETENTION_TYPES),
      facility: text(300),
    }),
    // A draft saved before charges were asked for has none.
    charges: z.array(chargeRow).max(50, 'intake:errors.tooManyCharges').default([]),
  })
  .superRefine((v, ctx) => {
    const today = localToday();
    v.person.nameVariants.forEach((variant, i) => {
      if (variant.name.trim() === '') ctx.addIssue({ code: 'custom', path: ['person', 'nameVariants', i, 'name'], message: 'intake:errors.spelling' });
    });
    checkPartialDate(v.person.birthDate, ['person', 'birthDate'], ctx, today);
    if (!isoDate.safeParse(v.receivedOn).success) {
      ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: v.receivedOn === '' ? REQUIRED : 'intake:errors.fullDate' });
    } else if (v.receivedOn > today) {
      ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: 'intake:errors.future' });
    }
    if (v.sourceKind === 'contact') {
      if (v.sourceContact.name.trim() === '') ctx.addIssue({ code: 'custom', path: ['sourceContact', 'name'], message: REQUIRED });
      if (v.sourceContact.relation.trim() === '') ctx.addIssue({ code: 'custom', path: ['sourceContact', 'relation'], message: REQUIRED });
    }
    if (v.detentionOpen) {
      if (v.detention.detentionType === '') ctx.addIssue({ code: 'custom', path: ['detention', 'detentionType'], message: 'intake:errors.detentionType' });
      checkPartialDate(v.detention.arrestDate, ['detention', 'arrestDate'], ctx, today);
    }
  });

export type IntakeValues = z.input<typeof intakeSchema>;

export function emptyIntake(today: string = localToday()): IntakeValues {
  return {
    person: { name: '', nameVariants: [], sex: 'unknown', birthDate: '', citizenship: '', professions: [], confidential: false },
    receivedOn: today,
    channel: '',
    countryCode: '',
    urgency: 'normal',
    consent: 'none',
    sourceKind: 'description',
    sourceDescription: '',
    sourceContact: { name: '', relation: '', reach: '' },
    sourceWithheld: false,
    summary: '',
    detentionOpen: false,
    detention: { arrestDate: '', place: '', authority: '', detentionType: '', facility: '' },
    charges: [],
  };
}

export function emptyCharge(): NonNullable<IntakeValues['charges']>[number] {
  return { code: '', article: '', text: '', category: 'other' };
}
