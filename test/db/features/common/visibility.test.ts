// "Caseworkers see only their own cases and those shared with them" on a real vault: with the
// setting on, another caseworker's case is NOT_FOUND on every direct read and absent from every list,
// search and count; a grant brings one back; with the setting off (the default) nothing changes.
import { afterEach, describe, expect, it } from 'vitest';

import { createTestVault, failure, type TestVault } from '../../support/test-vault';
import { openCase } from '../../support/fixtures';

let v: TestVault;
afterEach(() => v?.close());

const DETENTION = { arrestDate: '2025-10-10', place: 'Almaty', authority: null, detentionType: 'pre_trial' as const, facility: null };

function setUp() {
  v = createTestVault({ today: '2026-01-15' });
  const me = v.signInAs('caseworker', 'amina');
  const other = v.signInAs('caseworker', 'bolat');
  v.signInAsAdmin();
  const mine = openCase(v, { name: 'Асель Моя', caseworkerId: me.id, detention: DETENTION });
  const hidden = openCase(v, { name: 'Галым Чужой', caseworkerId: other.id, detention: DETENTION });
  const shared = openCase(v, { name: 'Данияр Общий', caseworkerId: other.id, detention: DETENTION });
  v.call('cases.grants.add', { caseId: shared.caseId, userId: me.id });
  // Work on the hidden case that would otherwise reach me: a task given to me, a note, a review.
  v.call('tasks.create', { title: 'Visit Galym', dueOn: '2026-01-20', caseId: hidden.caseId, assigneeId: me.id });
  v.call('caseEvents.create', { caseId: hidden.caseId, kind: 'note', title: 'Galym was moved' });
  const episode = v.call('episodes.list', { caseId: hidden.caseId })[0];
  if (!episode) throw new Error('no episode');
  return { me, other, mine, hidden, shared, episode };
}

function restrict(on: boolean): void {
  v.signInAsAdmin();
  v.call('settings.update', { caseworkersOwnCasesOnly: on ? 1 : 0 });
  v.signInAs('caseworker', 'amina');
}

/** What "amina" can reach of the hidden case through lists and search. */
function listed(hidden: { caseId: string; personId: string }) {
  const text = JSON.stringify([
    v.call('cases.list', {}),
    v.call('search.query', { q: 'Галым' }),
    v.call('search.query', { q: 'Almaty' }),
    v.call('tasks.list', {}),
    v.call('tasks.deadlines', {}),
    v.call('referrals.list', { status: ['accepted'] }),
    v.call('review.requestedChanges', {}),
    v.call('people.possibleDuplicates', { name: 'Галым Чужой' }),
  ]);
  return { cases: v.call('cases.list', {}).total, mentionsHidden: text.includes(hidden.caseId) || text.includes(hidden.personId) || text.includes('Галым') };
}

describe('caseworkersOwnCasesOnly', () => {
  it('is off by default: every caseworker sees every case', () => {
    const { hidden } = setUp();
    expect(v.call('settings.get', {}).caseworkersOwnCasesOnly).toBe(0);
    v.signInAs('caseworker', 'amina');
    expect(listed(hidden)).toEqual({ cases: 3, mentionsHidden: true });
    expect(v.call('cases.get', { id: hidden.caseId }).person.name).toBe('Галым Чужой');
  });

  it('on, hides other caseworkers\' cases from every read, and keeps own and shared ones', () => {
    const { hidden, mine, shared, episode, other } = setUp();
    restrict(true);
    expect(listed(hidden)).toEqual({ cases: 2, mentionsHidden: false });
    expect(v.call('cases.list', { sort: 'name' }).rows.map((r) => r.personName)).toEqual(['Асель Моя', 'Данияр Общий']);
    expect(v.call('cases.list', { caseworkerId: other.id }).rows.map((r) => r.caseId)).toEqual([shared.caseId]);
    expect(v.call('cases.get', { id: shared.caseId }).person.name).toBe('Данияр Общий');
    expect(v.call('timeline.forCase', { caseId: mine.caseId }).length).toBeGreaterThan(0);

    const reads: [string, () => unknown][] = [
      ['cases.get', () => v.call('cases.get', { id: hidden.caseId })],
      ['people.get', () => v.call('people.get', { id: hidden.personId })],
      ['referrals.get', () => v.call('referrals.get', { id: hidden.referralId })],
      ['timeline.forCase', () => v.call('timeline.forCase', { caseId: hidden.caseId })],
      ['episodes.list', () => v.call('episodes.list', { caseId: hidden.caseId })],
      ['charges.list', () => v.call('charges.list', { episodeId: episode.id })],
      ['caseEvents.list', () => v.call('caseEvents.list', { caseId: hidden.caseId })],
      ['advocacy.list', () => v.call('advocacy.list', { caseId: hidden.caseId })],
      ['observations.list', () => v.call('observations.list', { caseId: hidden.caseId })],
      ['sentences.list', () => v.call('sentences.list', { caseId: hidden.caseId })],
      ['courtEvents.list', () => v.call('courtEvents.list', { caseId: hidden.caseId })],
      ['review.forCase', () => v.call('review.forCase', { caseId: hidden.caseId })],
      ['contacts.list', () => v.call('contacts.list', { personId: hidden.personId })],
      // Writes go the same way: a case one cannot see cannot be changed either.
      ['caseEvents.create', () => v.call('caseEvents.create', { caseId: hidden.caseId, kind: 'note', title: 'x' })],
      ['cases.updateStatus', () => v.call('cases.updateStatus', { id: hidden.caseId, status: 'monitoring' })],
    ];
    expect(reads.map(([name, read]) => [name, failure(read).code])).toEqual(reads.map(([name]) => [name, 'NOT_FOUND']));
    // Reports are not a caseworker's to run at all.
    expect(failure(() => v.call('reports.country', { from: '2025-10-01', to: '2025-12-31' })).code).toBe('FORBIDDEN');
  });

  it('follows the grants: revoking one hides the shared case, and off brings everything back', () => {
    const { hidden, shared, me } = setUp();
    restrict(true);
    expect(v.call('cases.get', { id: shared.caseId }).id).toBe(shared.caseId);
    v.signInAsAdmin();
    v.call('cases.grants.remove', { caseId: shared.caseId, userId: me.id });
    v.signInAs('caseworker', 'amina');
    expect(failure(() => v.call('cases.get', { id: shared.caseId })).code).toBe('NOT_FOUND');
    expect(v.call('cases.list', {}).total).toBe(1);
    restrict(false);
    expect(listed(hidden)).toEqual({ cases: 3, mentionsHidden: true });
  });

  it('never limits supervisors, administrators or staff', () => {
    const { hidden } = setUp();
    restrict(true);
    for (const role of ['supervisor', 'staff'] as const) {
      v.signInAs(role);
      expect(v.call('cases.list', {}).total).toBe(3);
      expect(v.call('cases.get', { id: hidden.caseId }).id).toBe(hidden.caseId);
    }
    v.signInAs('supervisor');
    expect(v.call('reports.country', { from: '2025-10-01', to: '2025-12-31' }).sections[0]?.people).toHaveLength(3);
  });

  it('is checked like every setting: 0 or 1 only', () => {
    setUp();
    expect(failure(() => v.call('settings.update', { caseworkersOwnCasesOnly: 2 })).code).toBe('VALIDATION');
  });
});
