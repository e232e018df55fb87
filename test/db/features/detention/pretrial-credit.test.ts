// The credit proposed for detention before a verdict (db/features/detention/pretrial-credit.ts):
// both ends count, shared days once, house arrest at half, partial dates as a range.
import { describe, expect, it } from 'vitest';

import { DEFAULT_CREDIT_RATIOS, proposeCredit, type CreditEpisode } from '../../../../db/features/detention/pretrial-credit';

const held = (arrestDate: string | null, releaseDate: string | null = null, detentionType: CreditEpisode['detentionType'] = 'pre_trial'): CreditEpisode => ({
  arrestDate,
  releaseDate,
  detentionType,
});

describe('proposeCredit', () => {
  it('counts from the arrest day to the verdict day, both included, while still held', () => {
    expect(proposeCredit([held('2024-01-01')], '2024-01-31')).toEqual({ days: 31, maxDays: 31, counted: 1, unknownArrest: 0 });
    // Across 29 February.
    expect(proposeCredit([held('2024-02-28')], '2024-03-01').days).toBe(3);
    // Arrested and sentenced the same day: one day.
    expect(proposeCredit([held('2024-05-05')], '2024-05-05').days).toBe(1);
  });

  it('stops at a release before the verdict and leaves out episodes after it or serving ones', () => {
    const episodes = [held('2023-01-01', '2023-01-10'), held('2024-06-01', null, 'prison_colony'), held('2025-01-01')];
    expect(proposeCredit(episodes, '2024-05-31')).toMatchObject({ days: 10, counted: 1 });
  });

  it('adds several episodes, counting a day two of them share once', () => {
    // Custody until 10 March, house arrest from 10 March (the same day) to the verdict on 19 March.
    const episodes = [held('2024-03-01', '2024-03-10'), held('2024-03-10', null, 'house_arrest')];
    // 10 days of custody, then 9 days of house arrest at one half: 4.5, rounded down.
    expect(proposeCredit(episodes, '2024-03-19')).toMatchObject({ days: 14, maxDays: 14, counted: 2 });
    expect(proposeCredit(episodes, '2024-03-19', { ...DEFAULT_CREDIT_RATIOS, house_arrest: 1 }).days).toBe(19);
  });

  it('gives the certain days as the proposal and the most as the range for partial dates', () => {
    // Arrested some day in March 2024, verdict on 30 April: at least 1 April..30 April plus 31 March.
    expect(proposeCredit([held('2024-03')], '2024-04-30')).toEqual({ days: 31, maxDays: 61, counted: 1, unknownArrest: 0 });
    // A verdict known only to the month: from the first to the last day it could mean.
    expect(proposeCredit([held('2024-01-01')], '2024-02')).toMatchObject({ days: 32, maxDays: 60 });
    // Both in the same month: nothing is certain.
    expect(proposeCredit([held('2024-02')], '2024-02')).toMatchObject({ days: 0, maxDays: 29 });
  });

  it("counts the verdict's own episode as pre-trial once it was moved to serving, but not an earlier sentence served", () => {
    const earlier = held('2020-01-01', '2020-12-31', 'prison_colony');
    const moved: CreditEpisode = { ...held('2024-03-01', null, 'prison_colony'), ofVerdict: true };
    expect(proposeCredit([earlier, moved], '2024-03-31')).toMatchObject({ days: 31, counted: 1 });
  });

  it('reports episodes with no arrest date instead of guessing them', () => {
    expect(proposeCredit([held(null), held('2024-01-01')], '2024-01-02')).toEqual({ days: 2, maxDays: 2, counted: 1, unknownArrest: 1 });
    expect(proposeCredit([], '2024-01-02')).toEqual({ days: 0, maxDays: 0, counted: 0, unknownArrest: 0 });
  });
});
