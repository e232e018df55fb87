// Contract slice: referrals, from the day one arrives to the decision that may open a case.
import { z } from 'zod';

import { ALL_ROLES, countryCode, FIELD_MESSAGES, id, isoDate, method, optionalText, pageInput, partialDate, type Page, type Stamped } from './core';
import type { PersonNameWithheld } from './need-to-know';
import { chargeArticle } from './detention';
import { contactFields, EDITORS, newPersonInput } from './people';
import {
  CHARGE_CATEGORIES,
  CONSENTS,
  DETENTION_TYPES,
  REFERRAL_CHANNELS,
  REFERRAL_STATUSES,
  URGENCIES,
  type ChargeCategory,
  type Consent,
  type DetentionType,
  type ReferralChannel,
  type ReferralStatus,
  type Urgency,
} from '../../shared/vocabulary';

/** First detention facts known at intake; they become a detention episode when the case opens. */
export interface DetentionFacts {
  arrestDate: string | null;
  place: string | null;
  authority: string | null;
  detentionType: DetentionType;
  facility: string | null;
}

/** A charge named at intake; it becomes a charge of the case's first episode when the case opens. */
export interface PendingCharge {
  /** The criminal code ("УК РК"); null when the referrer did not say. */
  code: string | null;
  article: string;
  text: string | null;
  category: ChargeCategory;
}

export interface ReferralSummary extends PersonNameWithheld {
  id: string;
  receivedOn: string;
  channel: ReferralChannel;
  personId: string;
  personName: string;
  personConfidential: boolean;
  countryCode: string;
  urgency: Urgency;
  consent: Consent;
  status: ReferralStatus;
  decidedOn: string | null;
  assignedTo: string | null;
  assignedToName: string | null;
  /** The case opened when the referral was accepted. */
  caseId: string | null;
  /** That case's reference (see CaseSummary.reference). */
  caseReference: string | null;
  /** The first 200 characters of the summary, for lists. */
  summaryExcerpt: string | null;
}

export interface Referral extends ReferralSummary, Stamped {
  sourceContactId: string | null;
  sourceDescription: string | null;
  sourceWithheld: boolean;
  /** True when the caller's role may not see who the source is (staff). */
  sourceMasked: boolean;
  summary: string | null;
  decisionReason: string | null;
  createdBy: string | null;
  pendingDetention: DetentionFacts | null;
  /** Charges named at intake, until the case opens (then they are the episode's charges). */
  pendingCharges: PendingCharge[];
}

export interface ReferralDecided {
  referral: Referral;
  /** The case opened by an acceptance; null for other decisions. */
  caseId: string | null;
}

export const detentionFactsInput = z.object({
  arrestDate: partialDate.nullable().optional(),
  place: optionalText(300),
  authority: optionalText(300),
  detentionType: z.enum(DETENTION_TYPES),
  facility: optionalText(300),
});

/** One charge typed at intake: checked like a case's charge, but the code may be unknown yet. */
export const pendingChargeInput = z.object({
  code: optionalText(60),
  article: chargeArticle,
  text: optionalText(2000),
  category: z.enum(CHARGE_CATEGORIES).default('other'),
});

export const DECISIONS = ['assessing', 'accepted', 'declined', 'referred_elsewhere'] as const;
export type Decision = (typeof DECISIONS)[number];

const referralShape = {
  receivedOn: isoDate,
  channel: z.enum(REFERRAL_CHANNELS),
  sourceContactId: id.nullable(),
  sourceDescription: optionalText(2000),
  sourceWithheld: z.boolean(),
  countryCode,
  summary: optionalText(),
  urgency: z.enum(URGENCIES),
  consent: z.enum(CONSENTS),
  detention: detentionFactsInput.nullable(),
  charges: z.array(pendingChargeInput).max(50, 'At most 50 charges'),
};

export const referralCreateInput = z
  .object({
    ...referralShape,
    personId: id.optional(),
    person: newPersonInput.optional(),
    sourceContactId: id.optional(),
    /** A source not yet on file: saved as a contact of the person (confidential by default). */
    sourceContact: contactFields.optional(),
    sourceWithheld: referralShape.sourceWithheld.default(false),
    urgency: referralShape.urgency.default('normal'),
    consent: referralShape.consent.default('none'),
    detention: detentionFactsInput.optional(),
    charges: referralShape.charges.default([]),
  })
  .superRefine((v, ctx) => {
    if ((v.personId === undefined) === (v.person === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['person'], message: FIELD_MESSAGES.choose_person });
    }
    if (v.sourceContactId !== undefined && v.sourceContact !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['sourceContact'], message: FIELD_MESSAGES.choose_contact });
    }
  });

export const referralDecisionInput = z
  .object({
    id,
    decision: z.enum(DECISIONS),
    reason: optionalText(5000),
    /** Defaults to today; must not be in the future or before the referral arrived. */
    decidedOn: isoDate.optional(),
    /** Who takes the referral or case; defaults to the caller. */
    caseworkerId: id.optional(),
    supervisorId: id.optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.decision === 'declined' || v.decision === 'referred_elsewhere') && !v.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: FIELD_MESSAGES.decision_reason });
    }
  });

export const referralsApi = {
  'referrals.create': method<Referral>()({ input: referralCreateInput, access: EDITORS, effect: 'write' }),
  'referrals.list': method<Page<ReferralSummary>>()({
    input: z.object({
      status: z.array(z.enum(REFERRAL_STATUSES)).min(1, 'Choose at least one status').default(['new', 'assessing']),
      countryCode: countryCode.optional(),
      urgency: z.array(z.enum(URGENCIES)).min(1, 'Choose at least one urgency').optional(),
      personId: id.optional(),
      ...pageInput.shape,
    }),
    access: ALL_ROLES,
    effect: 'read',
  }),
  'referrals.get': method<Referral>()({ input: z.object({ id }), access: ALL_ROLES, effect: 'read' }),
  'referrals.update': method<Referral>()({
    input: z.object({ id, ...referralShape }).partial().required({ id: true }),
    access: EDITORS,
    effect: 'write',
  }),
  'referrals.decide': method<ReferralDecided>()({ input: referralDecisionInput, access: EDITORS, effect: 'write' }),
} as const;
