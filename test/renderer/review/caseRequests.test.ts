// The case file shows each request for changes no later sign-off settled, open ones first.
import { describe, expect, it } from 'vitest';

import type { Review } from '../../../db/api';
import { unsettledRequests } from '../../../renderer/src/features/review/caseRequests';

const review = (id: string, reviewedAt: string, verdict: Review['verdict'], answeredAt: string | null = null): Review => ({
  id,
  caseId: 'c',
  supervisorId: 's',
  supervisorName: 'Sofia',
  reviewedAt,
  verdict,
  comment: verdict === 'changes_requested' ? 'Add the lawyer' : null,
  coversUntil: reviewedAt,
  answeredAt,
  answer: null,
});

describe('unsettledRequests', () => {
  it('keeps requests after the last sign-off, open ones first, newest first within each', () => {
    const list = [
      review('old', '2026-01-01T10:00:00Z', 'changes_requested'),
      review('ok', '2026-01-02T10:00:00Z', 'signed_off'),
      review('answered', '2026-01-03T10:00:00Z', 'changes_requested', '2026-01-04T10:00:00Z'),
      review('open', '2026-01-05T10:00:00Z', 'changes_requested'),
    ];
    expect(unsettledRequests(list).map((r) => r.id)).toEqual(['open', 'answered']);
    expect(unsettledRequests([...list, review('later', '2026-01-06T10:00:00Z', 'signed_off')])).toEqual([]);
  });
});
