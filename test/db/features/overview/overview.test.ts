// The overview on a seeded vault: each count against a direct count of the same rows, the blocks
// each role gets, and a restricted caseworker's counts limited to their own cases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openCase } from '../../support/fixtures';
import { createTestVault, type TestVault } from '../../support/test-vault';

let v: TestVault;
beforeAll(() => {
  v = createTestVault({ today: '2026-01-15' });
  v.call('seed.generate', { cases: 200, seed: 11 });
});
afterAll(() => v?.close());

const count = (sql: string, ...params: string[]): number => (v.sqlite.prepare(sql).get(...params) as { n: number }).n;
const FOCUS = ['KG', 'KZ', 'TJ', 'TM', 'UZ'];

describe('overview.get', () => {
  it('counts open cases, detained and new referrals per focus country as the tables do', () => {
    v.signInAs('supervisor', 'sup');
    const overview = v.call('overview.get', {});
    expect(overview.countries.map((c) => c.countryCode)).toEqual(FOCUS);
    for (const c of overview.countries) {
      const open = "FROM cases WHERE deleted_at IS NULL AND status <> 'closed' AND country_code = ?";
      expect(c.openCases).toBe(count(`SELECT count(*) AS n ${open}`, c.countryCode));
      expect(c.detained).toBe(count(`SELECT count(*) AS n ${open} AND detention_status = 'detained'`, c.countryCode));
      expect(c.newReferrals).toBe(
        count("SELECT count(*) AS n FROM referrals WHERE deleted_at IS NULL AND status IN ('new', 'assessing') AND country_code = ?", c.countryCode),
      );
    }
    expect(overview.countries.reduce((n, c) => n + c.openCases, 0)).toBeGreaterThan(50);
    expect(overview.referrals?.waiting).toBe(count("SELECT count(*) AS n FROM referrals WHERE deleted_at IS NULL AND status IN ('new', 'assessing')"));
    expect(overview.referrals?.urgent).toBe(
      count("SELECT count(*) AS n FROM referrals WHERE deleted_at IS NULL AND status IN ('new', 'assessing') AND urgency = 'urgent'"),
    );
  });

  it("gives a supervisor the cases changed since review, the same as the review queue's reasons", () => {
    v.signInAs('supervisor', 'sup');
    const queue = v.call('review.queue', { limit: 500 });
    const overview = v.call('overview.get', {});
    expect(overview.review?.changed).toBe(queue.rows.filter((r) => r.reasons.includes('changed_since_review')).length);
    expect(overview.review?.neverReviewed).toBe(queue.rows.filter((r) => r.reasons.includes('never_reviewed')).length);
    expect(overview.review?.neverReviewed).toBeGreaterThan(0);
    // Signing one off takes it out of "never reviewed".
    const first = queue.rows.find((r) => r.reasons.includes('never_reviewed') && !r.openRequest);
    if (!first) throw new Error('no case to sign off');
    v.call('review.signOffMany', { caseIds: [first.caseId], expected: { [first.caseId]: first.lastActivityAt } });
    expect(v.call('overview.get', {}).review?.neverReviewed).toBe((overview.review?.neverReviewed ?? 0) - 1);
  });

  it("gives each role its blocks: the caller's own work, referrals for those who take them, review for supervisors", () => {
    v.signInAs('staff', 'st');
    const staff = v.call('overview.get', {});
    expect(staff.referrals).toBeNull();
    expect(staff.review).toBeNull();
    expect(staff.myWork).toEqual({ overdue: 0, dueThisWeek: 0 });
    expect(staff.countries).toHaveLength(5);
    v.signInAsAdmin();
    expect(v.call('overview.get', {})).toMatchObject({ myWork: null, review: null });

    const cw = v.signInAs('caseworker', 'cw');
    const { caseId } = openCase(v, { name: 'Новиков Олег' });
    v.call('tasks.create', { title: 'Call the lawyer', dueOn: '2026-01-13', caseId });
    v.call('tasks.create', { title: 'Send the letter', dueOn: '2026-01-20', caseId });
    v.call('tasks.create', { title: 'Later work', dueOn: '2026-03-20', caseId });
    const mine = v.call('overview.get', {});
    // The same list as the deadlines screen with a seven-day horizon.
    const deadlines = v.call('tasks.deadlines', { scope: 'mine', upcomingDays: 7 });
    expect(mine.myWork).toEqual({ overdue: deadlines.filter((d) => d.standing === 'overdue').length, dueThisWeek: deadlines.filter((d) => d.standing === 'upcoming').length });
    expect(mine.myWork?.overdue).toBeGreaterThanOrEqual(1);
    expect(mine.myWork?.dueThisWeek).toBeGreaterThanOrEqual(1);
    expect(mine.review).toBeNull();
    expect(mine.referrals).not.toBeNull();
    expect(cw.role).toBe('caseworker');
  });

  it("keeps a restricted caseworker's counts to their own and shared cases", () => {
    v.signInAsAdmin();
    v.call('settings.update', { caseworkersOwnCasesOnly: 1 });
    const cw = v.signInAs('caseworker', 'cw');
    const overview = v.call('overview.get', {});
    const kz = overview.countries.find((c) => c.countryCode === 'KZ');
    expect(kz?.openCases).toBe(
      count("SELECT count(*) AS n FROM cases WHERE deleted_at IS NULL AND status <> 'closed' AND country_code = 'KZ' AND caseworker_id = ?", cw.id),
    );
    expect(kz?.openCases).toBe(1);
    v.signInAsAdmin();
    v.call('settings.update', { caseworkersOwnCasesOnly: 0 });
  });
});
