// Contract slice: advocacy actions, and the WGAD petition fields that petitions and urgent appeals
// carry. Pure zod and types: the renderer imports this through db/api.ts.
import { z } from 'zod';

import { ALL_ROLES, FIELD_MESSAGES, id, isoDate, method, optionalText, type Role, type Stamped } from './core';
import {
  ADVOCACY_STATUSES,
  ADVOCACY_TYPES,
  WGAD_CATEGORIES,
  WGAD_OUTCOMES,
  type AdvocacyStatus,
  type AdvocacyType,
  type WgadCategory,
  type WgadOutcome,
} from '../../shared/vocabulary';

export interface WgadPetition {
  submittedOn: string | null;
  transmittedOn: string | null;
  /** Derived: transmittedOn + settings.wgadReplyDays. */
  replyDue: string | null;
  replyReceivedOn: string | null;
  /** Derived: replyReceivedOn + settings.wgadSourceCommentsDays. */
  sourceCommentsDue: string | null;
  sourceCommentsSentOn: string | null;
  opinionAdoptedOn: string | null;
  session: string | null;
  /** Always written "Opinion No. 12/2023". */
  opinionNumber: string | null;
  categories: WgadCategory[];
  /** The facts the source gives for each claimed category (the questionnaire's section IV). */
  categoryFacts: Partial<Record<WgadCategory, string>>;
  outcome: WgadOutcome;
  /** Derived: opinionAdoptedOn + settings.wgadFollowUpDays. */
  followUpDue: string | null;
  updatedAt: string;
}

export interface AdvocacyAction extends Stamped {
  caseId: string;
  type: AdvocacyType;
  date: string;
  target: string | null;
  status: AdvocacyStatus;
  response: string | null;
  outcome: string | null;
  followUpDue: string | null;
  public: boolean;
  /** Present for WGAD petitions and urgent appeals, null for every other type. */
  wgad: WgadPetition | null;
}

export interface WgadRecomputeResult {
  /** Petitions still open (not filed by the WGAD) whose dates were checked. */
  checked: number;
  /** Petitions whose derived dates moved. */
  changed: number;
}

export const WGAD_TYPES: readonly AdvocacyType[] = ['wgad_petition', 'wgad_urgent_appeal'];

// "Opinion No. 12/2023", "No 12/2023", "12/2023", "Мнение № 12/2023": the WGAD numbers opinions per year.
const OPINION_NUMBER = /^(?:opinion|мнение)?\s*(?:no\.?|№)?\s*(\d{1,3})\s*\/\s*(\d{4})$/iu;

export const opinionNumber = z
  .string()
  .trim()
  .max(40, 'At most 40 characters')
  .regex(OPINION_NUMBER, FIELD_MESSAGES.opinion_number)
  .transform((s) => {
    const match = OPINION_NUMBER.exec(s);
    return match ? `Opinion No. ${Number(match[1])}/${match[2]}` : s;
  })
  .refine((s) => {
    const year = Number(s.slice(-4));
    // The Working Group was established in 1991.
    return year >= 1991 && year <= 2200;
  }, FIELD_MESSAGES.opinion_year);

/** A subset of I–V, stored once each and in order. */
const categories = z
  .array(z.enum(WGAD_CATEGORIES))
  .max(WGAD_CATEGORIES.length)
  .transform((list) => WGAD_CATEGORIES.filter((c) => list.includes(c)));

const optionalDate = isoDate.nullable().optional();

/** Category -> the facts supporting it; blank facts are dropped, so a category can be claimed with none yet. */
const categoryFacts = z
  .partialRecord(z.enum(WGAD_CATEGORIES), z.string().trim().max(20000, 'At most 20000 characters'))
  .transform((facts) => Object.fromEntries(WGAD_CATEGORIES.flatMap((c) => (facts[c] ? [[c, facts[c]]] : []))) as Partial<Record<WgadCategory, string>>);

const wgadFields = z.object({
  submittedOn: optionalDate,
  transmittedOn: optionalDate,
  replyReceivedOn: optionalDate,
  sourceCommentsSentOn: optionalDate,
  opinionAdoptedOn: optionalDate,
  session: optionalText(100),
  opinionNumber: opinionNumber.nullable().optional(),
  categories: categories.optional(),
  categoryFacts: categoryFacts.optional(),
  outcome: z.enum(WGAD_OUTCOMES).optional(),
});
export type WgadFieldsInput = z.output<typeof wgadFields>;

const writers: readonly Role[] = ['caseworker', 'supervisor', 'administrator'];

const actionFields = {
  target: optionalText(500),
  response: optionalText(5000),
  outcome: optionalText(5000),
  followUpDue: optionalDate,
  wgad: wgadFields.optional(),
};

export const advocacyApi = {
  'advocacy.create': method<AdvocacyAction>()({
    input: z.object({
      caseId: id,
      type: z.enum(ADVOCACY_TYPES),
      date: isoDate,
      status: z.enum(ADVOCACY_STATUSES).default('planned'),
      public: z.boolean().default(false),
      ...actionFields,
    }),
    access: writers,
    effect: 'write',
  }),
  'advocacy.update': method<AdvocacyAction>()({
    input: z.object({
      id,
      type: z.enum(ADVOCACY_TYPES).optional(),
      date: isoDate.optional(),
      status: z.enum(ADVOCACY_STATUSES).optional(),
      public: z.boolean().optional(),
      ...actionFields,
    }),
    access: writers,
    effect: 'write',
  }),
  'advocacy.delete': method<{ id: string }>()({ input: z.object({ id }), access: writers, effect: 'write' }),
  'advocacy.list': method<AdvocacyAction[]>()({ input: z.object({ caseId: id }), access: ALL_ROLES, effect: 'read' }),
  /**
   * Re-derives the stored WGAD due dates of open petitions from the current settings; run after
   * the reply, source-comment or follow-up intervals change (settings.update may call it too).
   */
  'advocacy.recomputeWgadDeadlines': method<WgadRecomputeResult>()({
    input: z.object({}),
    access: ['administrator'],
    effect: 'write',
  }),
} as const;
