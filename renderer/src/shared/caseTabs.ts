// The tabs of a case file and which tab holds each kind of record, so the timeline can open the
// record an entry came from (/cases/:id?tab=detention&record=<id>).
import type { TimelineTable } from '../../../db/api';

export const CASE_TABS = ['person', 'detention', 'advocacy', 'events', 'tasks', 'files'] as const;
export type CaseTab = (typeof CASE_TABS)[number];

export function isCaseTab(value: string | null): value is CaseTab {
  return value !== null && (CASE_TABS as readonly string[]).includes(value);
}

const TAB_OF: Record<TimelineTable, CaseTab> = {
  referrals: 'person',
  cases: 'person',
  detention_episodes: 'detention',
  charges: 'detention',
  court_events: 'detention',
  sentences: 'detention',
  detention_observations: 'detention',
  advocacy_actions: 'advocacy',
  wgad_petitions: 'advocacy',
  case_events: 'events',
  tasks: 'tasks',
  reviews: 'person',
};

/** The address of a record inside its case file. */
export function recordAddress(caseId: string, table: TimelineTable, recordId: string): string {
  const tab = TAB_OF[table];
  const withRecord = table === 'referrals' || table === 'cases' || table === 'reviews' ? '' : `&record=${encodeURIComponent(recordId)}`;
  return `/cases/${encodeURIComponent(caseId)}?tab=${tab}${withRecord}`;
}
