// Detention episodes, charges and court events on a real vault: the date-order and overlap rules
// with partial dates, the case's detentionStatus, cascading deletion, audit entries and roles.
import { afterEach, describe, expect, it } from 'vitest';

import { createTestVault, type TestVault } from '../../support/test-vault';
import { auditFor, detentionStatus, failure, openCase } from '../../support/fixtures';

let v: TestVault;
afterEach(() => v?.close());

function episode(caseId: string, arrestDate: string | null, releaseDate: string | null = null) {
  return v.call('episodes.create', {
    caseId,
    arrestDate,
    releaseDate,
    detentionType: 'pre_trial',
    ...(releaseDate ? { releaseReason: 'sentence_served' as const } : {}),
  });
}

describe('release cannot precede arrest', () => {
  it('refuses a definite order and names both dates', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    const e = failure(() => episode(caseId, '2021-05-10', '2021-05-09'));
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain('9 May 2021');
    expect(e.message).toContain('10 May 2021');
    expect(failure(() => episode(caseId, '2021', '2020-12')).code).toBe('VALIDATION');
  });

  it('accepts orders that partial dates leave uncertain, and the same day', () => {
    v = createTestVault();
    const a = openCase(v, { name: 'A' });
    expect(episode(a.caseId, '2021-05', '2021').releaseDatePrecision).toBe('year');
    const b = openCase(v, { name: 'B' });
    expect(episode(b.caseId, '2021-05-10', '2021-05-10').releaseDate).toBe('2021-05-10');
    const c = openCase(v, { name: 'C' });
    expect(episode(c.caseId, '2021-05-20', '2021-05').arrestDatePrecision).toBe('day');
  });

  it('checks the order on update too, and a reason needs a release date', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    const ep = episode(caseId, '2021-05-10');
    expect(failure(() => v.call('episodes.update', { id: ep.id, releaseDate: '2020' })).code).toBe('VALIDATION');
    expect(failure(() => v.call('episodes.update', { id: ep.id, releaseReason: 'pardon' })).code).toBe('VALIDATION');
    expect(v.call('episodes.update', { id: ep.id, releaseDate: '2022-01', releaseReason: 'pardon' }).releaseDatePrecision).toBe('month');
  });
});

describe('episodes of one person do not overlap', () => {
  it('allows only one open episode', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    const first = episode(caseId, '2020-01');
    const e = failure(() => episode(caseId, '2023-06'));
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toContain('January 2020');
    expect(e.details).toEqual({ reason: 'episode_still_open', params: { arrestDate: '2020-01' }, episodeId: first.id });
  });

  it('refuses only definite overlaps', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    episode(caseId, '2019-03-01', '2020-06-30');
    const e = failure(() => episode(caseId, '2020-02', '2020-12'));
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toMatch(/February 2020.*overlap.*1 March 2019.*30 June 2020/);
    expect(e.details).toMatchObject({ reason: 'episodes_overlap', params: { arrestDate: '2019-03-01' } });
    // Released in June 2020 and arrested again "in 2020": possibly later that year, so allowed.
    expect(episode(caseId, '2020', '2020-12').arrestDatePrecision).toBe('year');
    // Re-arrested at the gate on the day of release.
    const { caseId: other } = openCase(v, { name: 'Other' });
    episode(other, '2018-01-01', '2019-01-01');
    expect(episode(other, '2019-01-01').arrestDate).toBe('2019-01-01');
  });

  it('sees a new open episode that begins inside an earlier closed one as an overlap', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    episode(caseId, '2015', '2018');
    expect(failure(() => episode(caseId, '2016-04')).code).toBe('CONFLICT');
    expect(episode(caseId, '2019-02').releaseDate).toBeNull();
  });

  it('ignores the episode being updated and deleted episodes', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    const ep = episode(caseId, '2020-01', '2020-12');
    expect(v.call('episodes.update', { id: ep.id, releaseDate: '2021-03' }).releaseDate).toBe('2021-03');
    v.call('episodes.delete', { id: ep.id });
    expect(episode(caseId, '2020-06').arrestDate).toBe('2020-06');
  });
});

describe('detentionStatus of the case', () => {
  it('follows the episodes: none, open, all released, deleted', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    expect(detentionStatus(v, caseId)).toBe('not_detained');
    const first = episode(caseId, '2019-01', '2019-08');
    expect(detentionStatus(v, caseId)).toBe('released');
    const second = episode(caseId, '2021-02-14');
    expect(detentionStatus(v, caseId)).toBe('detained');
    v.call('episodes.update', { id: second.id, releaseDate: '2024-02-14', releaseReason: 'amnesty' });
    expect(detentionStatus(v, caseId)).toBe('released');
    v.call('episodes.delete', { id: second.id });
    v.call('episodes.delete', { id: first.id });
    expect(detentionStatus(v, caseId)).toBe('not_detained');
    expect(v.call('episodes.list', { caseId })).toEqual([]);
  });

  it('starts detained when the referral brought detention facts, and lists by arrest date', () => {
    v = createTestVault();
    const { caseId } = openCase(v, { detention: { arrestDate: '2025-11', detentionType: 'pre_trial' } });
    expect(detentionStatus(v, caseId)).toBe('detained');
    episode(caseId, null, '2010');
    episode(caseId, '2012-03', '2013');
    expect(v.call('episodes.list', { caseId }).map((e) => e.arrestDate)).toEqual(['2012-03', '2025-11', null]);
  });
});

describe('charges and court events', () => {
  it('keeps charges per episode, normalising the article', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    const ep = episode(caseId, '2022-01-05');
    const charge = v.call('charges.create', { episodeId: ep.id, code: 'УК РК', article: 'ст. 174', category: 'anti_state_extremism' });
    expect(charge.article).toBe('174');
    v.call('charges.create', { episodeId: ep.id, code: 'УК РК', article: '205.2 part 2', text: 'Justification of terrorism' });
    expect(failure(() => v.call('charges.create', { episodeId: ep.id, code: 'УК РК', article: 'unknown' })).code).toBe('VALIDATION');
    expect(v.call('charges.update', { id: charge.id, text: 'Inciting discord' }).text).toBe('Inciting discord');
    v.call('charges.delete', { id: charge.id });
    expect(v.call('charges.list', { episodeId: ep.id }).map((c) => [c.article, c.category])).toEqual([['205.2 part 2', 'other']]);
  });

  it('lists court events by episode or case in date order, partial dates first within their span', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    const ep = episode(caseId, '2022-01-05');
    v.call('courtEvents.create', { episodeId: ep.id, date: '2022-06-15', kind: 'verdict', court: 'Almaty City Court' });
    v.call('courtEvents.create', { episodeId: ep.id, date: '2022-06', kind: 'trial_hearing' });
    const appeal = v.call('courtEvents.create', { episodeId: ep.id, date: '2022-09-01', kind: 'appeal' });
    expect(appeal).toMatchObject({ caseId, datePrecision: 'day' });
    expect(v.call('courtEvents.list', { caseId }).map((c) => c.date)).toEqual(['2022-06', '2022-06-15', '2022-09-01']);
    expect(v.call('courtEvents.update', { id: appeal.id, date: '2022-10', outcome: 'upheld' }).datePrecision).toBe('month');
    expect(v.call('courtEvents.list', { episodeId: ep.id })).toHaveLength(3);
    expect(failure(() => v.call('courtEvents.list', {})).code).toBe('VALIDATION');
  });

  it('deletes what hangs off an episode with it', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    const ep = episode(caseId, '2022-01-05');
    v.call('charges.create', { episodeId: ep.id, code: 'УК РК', article: '174' });
    v.call('courtEvents.create', { episodeId: ep.id, date: '2022-06-15', kind: 'verdict' });
    v.call('sentences.create', { episodeId: ep.id, type: 'imprisonment', years: 5, startDate: '2022-01-05' });
    v.call('observations.create', { episodeId: ep.id, observedOn: '2023', source: 'import' });
    v.call('episodes.delete', { id: ep.id });
    expect(v.call('observations.list', { caseId })).toEqual([]);
    expect(v.call('courtEvents.list', { caseId })).toEqual([]);
    expect(v.call('sentences.list', { caseId })).toEqual([]);
    expect(failure(() => v.call('charges.list', { episodeId: ep.id })).code).toBe('NOT_FOUND');
    const changes = JSON.parse(auditFor(v, ep.id).at(-1)?.changes ?? '{}') as { removed: unknown };
    expect(changes.removed).toEqual({ charges: 1, courtEvents: 1, sentences: 1, observations: 1 });
  });
});

describe('audit and roles', () => {
  it('writes an audit entry for each change and touches the case', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    const before = v.sqlite.prepare('SELECT last_activity_at AS t FROM cases WHERE id = ?').get(caseId) as { t: string };
    const ep = episode(caseId, '2022-01-05');
    v.call('episodes.update', { id: ep.id, facility: 'SIZO-1' });
    expect(auditFor(v, ep.id).map((a) => a.action)).toEqual(['episode.create', 'episode.update']);
    expect(JSON.parse(auditFor(v, ep.id)[1]?.changes ?? '{}')).toEqual({ facility: [null, 'SIZO-1'] });
    expect(auditFor(v, caseId).map((a) => a.action)).toContain('case.detentionStatus');
    const after = v.sqlite.prepare('SELECT last_activity_at AS t FROM cases WHERE id = ?').get(caseId) as { t: string };
    expect(after.t > before.t).toBe(true);
  });

  it('lets staff read but not write', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    const ep = episode(caseId, '2022-01-05');
    v.signInAs('staff');
    expect(v.call('episodes.list', { caseId })).toHaveLength(1);
    expect(failure(() => episode(caseId, '2010', '2011')).code).toBe('FORBIDDEN');
    expect(failure(() => v.call('charges.create', { episodeId: ep.id, code: 'УК РК', article: '174' })).code).toBe('FORBIDDEN');
    expect(failure(() => v.call('episodes.delete', { id: ep.id })).code).toBe('FORBIDDEN');
  });
});
