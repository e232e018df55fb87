// The review queue's search (every script, through the search index), filters, sorts and paging on
// a real vault; the remembered filters; withheld names and restricted caseworkers; the query plan.
import { afterEach, describe, expect, it } from 'vitest';

import { createTestVault, type TestVault } from '../../support/test-vault';

let v: TestVault;
afterEach(() => v?.close());

function open(name: string, countryCode: string, extra: { variant?: string; confidential?: boolean } = {}): string {
  const referral = v.call('referrals.create', {
    receivedOn: '2025-11-20',
    channel: 'family',
    countryCode,
    person: {
      name,
      ...(extra.variant ? { nameVariants: [{ name: extra.variant }] } : {}),
      ...(extra.confidential ? { confidentiality: 'confidential' as const } : {}),
    },
  });
  const decided = v.call('referrals.decide', { id: referral.id, decision: 'accepted' });
  if (decided.caseId === null) throw new Error('no case');
  return decided.caseId;
}

/**
 * Two caseworkers' cases in three countries. On 2026-01-10 the supervisor signs off Kabirov and
 * Alimova; Kabirov then changes; the rest are never reviewed. Today is 2026-03-01.
 */
function setUp() {
  v = createTestVault({ today: '2025-12-01' });
  v.signInAs('supervisor', 'sup');
  const cw1 = v.signInAs('caseworker', 'cw1');
  const kabirov = open('Кабиров Ержан', 'KZ');
  const alimova = open('Alimova Dilnoza', 'UZ');
  v.setToday('2025-12-05');
  const cw2 = v.signInAs('caseworker', 'cw2');
  const ilyashev = open('Ильяшев Марат', 'KZ', { variant: 'Ilyashev Marat' });
  const secret = open('Секретов Тайный', 'KG', { confidential: true });
  v.setToday('2026-01-10');
  v.signInAs('supervisor', 'sup');
  for (const caseId of [kabirov, alimova]) v.call('review.submit', { caseId, verdict: 'signed_off' });
  v.setToday('2026-01-20');
  v.signInAs('caseworker', 'cw1');
  v.call('caseEvents.create', { caseId: kabirov, kind: 'note', title: 'Spoke to the lawyer' });
  v.setToday('2026-03-01');
  v.signInAs('supervisor', 'sup');
  return { cw1, cw2, kabirov, alimova, ilyashev, secret };
}

const ids = (input: Parameters<TestVault['call']>[1] & object) => v.call('review.queue', input as never).rows.map((r) => r.caseId);

describe('review.queue search, filters and sort', () => {
  it('searches names in Cyrillic and in Latin transliteration through the search index', () => {
    const c = setUp();
    expect(ids({ search: 'Кабир' })).toEqual([c.kabirov]);
    // Typed in Latin letters, met through the transliteration key of a Cyrillic-only name.
    expect(ids({ search: 'kabirov' })).toEqual([c.kabirov]);
    // A stored spelling, and its Cyrillic original typed in Cyrillic.
    expect(ids({ search: 'Iliashev' })).toEqual([c.ilyashev]);
    expect(ids({ search: 'Ильяш' })).toEqual([c.ilyashev]);
    expect(ids({ search: 'nobody such' })).toEqual([]);
  });

  it('filters by country, caseworker, reason and age since the last review', () => {
    const c = setUp();
    // Alimova is signed off and unchanged: not in the queue.
    expect(v.call('review.queue', {}).total).toBe(3);
    expect(ids({ countryCode: 'KZ' }).sort()).toEqual([c.kabirov, c.ilyashev].sort());
    expect(ids({ caseworkerId: c.cw2.id }).sort()).toEqual([c.ilyashev, c.secret].sort());
    expect(ids({ reason: 'changed_since_review' })).toEqual([c.kabirov]);
    expect(ids({ reason: 'never_reviewed' }).sort()).toEqual([c.ilyashev, c.secret].sort());
    expect(ids({ age: 'never' }).sort()).toEqual([c.ilyashev, c.secret].sort());
    // Reviewed on 2026-01-10: more than 30 days before 2026-03-01, not more than 90.
    expect(ids({ age: 'over_30' }).sort()).toEqual([c.kabirov, c.ilyashev, c.secret].sort());
    expect(ids({ age: 'over_90' }).sort()).toEqual([c.ilyashev, c.secret].sort());
    expect(ids({ countryCode: 'KZ', reason: 'never_reviewed' })).toEqual([c.ilyashev]);
  });

  it('sorts by the oldest change, the longest unreviewed, name and country, and pages', () => {
    const c = setUp();
    // The changed case waits since what its review covered (its opening, 2025-12-01); the others since opening on 2025-12-05.
    expect(ids({ sort: 'oldest_change' })).toEqual([c.kabirov, c.ilyashev, c.secret]);
    expect(ids({ sort: 'longest_unreviewed' })).toEqual([c.ilyashev, c.secret, c.kabirov]);
    expect(ids({ sort: 'name' })).toEqual([c.ilyashev, c.kabirov, c.secret]);
    expect(ids({ sort: 'country' })).toEqual([c.secret, c.kabirov, c.ilyashev]);
    expect(ids({ sort: 'name', limit: 1, offset: 1 })).toEqual([c.kabirov]);
    expect(v.call('review.queue', { sort: 'name', limit: 1, offset: 1 }).total).toBe(3);
  });

  it('shares the case list\'s rule that a withheld name never matches, and is for overseers only', () => {
    const c = setUp();
    expect(ids({ search: 'Секретов' })).toEqual([c.secret]);
    // Staff may not use the queue; the search's name rule is that of the case list, shared.
    v.signInAs('staff', 'st');
    const listed = v.call('cases.list', { search: 'Секретов' });
    expect(listed.total).toBe(0);
    // The queue is the overseers': staff and caseworkers are refused it.
    expect(v.result('review.queue', {}).ok).toBe(false);
    v.signInAs('caseworker', 'cw1');
    expect(v.result('review.queue', {}).ok).toBe(false);
  });

  it('remembers the filters and sort per user', () => {
    const c = setUp();
    const chosen = { mineOnly: false, search: 'Кабир', countryCode: 'KZ', reason: 'changed_since_review' as const, sort: 'name' as const };
    v.call('preferences.set', { key: 'review.queue', value: chosen });
    expect(v.call('preferences.get', { key: 'review.queue' }).value).toEqual(chosen);
    expect(ids(chosen)).toEqual([c.kabirov]);
    expect(v.result('preferences.set', { key: 'review.queue', value: { sort: 'by_mood' } }).ok).toBe(false);
    // Someone else's choice is their own.
    v.signInAs('supervisor', 'sup2');
    expect(v.call('preferences.get', { key: 'review.queue' }).value).toBeNull();
  });

  it('narrows the open cases through indexes (query plan)', () => {
    setUp();
    const plan = v.sqlite
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM cases WHERE deleted_at IS NULL AND status <> 'closed' AND country_code = ?")
      .all('KZ') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' | ')).toMatch(/USING (COVERING )?INDEX cases_country_status_idx/);
    const byCaseworker = v.sqlite
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM cases WHERE deleted_at IS NULL AND status <> 'closed' AND caseworker_id = ?")
      .all('x') as { detail: string }[];
    expect(byCaseworker.map((p) => p.detail).join(' | ')).toMatch(/USING (COVERING )?INDEX cases_caseworker_idx/);
  });
});
