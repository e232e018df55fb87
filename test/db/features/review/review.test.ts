// Supervisor review on a real vault: the queue's reasons and order, entries marked as changed
// since the last review, who may review and answer, requested changes until answered or settled,
// reviews leaving the case's activity time alone, audit entries, and deadlines by caseworker.
import { afterEach, describe, expect, it } from 'vitest';

import { createTestVault, type TestVault } from '../../support/test-vault';
import { auditFor, failure, openCase } from '../../support/fixtures';

let v: TestVault;
afterEach(() => v?.close());

function lastActivity(caseId: string): string {
  return (v.sqlite.prepare('SELECT last_activity_at AS at FROM cases WHERE id = ?').get(caseId) as { at: string }).at;
}

/**
 * Four cases of one caseworker, opened on different days. On 2026-01-10 the supervisor signs off
 * A, B and C; B then gets an edit, C a task that falls overdue; D is never reviewed. Today is 2026-01-15.
 */
function setUp() {
  v = createTestVault({ today: '2025-12-01' });
  const supervisor = v.signInAs('supervisor', 'sup');
  const caseworker = v.signInAs('caseworker', 'cw');
  const open = (name: string, day: string) => {
    v.setToday(day);
    return openCase(v, { name, receivedOn: '2025-11-20' });
  };
  const a = open('Alpha Person', '2025-12-01');
  const b = open('Beta Person', '2025-12-05');
  const c = open('Gamma Person', '2025-12-10');
  const d = open('Delta Person', '2025-12-20');
  v.setToday('2026-01-10');
  const note = v.call('caseEvents.create', { caseId: b.caseId, kind: 'note', date: '2025-12-06', title: 'Spoke to the mother' });
  const task = v.call('tasks.create', { title: 'Ask for the verdict text', dueOn: '2026-01-12', caseId: c.caseId });
  v.signInAs('supervisor', 'sup');
  for (const opened of [a, b, c]) v.call('review.submit', { caseId: opened.caseId, verdict: 'signed_off' });
  v.setToday('2026-01-12');
  v.signInAs('caseworker', 'cw');
  v.call('caseEvents.update', { id: note.id, title: 'Spoke to the mother and the lawyer' });
  v.setToday('2026-01-15');
  return { supervisor, caseworker, a, b, c, d, note, task };
}

describe('review.queue', () => {
  it('lists never reviewed, changed and overdue cases with their reasons, oldest first', () => {
    const { supervisor, b, c, d } = setUp();
    expect(failure(() => v.call('review.queue', {})).code).toBe('FORBIDDEN');
    v.signInAs('supervisor', 'sup');
    const queue = v.call('review.queue', {});
    expect(queue.total).toBe(3);
    expect(queue.rows.map((r) => [r.caseId, r.reasons])).toEqual([
      [d.caseId, ['never_reviewed']],
      [b.caseId, ['changed_since_review']],
      [c.caseId, ['overdue_work']],
    ]);
    expect(queue.rows[0]).toMatchObject({ personName: 'Delta Person', countryCode: 'KZ', caseworkerName: 'cw', openedOn: '2025-12-20', lastReviewedAt: null });
    expect(queue.rows[2]).toMatchObject({ overdueCount: 1, waitingSince: '2026-01-12' });
    // B waits since the end of what its review covered (the note added on 2026-01-10).
    expect(queue.rows[1]?.waitingSince.slice(0, 10)).toBe('2026-01-10');
    expect(v.call('review.queue', { limit: 1, offset: 1 }).rows.map((r) => r.caseId)).toEqual([b.caseId]);
    // Only the cases this supervisor is named on, when asked.
    expect(v.call('review.queue', { mineOnly: true }).total).toBe(0);
    v.signInAsAdmin();
    v.call('cases.assign', { id: c.caseId, supervisorId: supervisor.id });
    v.signInAs('supervisor', 'sup');
    expect(v.call('review.queue', { mineOnly: true }).rows.map((r) => r.caseId)).toEqual([c.caseId]);
  });
});

describe('review.forCase', () => {
  it('marks what was added or changed since the latest review, and everything when never reviewed', () => {
    const { b, d, note } = setUp();
    v.signInAs('supervisor', 'sup');
    const review = v.call('review.forCase', { caseId: b.caseId });
    const marks = review.entries.map((e) => [e.kind, e.recordId === note.id, e.changedSinceReview]);
    expect(marks).toEqual([
      ['referral_received', false, false],
      ['case_opened', false, false],
      ['note', true, true],
      ['review', false, false],
    ]);
    expect(review.reviews).toHaveLength(1);
    expect(review.lastReview).toMatchObject({ verdict: 'signed_off', supervisorName: 'sup' });
    expect(review).toMatchObject({ personName: 'Beta Person', caseworkerName: 'cw' });
    expect(v.call('review.forCase', { caseId: d.caseId }).entries.every((e) => e.changedSinceReview)).toBe(true);
  });
});

describe('review.submit', () => {
  it('is for supervisors only, needs a comment to request changes, is audited and leaves the case unchanged', () => {
    const { d } = setUp();
    expect(failure(() => v.call('review.submit', { caseId: d.caseId, verdict: 'signed_off' })).code).toBe('FORBIDDEN');
    v.signInAsAdmin();
    expect(failure(() => v.call('review.submit', { caseId: d.caseId, verdict: 'signed_off' })).code).toBe('FORBIDDEN');
    v.signInAs('supervisor', 'sup');
    const missing = failure(() => v.call('review.submit', { caseId: d.caseId, verdict: 'changes_requested', comment: '  ' }));
    expect(missing.code).toBe('VALIDATION');
    expect(missing.details).toMatchObject({ fields: { comment: 'Say what should change' } });
    expect(missing.details).toMatchObject({ reason: 'invalid_fields' });
    const before = lastActivity(d.caseId);
    const review = v.call('review.submit', { caseId: d.caseId, verdict: 'changes_requested', comment: 'Add the arrest date' });
    expect(review).toMatchObject({ verdict: 'changes_requested', comment: 'Add the arrest date', coversUntil: before, answeredAt: null });
    expect(lastActivity(d.caseId)).toBe(before);
    expect(auditFor(v, review.id).map((a) => a.action)).toEqual(['review.submit']);
    expect(v.call('review.queue', {}).rows.map((r) => r.caseId)).not.toContain(d.caseId);
  });
});

describe('review.requestedChanges and review.answer', () => {
  it("shows open requests to the case's caseworker until answered, and only they or an administrator answer", () => {
    const { d } = setUp();
    v.signInAs('supervisor', 'sup');
    const review = v.call('review.submit', { caseId: d.caseId, verdict: 'changes_requested', comment: 'Add the arrest date' });
    expect(v.call('review.requestedChanges', {})).toEqual([]);
    v.signInAs('caseworker', 'other');
    expect(v.call('review.requestedChanges', {})).toEqual([]);
    expect(failure(() => v.call('review.answer', { reviewId: review.id })).code).toBe('FORBIDDEN');
    v.signInAs('caseworker', 'cw');
    expect(v.call('review.requestedChanges', {})).toMatchObject([{ id: review.id, personName: 'Delta Person', comment: 'Add the arrest date' }]);
    const before = lastActivity(d.caseId);
    const answered = v.call('review.answer', { reviewId: review.id, comment: 'Added' });
    expect(answered).toMatchObject({ answer: 'Added' });
    expect(answered.answeredAt).not.toBeNull();
    // The words of the request and the answer live in the review, never in the audit log.
    const audited = v.sqlite.prepare("SELECT changes FROM audit_entries WHERE action LIKE 'review.%'").all() as { changes: string }[];
    expect(audited.length).toBeGreaterThanOrEqual(2);
    expect(audited.filter((a) => a.changes.includes('Added') || a.changes.includes('Add the arrest date'))).toEqual([]);
    expect(lastActivity(d.caseId)).toBe(before);
    expect(v.call('review.requestedChanges', {})).toEqual([]);
    expect(failure(() => v.call('review.answer', { reviewId: review.id })).details).toEqual({ reason: 'review_already_answered' });
    v.signInAs('supervisor', 'sup');
    expect(v.call('review.queue', {}).rows.find((r) => r.caseId === d.caseId)).toMatchObject({ reasons: ['request_answered'], waitingSince: answered.answeredAt });
    v.signInAs('caseworker', 'cw');
    const audit = auditFor(v, review.id);
    expect(audit.map((a) => a.action)).toEqual(['review.submit', 'review.answer']);
    expect(JSON.parse(audit[1]?.changes ?? '{}')).toMatchObject({ answer: 'changed' });
  });

  it('drops a request once a later sign-off settles it', () => {
    const { d } = setUp();
    v.signInAs('supervisor', 'sup');
    v.call('review.submit', { caseId: d.caseId, verdict: 'changes_requested', comment: 'Add the arrest date' });
    v.call('review.submit', { caseId: d.caseId, verdict: 'signed_off' });
    v.signInAs('caseworker', 'cw');
    expect(v.call('review.requestedChanges', { caseId: d.caseId })).toEqual([]);
  });
});

describe('review.deadlinesByCaseworker', () => {
  it("groups the organisation's deadlines by who must act", () => {
    const { caseworker, task } = setUp();
    expect(failure(() => v.call('review.deadlinesByCaseworker', {})).code).toBe('FORBIDDEN');
    v.signInAs('supervisor', 'sup');
    const groups = v.call('review.deadlinesByCaseworker', {});
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ caseworkerId: caseworker.id, caseworkerName: 'cw', overdue: 1, upcoming: 0 });
    expect(groups[0]?.entries.map((e) => e.recordId)).toEqual([task.id]);
  });
});
