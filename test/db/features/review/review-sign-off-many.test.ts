// Bulk sign-off on a real vault: only cases unchanged since the queue showed them and without an
// open request for changes are signed off, in one call, one review and one audit entry each; the
// others come back with a reason code.
import { afterEach, describe, expect, it } from 'vitest';

import { auditFor, openCase } from '../../support/fixtures';
import { createTestVault, MISSING_ID, type TestVault } from '../../support/test-vault';

let v: TestVault;
afterEach(() => v?.close());

describe('review.signOffMany', () => {
  it('signs off unchanged cases with one comment and skips a changed one and one with an open request', () => {
    v = createTestVault({ today: '2026-01-05' });
    v.signInAs('supervisor', 'sup');
    v.signInAs('caseworker', 'cw');
    const [a, b, changed, requested] = ['Alpha Person', 'Beta Person', 'Gamma Person', 'Delta Person'].map((name) => openCase(v, { name }).caseId) as [string, string, string, string];
    v.setToday('2026-01-10');
    v.signInAs('supervisor', 'sup');
    v.call('review.submit', { caseId: requested, verdict: 'changes_requested', comment: 'Add the court date' });
    const shown = v.call('review.queue', {}).rows;
    const expected = Object.fromEntries(shown.map((r) => [r.caseId, r.lastActivityAt]));
    expect(Object.keys(expected).sort()).toEqual([a, b, changed].sort());
    expect(shown.every((r) => !r.openRequest)).toBe(true);
    expected[requested] = v.call('review.forCase', { caseId: requested }).lastActivityAt;

    // Meanwhile the caseworker adds a note to one of them.
    v.setToday('2026-01-11');
    v.signInAs('caseworker', 'cw');
    v.call('caseEvents.create', { caseId: changed, kind: 'note', title: 'New lawyer' });
    v.signInAs('supervisor', 'sup');

    const result = v.call('review.signOffMany', { caseIds: [a, b, changed, requested, MISSING_ID], comment: 'Read through, all in order.', expected });
    expect(result.signedOff).toEqual([a, b]);
    expect(result.skipped).toEqual([
      { caseId: changed, reason: 'case_changed' },
      { caseId: requested, reason: 'open_change_request' },
      { caseId: MISSING_ID, reason: 'case_not_found' },
    ]);
    for (const caseId of [a, b]) {
      const review = v.call('review.forCase', { caseId }).lastReview;
      expect(review).toMatchObject({ verdict: 'signed_off', comment: 'Read through, all in order.', supervisorName: 'sup' });
      const audit = auditFor(v, review?.id ?? '');
      expect(audit.map((e) => e.action)).toEqual(['review.signOffMany']);
      // The comment's words stay out of the audit log.
      expect(audit[0]?.changes).not.toContain('Read through');
    }
    expect(v.call('review.forCase', { caseId: changed }).reviews).toHaveLength(0);
    // Signed off, they leave the queue; the changed one stays.
    expect(v.call('review.queue', {}).rows.map((r) => r.caseId)).toEqual([changed]);
  });

  it('is for supervisors, takes at most 200 cases, and records an attempt that signed nothing off', () => {
    v = createTestVault({ today: '2026-01-05' });
    v.signInAs('caseworker', 'cw');
    const { caseId } = openCase(v);
    expect(v.result('review.signOffMany', { caseIds: [caseId], expected: {} }).ok).toBe(false);
    v.signInAs('supervisor', 'sup');
    const tooMany = v.result('review.signOffMany', { caseIds: Array.from({ length: 201 }, () => caseId), expected: {} });
    expect(tooMany.ok).toBe(false);
    const none = v.call('review.signOffMany', { caseIds: [caseId], expected: { [caseId]: '2020-01-01T00:00:00.000Z' } });
    expect(none).toEqual({ signedOff: [], skipped: [{ caseId, reason: 'case_changed' }] });
    const logged = v.sqlite.prepare("SELECT count(*) AS n FROM audit_entries WHERE action = 'review.signOffMany'").get() as { n: number };
    expect(logged.n).toBe(1);
  });
});

