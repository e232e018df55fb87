// Contract slice: detention episodes and what the courts did within them (charges, court events,
// sentences). Pure zod and types: the renderer imports this through db/api.ts.
import { z } from 'zod';

import { ALL_ROLES, FIELD_MESSAGES, id, method, nonEmpty, optionalText, partialDate, type Role, type Stamped } from './core';
import {
  ARREST_WARRANT,
  CHARGE_CATEGORIES,
  COURT_EVENT_KINDS,
  DETENTION_TYPES,
  OBSERVATION_SOURCES,
  RELEASE_REASONS,
  SENTENCE_CHANGES,
  SENTENCE_TYPES,
  type ArrestWarrant,
  type ChargeCategory,
  type CourtEventKind,
  type DatePrecision,
  type DetentionType,
  type ObservationSource,
  type ReleaseReason,
  type SentenceChange,
  type SentenceType,
} from '../../shared/vocabulary';

export interface DetentionEpisode extends Stamped {
  caseId: string;
  personId: string;
  /** Partial date; null when the arrest date is not known at all. */
  arrestDate: string | null;
  arrestDatePrecision: DatePrecision | null;
  place: string | null;
  authority: string | null;
  /** Whether a warrant or other decision of a public authority was shown at the arrest; null when never asked. */
  arrestWarrant: ArrestWarrant | null;
  /** Who issued the warrant, its number, or why none was shown. */
  arrestWarrantNote: string | null;
  /** The reasons for the detention the authorities gave (the WGAD questionnaire asks for them). */
  detentionGrounds: string | null;
  detentionType: DetentionType;
  facility: string | null;
  /** Partial date; null while the person is still held. */
  releaseDate: string | null;
  releaseDatePrecision: DatePrecision | null;
  releaseReason: ReleaseReason | null;
}

export interface Charge extends Stamped {
  episodeId: string;
  code: string;
  article: string;
  text: string | null;
  category: ChargeCategory;
}

export interface CourtEvent extends Stamped {
  episodeId: string;
  caseId: string;
  court: string | null;
  date: string;
  datePrecision: DatePrecision;
  kind: CourtEventKind;
  outcome: string | null;
}

export interface Sentence extends Stamped {
  episodeId: string;
  courtEventId: string | null;
  type: SentenceType;
  years: number;
  months: number;
  days: number;
  /** The upper term of a range ("3 to 8 years"); null for a single term. years/months/days hold the lower. */
  maxYears: number | null;
  maxMonths: number | null;
  maxDays: number | null;
  life: boolean;
  startDate: string | null;
  startDatePrecision: DatePrecision | null;
  creditDays: number;
  handedDownOn: string | null;
  handedDownOnPrecision: DatePrecision | null;
  change: SentenceChange | null;
  supersedesId: string | null;
  supersededById: string | null;
  /** Computed from start, term and credit (db/features/detention/sentence.ts); a partial date. */
  expectedRelease: string | null;
  expectedReleasePrecision: DatePrecision | null;
  /** The credit is longer than the term: the figures probably need checking. */
  creditExceedsTerm: boolean;
}

/** Days of detention before a verdict that its sentence could credit: a proposal to edit. */
export interface SentenceCreditProposal {
  /** The verdict's (partial) date the days run up to. */
  verdictDate: string;
  /** The days certain from the dates on file: what the form proposes. */
  days: number;
  /** The most the (partial) dates allow. */
  maxDays: number;
  /** Episodes counted. */
  counted: number;
  /** Episodes before the verdict with no arrest date, which could not be counted. */
  unknownArrest: number;
}

/** "Known to be held on DATE": a census row of an imported list, a prison visit, a court hearing. */
export interface DetentionObservation extends Stamped {
  episodeId: string;
  /** Partial date: "2023" says held at some time in 2023. */
  observedOn: string;
  observedOnPrecision: DatePrecision;
  source: ObservationSource;
  note: string | null;
}

/** A sentence as listed: with its neighbours in the supersession chain. */
export interface SentenceInChain extends Sentence {
  /** Not superseded and not an overturning: the sentence that now applies. */
  current: boolean;
  supersedes: SentenceLink | null;
  supersededBy: SentenceLink | null;
}

export interface SentenceLink {
  id: string;
  change: SentenceChange | null;
  years: number;
  months: number;
  days: number;
  maxYears: number | null;
  maxMonths: number | null;
  maxDays: number | null;
  life: boolean;
  handedDownOn: string | null;
}

const writers: readonly Role[] = ['caseworker', 'supervisor', 'administrator'];
const nullablePartialDate = partialDate.nullable().optional();
const shortText = (max: number) => optionalText(max);

const episodeFields = {
  arrestDate: nullablePartialDate,
  place: shortText(300),
  authority: shortText(300),
  arrestWarrant: z.enum(ARREST_WARRANT).nullable().optional(),
  arrestWarrantNote: shortText(1000),
  detentionGrounds: shortText(5000),
  detentionType: z.enum(DETENTION_TYPES),
  facility: shortText(300),
  releaseDate: nullablePartialDate,
  releaseReason: z.enum(RELEASE_REASONS).nullable().optional(),
};

/**
 * "ст. 205.2", "Art. 174", "article 174" → "205.2" / "174": the number is what reports group by.
 * Uzbek and Tajik codes number inserted articles with a hyphen ("244-1", printed 244¹).
 */
export const chargeArticle = z
  .string()
  .trim()
  .max(60, 'At most 60 characters')
  .transform((s) => s.replace(/^(?:ст\.?|статья|art\.?|article)\s*/iu, ''))
  .pipe(z.string().regex(/^\d+(?:[.-]\d+)*(?:[\s,].*)?$/u, FIELD_MESSAGES.article_number));

const chargeFields = {
  code: nonEmpty(60),
  article: chargeArticle,
  text: shortText(2000),
  category: z.enum(CHARGE_CATEGORIES).default('other'),
};

const courtEventFields = {
  court: shortText(300),
  date: partialDate,
  kind: z.enum(COURT_EVENT_KINDS),
  outcome: shortText(2000),
};

// Longest real terms run to decades; the maxima only stop typing slips such as 250 years.
const count = (max: number) => z.number().int('Whole numbers only').min(0, 'Cannot be negative').max(max, `At most ${max}`);

const sentenceFields = {
  courtEventId: id.nullable().optional(),
  type: z.enum(SENTENCE_TYPES),
  years: count(99).default(0),
  months: count(1199).default(0),
  days: count(36500).default(0),
  /** The upper term of a range; left out or null, a single term. */
  maxYears: count(99).nullable().optional(),
  maxMonths: count(1199).nullable().optional(),
  maxDays: count(36500).nullable().optional(),
  life: z.boolean().default(false),
  startDate: nullablePartialDate,
  creditDays: count(36500).default(0),
  handedDownOn: nullablePartialDate,
};

/** Where a list of court events or sentences is taken from: one episode or a whole case. */
const episodeOrCase = z
  .object({ episodeId: id.optional(), caseId: id.optional() })
  .refine((v) => (v.episodeId === undefined) !== (v.caseId === undefined), 'Give either episodeId or caseId');

export const detentionApi = {
  'episodes.create': method<DetentionEpisode>()({
    input: z.object({ caseId: id, ...episodeFields }),
    access: writers,
    effect: 'write',
  }),
  'episodes.update': method<DetentionEpisode>()({
    input: z.object({ id, ...episodeFields, detentionType: episodeFields.detentionType.optional() }),
    access: writers,
    effect: 'write',
  }),
  'episodes.delete': method<{ id: string }>()({ input: z.object({ id }), access: writers, effect: 'write' }),
  'episodes.list': method<DetentionEpisode[]>()({ input: z.object({ caseId: id }), access: ALL_ROLES, effect: 'read' }),

  /** Refused (VALIDATION, field observedOn) when the date is certainly before the arrest or after the release. */
  'observations.create': method<DetentionObservation>()({
    input: z.object({ episodeId: id, observedOn: partialDate, source: z.enum(OBSERVATION_SOURCES), note: shortText(2000) }),
    access: writers,
    effect: 'write',
  }),
  'observations.delete': method<{ id: string }>()({ input: z.object({ id }), access: writers, effect: 'write' }),
  /** Oldest first; from one episode or from every episode of a case. */
  'observations.list': method<DetentionObservation[]>()({ input: episodeOrCase, access: ALL_ROLES, effect: 'read' }),

  'charges.create': method<Charge>()({ input: z.object({ episodeId: id, ...chargeFields }), access: writers, effect: 'write' }),
  'charges.update': method<Charge>()({
    input: z.object({
      id,
      code: chargeFields.code.optional(),
      article: chargeFields.article.optional(),
      text: chargeFields.text,
      category: z.enum(CHARGE_CATEGORIES).optional(),
    }),
    access: writers,
    effect: 'write',
  }),
  'charges.delete': method<{ id: string }>()({ input: z.object({ id }), access: writers, effect: 'write' }),
  'charges.list': method<Charge[]>()({ input: z.object({ episodeId: id }), access: ALL_ROLES, effect: 'read' }),

  'courtEvents.create': method<CourtEvent>()({
    input: z.object({ episodeId: id, ...courtEventFields }),
    access: writers,
    effect: 'write',
  }),
  'courtEvents.update': method<CourtEvent>()({
    input: z.object({
      id,
      ...courtEventFields,
      date: courtEventFields.date.optional(),
      kind: courtEventFields.kind.optional(),
    }),
    access: writers,
    effect: 'write',
  }),
  'courtEvents.delete': method<{ id: string }>()({ input: z.object({ id }), access: writers, effect: 'write' }),
  'courtEvents.list': method<CourtEvent[]>()({ input: episodeOrCase, access: ALL_ROLES, effect: 'read' }),

  'sentences.create': method<Sentence>()({
    input: z
      .object({
        episodeId: id,
        ...sentenceFields,
        /**
         * Left out on a change, the start date and credit carry over from the earlier sentence.
         * Left out with a verdict named (and no earlier sentence), handedDownOn and startDate are the verdict's date.
         */
        creditDays: count(36500).optional(),
        supersedesId: id.nullable().optional(),
        change: z.enum(SENTENCE_CHANGES).nullable().optional(),
      })
      .refine((v) => (v.supersedesId ?? null) === null || (v.change ?? null) !== null, {
        message: FIELD_MESSAGES.sentence_change_kind,
        path: ['change'],
      })
      .refine((v) => (v.change ?? null) === null || (v.supersedesId ?? null) !== null, {
        message: FIELD_MESSAGES.sentence_changed,
        path: ['supersedesId'],
      }),
    access: writers,
    effect: 'write',
  }),
  'sentences.update': method<Sentence>()({
    input: z.object({
      id,
      courtEventId: sentenceFields.courtEventId,
      type: sentenceFields.type.optional(),
      years: count(99).optional(),
      months: count(1199).optional(),
      days: count(36500).optional(),
      maxYears: sentenceFields.maxYears,
      maxMonths: sentenceFields.maxMonths,
      maxDays: sentenceFields.maxDays,
      life: z.boolean().optional(),
      startDate: nullablePartialDate,
      creditDays: count(36500).optional(),
      handedDownOn: nullablePartialDate,
      /** Only on a sentence that supersedes another; the link itself cannot be moved. */
      change: z.enum(SENTENCE_CHANGES).optional(),
    }),
    access: writers,
    effect: 'write',
  }),
  /** The credit a sentence from this verdict could give for the case's detention before it. */
  'sentences.proposeCredit': method<SentenceCreditProposal>()({ input: z.object({ courtEventId: id }), access: ALL_ROLES, effect: 'read' }),
  'sentences.delete': method<{ id: string }>()({ input: z.object({ id }), access: writers, effect: 'write' }),
  'sentences.list': method<SentenceInChain[]>()({ input: episodeOrCase, access: ALL_ROLES, effect: 'read' }),
} as const;
