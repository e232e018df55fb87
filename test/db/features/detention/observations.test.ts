// "Known to be held on DATE" observations: added to an episode with the precision of their date,
// listed oldest first per episode or case, refused where they contradict the episode's dates (and
// an episode's new dates refused where they would contradict its observations), soft-deleted,
// audited, written only by those who may edit detention, and shown on the timeline as facts.
import { afterEach, describe, expect, it } from 'vitest';

import { createTestVault, MISSING_ID, type TestVault } from '../../support/test-vault';
import { auditFor, failure, openCase } from '../../support/fixtures';

let v: TestVault;
afterEach(() => v.close());

function episode(caseId: string, arrestDate: string | null, releaseDate: string | null = null) {
  return v.call('episodes.create', {
    caseId, arrestDate, detentionType: 'prison_colony', releaseDate, ...(releaseDate ? { releaseReason: 'amnesty' as const } : {}),
  });
}

describe('observations', () => {
  it('are added with their precision, listed oldest first, and audited', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    const ep = episode(caseId, null);
    const census = v.call('observations.create', { episodeId: ep.id, observedOn: '2023', source: 'import', note: 'Census 2023' });
    const visit = v.call('observations.create', { episodeId: ep.id, observedOn: '2022-11-03', source: 'visit' });
    expect(census).toMatchObject({ episodeId: ep.id, observedOn: '2023', observedOnPrecision: 'year', source: 'import', note: 'Census 2023' });
    expect(visit).toMatchObject({ observedOnPrecision: 'day', note: null });
    expect(v.call('observations.list', { caseId }).map((o) => o.observedOn)).toEqual(['2022-11-03', '2023']);
    expect(v.call('observations.list', { episodeId: ep.id })).toHaveLength(2);
    expect(auditFor(v, census.id).map((a) => a.action)).toEqual(['observation.create']);
    expect(JSON.parse(auditFor(v, census.id)[0]?.changes ?? '{}')).toMatchObject({ observedOn: [null, '2023'], source: [null, 'import'] });
  });

  it('refuse a date certainly before the arrest or after the release, with a reason', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    const ep = episode(caseId, '2021-05', '2023-02-10');
    // "2021" may be May 2021 or later, and "2023" may be before 10 February: both accepted.
    v.call('observations.create', { episodeId: ep.id, observedOn: '2021', source: 'report' });
    v.call('observations.create', { episodeId: ep.id, observedOn: '2023', source: 'report' });
    const early = failure(() => v.call('observations.create', { episodeId: ep.id, observedOn: '2021-04-30', source: 'visit' }));
    expect(early.code).toBe('VALIDATION');
    expect(early.details).toMatchObject({ reason: 'observation_before_arrest', params: { observedOn: '2021-04-30' }, issues: { observedOn: { reason: 'observation_before_arrest' } } });
    const late = failure(() => v.call('observations.create', { episodeId: ep.id, observedOn: '2023-03', source: 'visit' }));
    expect(late.details).toMatchObject({ reason: 'observation_after_release' });
    expect(failure(() => v.call('observations.create', { episodeId: ep.id, observedOn: '2023-13', source: 'visit' })).code).toBe('VALIDATION');
    expect(failure(() => v.call('observations.create', { episodeId: ep.id, observedOn: '2022', source: 'rumour' as 'other' })).code).toBe('VALIDATION');
    expect(failure(() => v.call('observations.create', { episodeId: MISSING_ID, observedOn: '2022', source: 'other' })).code).toBe('NOT_FOUND');
    // Nothing half-written: the two accepted ones only.
    expect(v.call('observations.list', { episodeId: ep.id })).toHaveLength(2);
  });

  it('keep an episode from moving its dates past them', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    const ep = episode(caseId, null);
    v.call('observations.create', { episodeId: ep.id, observedOn: '2022-06-01', source: 'court_hearing' });
    expect(failure(() => v.call('episodes.update', { id: ep.id, arrestDate: '2022-07-01' })).details).toMatchObject({ reason: 'observation_before_arrest' });
    expect(failure(() => v.call('episodes.update', { id: ep.id, releaseDate: '2022-05', releaseReason: 'pardon' })).details).toMatchObject({
      reason: 'observation_after_release',
    });
    expect(v.call('episodes.update', { id: ep.id, arrestDate: '2022' }).arrestDate).toBe('2022');
  });

  it('are soft-deleted, audited, and left out of lists and timelines', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    const ep = episode(caseId, '2020');
    const o = v.call('observations.create', { episodeId: ep.id, observedOn: '2024', source: 'import', note: 'List of 2024' });
    const timeline = v.call('timeline.forCase', { caseId, kinds: ['observation'] });
    // Facts for the renderer to word: the kind, the date, the source and the note.
    expect(timeline).toMatchObject([
      { kind: 'observation', date: '2024', datePrecision: 'year', recordTable: 'detention_observations', recordId: o.id, facts: { kind: 'observation', source: 'import', note: 'List of 2024' } },
    ]);
    expect(v.call('observations.delete', { id: o.id })).toEqual({ id: o.id });
    expect(v.call('observations.list', { caseId })).toEqual([]);
    expect(v.call('timeline.forCase', { caseId, kinds: ['observation'] })).toEqual([]);
    expect(failure(() => v.call('observations.delete', { id: o.id })).code).toBe('NOT_FOUND');
    expect(auditFor(v, o.id).map((a) => a.action)).toEqual(['observation.create', 'observation.delete']);
    const row = v.sqlite.prepare('SELECT deleted_at FROM detention_observations WHERE id = ?').get(o.id) as { deleted_at: string | null };
    expect(row.deleted_at).not.toBeNull();
  });

  it('are written by caseworkers, supervisors and administrators, and read by everyone', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    const ep = episode(caseId, null);
    v.signInAs('staff');
    expect(failure(() => v.call('observations.create', { episodeId: ep.id, observedOn: '2024', source: 'import' })).code).toBe('FORBIDDEN');
    expect(v.call('observations.list', { caseId })).toEqual([]);
    v.signInAs('supervisor');
    const o = v.call('observations.create', { episodeId: ep.id, observedOn: '2024', source: 'import' });
    v.signInAs('staff');
    expect(failure(() => v.call('observations.delete', { id: o.id })).code).toBe('FORBIDDEN');
  });
});
