// A sentence linked to its verdict: the verdict's date is its day handed down and counted from
// unless given, and the credit proposed from the case's detention before that day.
import { afterEach, describe, expect, it } from 'vitest';

import { openCase } from '../../support/fixtures';
import { createTestVault, failure, MISSING_ID, type TestVault } from '../../support/test-vault';

let v: TestVault;
afterEach(() => v?.close());

function setUp() {
  v = createTestVault();
  const { caseId } = openCase(v);
  const custody = v.call('episodes.create', { caseId, arrestDate: '2024-03-01', releaseDate: '2024-03-10', detentionType: 'pre_trial' });
  const home = v.call('episodes.create', { caseId, arrestDate: '2024-03-10', detentionType: 'house_arrest' });
  const verdict = v.call('courtEvents.create', { episodeId: home.id, date: '2024-03-19', kind: 'verdict', court: 'Almaty city court' });
  return { caseId, custody, home, verdict };
}

describe('a sentence from a verdict', () => {
  it("takes the verdict's date for handed down and counted from when they are left out", () => {
    const { home, verdict } = setUp();
    const s = v.call('sentences.create', { episodeId: home.id, courtEventId: verdict.id, type: 'imprisonment', years: 2 });
    expect(s).toMatchObject({ handedDownOn: '2024-03-19', handedDownOnPrecision: 'day', startDate: '2024-03-19', expectedRelease: '2026-03-19' });
    // Given, they stand; null says "not known".
    const other = v.call('sentences.create', { episodeId: home.id, courtEventId: verdict.id, type: 'imprisonment', years: 2, handedDownOn: '2024-03-20', startDate: null });
    expect(other).toMatchObject({ handedDownOn: '2024-03-20', startDate: null });
  });

  it('proposes the credit from every episode of the case before the verdict', () => {
    const { verdict } = setUp();
    // 10 days of custody, then 9 of house arrest at one half.
    expect(v.call('sentences.proposeCredit', { courtEventId: verdict.id })).toEqual({ verdictDate: '2024-03-19', days: 14, maxDays: 14, counted: 2, unknownArrest: 0 });
    expect(failure(() => v.call('sentences.proposeCredit', { courtEventId: MISSING_ID })).code).toBe('NOT_FOUND');
  });

  it('moves an episode from pre-trial to serving through the episode update', () => {
    const { caseId, custody } = setUp();
    const verdict = v.call('courtEvents.create', { episodeId: custody.id, date: '2024-03-09', kind: 'verdict' });
    v.call('sentences.create', { episodeId: custody.id, courtEventId: verdict.id, type: 'colony_regime', years: 3 });
    const moved = v.call('episodes.update', { id: custody.id, detentionType: 'prison_colony' });
    expect(moved.detentionType).toBe('prison_colony');
    // The move keeps the days before the verdict countable: 1 to 9 March.
    expect(v.call('sentences.proposeCredit', { courtEventId: verdict.id }).days).toBe(9);
    expect(v.call('episodes.list', { caseId }).find((e) => e.id === custody.id)?.arrestDate).toBe('2024-03-01');
  });
});
