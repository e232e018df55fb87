// The kinds of timeline entry in the order a day is read, and the family each belongs to, which
// gives its colour.
import { TIMELINE_KINDS, type TimelineKind } from '../../../db/api';

/** Kinds in the order a day is read, as the contract lists them. */
export const KINDS: readonly TimelineKind[] = TIMELINE_KINDS;

export type KindFamily = 'case' | 'detention' | 'advocacy' | 'event' | 'work';

const DETENTION = new Set<TimelineKind>(['arrest', 'charge', 'court_event', 'sentence', 'observation', 'expected_release', 'release']);
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
