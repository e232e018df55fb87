// Contract slice: a case's timeline, everything on the case in one chronological list that
// respects partial dates. Pure zod and types: the renderer imports this through db/api.ts.
import { z } from 'zod';

import { ALL_ROLES, id, method } from './core';
import type {
  AdvocacyStatus,
  AdvocacyType,
  CaseEventKind,
  ClosingReason,
  CourtEventKind,
  DatePrecision,
  ObservationSource,
  DetentionType,
  ReferralChannel,
  ReleaseReason,
  ReviewVerdict,
  SentenceChange,
  SentenceType,
  Urgency,
  WgadOutcome,
} from '../../shared/vocabulary';

/**
 * What an entry records. The order is also the tie-break for entries on the same date, so a day
 * reads as it happened: the referral before the case it opened, an arrest before its charges,
 * a release and the case's closing last.
 */
export const TIMELINE_KINDS = [
  'referral_received',
  'case_opened',
  'arrest',
  'charge',
  'court_event',
  'sentence',
  'observation',
  'advocacy_action',
  'wgad_submitted',
  'wgad_transmitted',
  'wgad_reply_due',
  'wgad_reply_received',
  'wgad_source_comments_sent',
  'wgad_opinion_adopted',
  'wgad_follow_up_due',
  'transfer',
  'visit',
  'health_report',
  'hunger_strike',
  'ill_treatment_allegation',
  'family_contact',
  'status_change',
  'note',
  'task',
  'review',
  'expected_release',
  'release',
  'case_closed',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export type TimelineTable =
  | 'referrals'
  | 'cases'
  | 'detention_episodes'
  | 'charges'
  | 'court_events'
  | 'sentences'
  | 'detention_observations'
  | 'advocacy_actions'
  | 'wgad_petitions'
  | 'case_events'
  | 'tasks'
  | 'reviews';

/** A sentence's length as stored: whole years, months and days, or life. */
export interface SentenceTerm {
  years: number;
  months: number;
  days: number;
  life: boolean;
}

/** The WGAD steps a petition records, each a dated entry of its own. */
export type WgadMilestoneKind = Extract<TimelineKind, `wgad_${string}`>;

/**
 * What one entry says, as facts: vocabulary keys, numbers and the words people typed. The words
 * around them are made where they are shown (the renderer's catalogues, the CLI formatter), never
 * here, so no side ever reads a sentence back.
 */
export type TimelineFacts =
  /** summary: the referrer's account, null when none was written or the caller's role does not read it (staff). */
  | { kind: 'referral_received'; channel: ReferralChannel; urgency: Urgency; summary: string | null }
  | { kind: 'case_opened' }
  | { kind: 'case_closed'; closingReason: ClosingReason | null }
  | { kind: 'arrest'; detentionType: DetentionType; place: string | null; authority: string | null; facility: string | null }
  | { kind: 'release'; releaseReason: ReleaseReason | null }
  | { kind: 'charge'; code: string; article: string; description: string | null }
  | { kind: 'court_event'; courtEventKind: CourtEventKind; court: string | null; outcome: string | null }
  /** change 'overturned' leaves no term in force, though the stored term is still given. */
  | { kind: 'sentence'; change: SentenceChange | null; sentenceType: SentenceType; term: SentenceTerm }
  | { kind: 'expected_release'; term: SentenceTerm }
  /** "Known to be held on DATE": where that was learnt and what the caseworker noted. */
  | { kind: 'observation'; source: ObservationSource; note: string | null }
  | { kind: 'advocacy_action'; advocacyType: AdvocacyType; target: string | null; status: AdvocacyStatus; outcome: string | null }
  | { kind: Exclude<WgadMilestoneKind, 'wgad_opinion_adopted'> }
  | { kind: 'wgad_opinion_adopted'; opinionNumber: string | null; session: string | null; outcome: WgadOutcome }
  /** A case event (note, visit, transfer...): what the caseworker typed. */
  | { kind: CaseEventKind; title: string; body: string | null }
  | { kind: 'task'; title: string; dueOn: string; done: boolean }
  | { kind: 'review'; verdict: ReviewVerdict; comment: string | null };

export interface TimelineEntry {
  kind: TimelineKind;
  /** Partial date; null when unknown (an arrest on an unknown date), listed after the dated ones. */
  date: string | null;
  datePrecision: DatePrecision | null;
  /** What the entry says; null when redacted. facts.kind is always the entry's kind. */
  facts: TimelineFacts | null;
  recordTable: TimelineTable;
  recordId: string;
  confidential: boolean;
  /** Shown without its facts because the caller's role does not see confidential entries. */
  redacted: boolean;
  createdAt: string;
  updatedAt: string;
}

export const timelineApi = {
  'timeline.forCase': method<TimelineEntry[]>()({
    input: z.object({
      caseId: id,
      /** Only these kinds; left out, everything. */
      kinds: z.array(z.enum(TIMELINE_KINDS)).min(1, 'Choose at least one kind').max(TIMELINE_KINDS.length).optional(),
    }),
    access: ALL_ROLES,
    effect: 'read',
  }),
} as const;
