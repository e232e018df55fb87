// Sentences on a real vault: expected release by the calendar convention of db/features/detention/sentence.ts
// (29 February starts, partial starts, credit), and the supersession chain of later changes.
import { afterEach, describe, expect, it } from 'vitest';

import type { Input } from '../../../../db/api';
import { createTestVault, type TestVault } from '../../support/test-vault';
import { auditFor, failure, openCase } from '../../support/fixtures';

let v: TestVault;
afterEach(() => v?.close());

function setUp() {
  v = createTestVault();
  const { caseId } = openCase(v);
  const episode = v.call('episodes.create', { caseId, arrestDate: '2019-11', detentionType: 'prison_colony' });
  return { caseId, episodeId: episode.id };
}

function sentence(episodeId: string, over: Partial<Input<'sentences.create'>> = {}) {
  return v.call('sentences.create', { episodeId, type: 'imprisonment', startDate: '2020-02-29', ...over });
}

describe('expected release', () => {
  it('counts from 29 February by years, then months, then days, less the credit', () => {
    const { episodeId } = setUp();
    expect(sentence(episodeId, { years: 1 })).toMatchObject({ expectedRelease: '2021-02-28', expectedReleasePrecision: 'day' });
    expect(sentence(episodeId, { years: 4 }).expectedRelease).toBe('2024-02-29');
    expect(sentence(episodeId, { years: 1, creditDays: 10 }).expectedRelease).toBe('2021-02-18');
    expect(sentence(episodeId, { years: 2, months: 6 }).expectedRelease).toBe('2022-08-28');
    expect(sentence(episodeId, { startDate: '2021-01-31', months: 1 }).expectedRelease).toBe('2021-02-28');
  });

  it('keeps only the precision a partial start allows', () => {
    const { episodeId } = setUp();
    expect(sentence(episodeId, { startDate: '2020-02', years: 2 })).toMatchObject({ expectedRelease: '2022-02', expectedReleasePrecision: 'month' });
    expect(sentence(episodeId, { startDate: '2020', years: 7 })).toMatchObject({ expectedRelease: '2027', expectedReleasePrecision: 'year' });
  });

  it('has none for life, an unknown start, an unknown term or a non-custodial sentence', () => {
    const { episodeId } = setUp();
    expect(sentence(episodeId, { life: true }).expectedRelease).toBeNull();
    expect(sentence(episodeId, { startDate: null, years: 3 }).expectedRelease).toBeNull();
    expect(sentence(episodeId, {}).expectedRelease).toBeNull();
    expect(sentence(episodeId, { type: 'fine' }).expectedRelease).toBeNull();
    expect(sentence(episodeId, { type: 'suspended', years: 2 }).expectedRelease).toBeNull();
  });

  it('flags a credit longer than the term and recomputes on update', () => {
    const { episodeId } = setUp();
    const s = sentence(episodeId, { months: 2, creditDays: 100 });
    expect(s).toMatchObject({ expectedRelease: '2020-02-29', creditExceedsTerm: true });
    const updated = v.call('sentences.update', { id: s.id, years: 3, months: 0, creditDays: 31 });
    expect(updated).toMatchObject({ expectedRelease: '2023-01-28', creditExceedsTerm: false });
    expect(failure(() => v.call('sentences.update', { id: s.id, years: -1 })).code).toBe('VALIDATION');
    expect(failure(() => v.call('sentences.update', { id: s.id, years: 250 })).code).toBe('VALIDATION');
  });
});

describe('supersession', () => {
  it('chains changes, carrying the start and credit over, and lists which one is current', () => {
    const { caseId, episodeId } = setUp();
    const original = sentence(episodeId, { years: 7, creditDays: 90, handedDownOn: '2020-02-29' });
    const appeal = sentence(episodeId, { supersedesId: original.id, change: 'appeal_reduced', years: 5, startDate: undefined, handedDownOn: '2020-06' });
    expect(appeal).toMatchObject({ startDate: '2020-02-29', creditDays: 90, expectedRelease: '2024-11-30', supersedesId: original.id });
    const amnesty = sentence(episodeId, { supersedesId: appeal.id, change: 'amnesty', years: 3, handedDownOn: '2021-12' });
    const listed = v.call('sentences.list', { caseId });
    expect(listed.map((s) => [s.id, s.current])).toEqual([
      [original.id, false],
      [appeal.id, false],
      [amnesty.id, true],
    ]);
    expect(listed[1]).toMatchObject({ supersedes: { id: original.id, years: 7 }, supersededBy: { id: amnesty.id, change: 'amnesty' } });
    expect(auditFor(v, original.id).map((a) => a.action)).toEqual(['sentence.create', 'sentence.supersede']);
  });

  it('refuses to supersede a sentence twice, across episodes, or without saying how', () => {
    const { caseId, episodeId } = setUp();
    const original = sentence(episodeId, { years: 7 });
    sentence(episodeId, { supersedesId: original.id, change: 'pardon', years: 2 });
    const twice = failure(() => sentence(episodeId, { supersedesId: original.id, change: 'amnesty', years: 1 }));
    expect(twice.code).toBe('CONFLICT');
    expect(twice.details).toMatchObject({ reason: 'sentence_already_changed' });
    v.call('episodes.update', { id: episodeId, releaseDate: '2022', releaseReason: 'pardon' });
    const later = v.call('episodes.create', { caseId, arrestDate: '2023-05', detentionType: 'pre_trial' });
    const across = failure(() => sentence(later.id, { supersedesId: sentence(episodeId, { years: 1 }).id, change: 'commuted' }));
    expect(across.code).toBe('VALIDATION');
    expect(across.details).toMatchObject({ reason: 'supersedes_other_episode', issues: { supersedesId: { reason: 'other_episode' } } });
    expect(failure(() => sentence(episodeId, { supersedesId: original.id })).code).toBe('VALIDATION');
    expect(failure(() => sentence(episodeId, { change: 'pardon' })).code).toBe('VALIDATION');
  });

  it('gives an overturned sentence no release and leaves nothing current', () => {
    const { episodeId } = setUp();
    const original = sentence(episodeId, { years: 4 });
    const overturned = sentence(episodeId, { supersedesId: original.id, change: 'overturned' });
    expect(overturned.expectedRelease).toBeNull();
    expect(v.call('sentences.list', { episodeId }).filter((s) => s.current)).toEqual([]);
  });

  it('deletes from the end of the chain only, putting the earlier sentence back in force', () => {
    const { episodeId } = setUp();
    const original = sentence(episodeId, { years: 4 });
    const appeal = sentence(episodeId, { supersedesId: original.id, change: 'appeal_reduced', years: 3 });
    expect(failure(() => v.call('sentences.delete', { id: original.id })).details).toMatchObject({ reason: 'sentence_changed_later', supersededById: appeal.id });
    v.call('sentences.delete', { id: appeal.id });
    const listed = v.call('sentences.list', { episodeId });
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: original.id, current: true, supersededById: null, supersededBy: null });
    expect(auditFor(v, original.id).map((a) => a.action)).toContain('sentence.unsupersede');
  });

  it('ties a sentence to a court event of its own episode only', () => {
    const { caseId, episodeId } = setUp();
    const verdict = v.call('courtEvents.create', { episodeId, date: '2020-02-28', kind: 'verdict' });
    expect(sentence(episodeId, { years: 1, courtEventId: verdict.id }).courtEventId).toBe(verdict.id);
    v.call('episodes.update', { id: episodeId, releaseDate: '2021', releaseReason: 'sentence_served' });
    const later = v.call('episodes.create', { caseId, arrestDate: '2023-05', detentionType: 'pre_trial' });
    expect(failure(() => sentence(later.id, { years: 1, courtEventId: verdict.id })).code).toBe('VALIDATION');
  });
});
