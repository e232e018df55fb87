// Splits the deadline list into what is overdue, what is coming up and anything further off, keeping
// the backend's order (by due date) inside each group.
import type { DeadlineEntry } from '../../../../db/api';

export interface DeadlineGroups {
  overdue: DeadlineEntry[];
  upcoming: DeadlineEntry[];
  /** Further off than the upcoming horizon; the backend leaves these out today, but may not always. */
  later: DeadlineEntry[];
}

export function groupDeadlines(entries: readonly DeadlineEntry[]): DeadlineGroups {
  const groups: DeadlineGroups = { overdue: [], upcoming: [], later: [] };
  for (const entry of entries) {
    const standing: string = entry.standing;
    if (standing === 'overdue') groups.overdue.push(entry);
    else if (standing === 'upcoming') groups.upcoming.push(entry);
    else groups.later.push(entry);
  }
  return groups;
}
