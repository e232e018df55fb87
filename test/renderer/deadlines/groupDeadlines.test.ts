// Deadlines fall into Overdue, Upcoming and (should the backend ever send them) Later, in order.
import { describe, expect, it } from 'vitest';

import type { DeadlineEntry } from '../../../db/api';
import { groupDeadlines } from '../../../renderer/src/features/deadlines/groupDeadlines';

function entry(recordId: string, standing: string, due: string): DeadlineEntry {
  return { kind: 'task', standing: standing as DeadlineEntry['standing'], due, daysLeft: 0, facts: { kind: 'task', title: recordId }, caseId: null, caseReference: null, personName: null, recordId, taskId: recordId, assigneeId: null };
}

describe('groupDeadlines', () => {
  it('keeps the given order within each group', () => {
    const groups = groupDeadlines([entry('a', 'overdue', '2024-01-01'), entry('b', 'upcoming', '2024-02-01'), entry('c', 'overdue', '2024-01-05'), entry('d', 'later', '2025-01-01')]);
    expect(groups.overdue.map((e) => e.recordId)).toEqual(['a', 'c']);
    expect(groups.upcoming.map((e) => e.recordId)).toEqual(['b']);
    expect(groups.later.map((e) => e.recordId)).toEqual(['d']);
  });
});
