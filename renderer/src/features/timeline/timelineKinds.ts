// The kinds of timeline entry in the order a day is read (TIMELINE_KINDS in the contract is
// exported as a type only, so the list is repeated here and checked against it), and the family
// each belongs to, which gives its colour.
import type { TimelineKind } from '../../../../db/api';

export const KINDS = [
  'referral_received',
  'case_opened',
  'arrest',
  'charge',
  'court_event',
  'sentence',
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
] as const satisfies readonly TimelineKind[];

// A compile-time check that no contract kind is missing from the list above.
type Missing = Exclude<TimelineKind, (typeof KINDS)[number]>;
const complete: Missing extends never ? true : false = true;
void complete;

export type KindFamily = 'case' | 'detention' | 'advocacy' | 'event' | 'work';

const DETENTION = new Set<TimelineKind>(['arrest', 'charge', 'court_event', 'sentence', 'expected_release', 'release']);
const CASE = new Set<TimelineKind>(['referral_received', 'case_opened', 'case_closed']);
const WORK = new Set<TimelineKind>(['task', 'review']);

export function familyOf(kind: TimelineKind): KindFamily {
  if (DETENTION.has(kind)) return 'detention';
  if (CASE.has(kind)) return 'case';
  if (WORK.has(kind)) return 'work';
  if (kind === 'advocacy_action' || kind.startsWith('wgad_')) return 'advocacy';
  return 'event';
}

/** Case events (notes, visits...) carry their own typed title; other entries are described by kind. */
export function isCaseEventKind(kind: TimelineKind): boolean {
  return familyOf(kind) === 'event';
}
