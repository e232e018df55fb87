// Contract slice: a case's timeline, everything on the case in one chronological list that
// respects partial dates. Pure zod and types: the renderer imports this through db/api.ts.
import { z } from 'zod';

import { ALL_ROLES, id, method } from './core';
import type { DatePrecision, ObservationSource } from './vocabulary';

/** The facts of an 'observation' entry ("known to be held on DATE"), worded by the renderer. */
export interface ObservationFacts {
  source: ObservationSource;
  note: string | null;
}

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

export interface TimelineEntry {
  kind: TimelineKind;
  /** Partial date; null when unknown (an arrest on an unknown date), listed after the dated ones. */
  date: string | null;
  datePrecision: DatePrecision | null;
  /** Short English; the UI translates by kind and falls back to this. */
  title: string;
  detail: string | null;
  recordTable: TimelineTable;
  recordId: string;
  confidential: boolean;
  /** Shown without its text because the caller's role does not see confidential entries. */
  redacted: boolean;
  /** Present on 'observation' entries only. */
  observation?: ObservationFacts;
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
