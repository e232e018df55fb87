// Where a search hit leads: a name, spelling or case reference to the case, a charge or facility to its
// detention episode's tab, a note to the notes tab, each with the matched record marked.
import type { SearchHit, SearchKind, TimelineTable } from '../../../../db/api';
import { recordAddress } from '../../shared/caseTabs';

const TABLE_OF: Record<Exclude<SearchKind, 'name' | 'variant' | 'reference'>, TimelineTable> = {
  charge: 'charges',
  facility: 'detention_episodes',
  note: 'case_events',
};

/** The address to open for a hit, or null for a person without a case. */
export function hitAddress(hit: Pick<SearchHit, 'caseId' | 'kind' | 'recordId'>): string | null {
  if (!hit.caseId) return null;
  if (hit.recordId === null || hit.kind === 'name' || hit.kind === 'variant' || hit.kind === 'reference') return `/cases/${encodeURIComponent(hit.caseId)}`;
  return recordAddress(hit.caseId, TABLE_OF[hit.kind], hit.recordId);
}
