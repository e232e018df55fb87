// Quick periods are whole calendar months, quarters and years in UTC, across year ends and leap years.
import { describe, expect, it } from 'vitest';

import { matchingPreset, PERIOD_PRESETS, presetPeriod } from '../../../renderer/src/features/reports/periodPresets';

const at = (iso: string) => new Date(iso);

describe('presetPeriod', () => {
  it.each([
    ['thisMonth', '2026-11-27T21:00:00Z', '2026-11-01', '2026-11-30'],
    ['lastMonth', '2026-11-27T21:00:00Z', '2026-10-01', '2026-10-31'],
    ['thisQuarter', '2026-11-27T21:00:00Z', '2026-10-01', '2026-12-31'],
    ['lastQuarter', '2026-11-27T21:00:00Z', '2026-07-01', '2026-09-30'],
    ['thisYear', '2026-11-27T21:00:00Z', '2026-01-01', '2026-12-31'],
    ['lastYear', '2026-11-27T21:00:00Z', '2025-01-01', '2025-12-31'],
    // January: last month and last quarter fall in the year before.
    ['lastMonth', '2027-01-15T00:00:00Z', '2026-12-01', '2026-12-31'],
    ['lastQuarter', '2027-02-28T12:00:00Z', '2026-10-01', '2026-12-31'],
    // February's last day in a leap year and in a common one.
    ['thisMonth', '2028-02-10T00:00:00Z', '2028-02-01', '2028-02-29'],
    ['lastMonth', '2027-03-31T23:59:59Z', '2027-02-01', '2027-02-28'],
    ['thisQuarter', '2026-03-31T23:59:59Z', '2026-01-01', '2026-03-31'],
    ['thisQuarter', '2026-04-01T00:00:00Z', '2026-04-01', '2026-06-30'],
  ] as const)('%s on %s is %s to %s', (preset, today, from, to) => {
    expect(presetPeriod(preset, at(today))).toEqual({ from, to });
  });

  it('uses the UTC date, not the local one, near midnight', () => {
    // 23:30 UTC on 31 October is already 1 November east of Greenwich; the report's days are UTC.
    expect(presetPeriod('thisMonth', at('2026-10-31T23:30:00Z'))).toEqual({ from: '2026-10-01', to: '2026-10-31' });
  });
});

describe('matchingPreset', () => {
  const today = at('2026-11-27T12:00:00Z');
  it('finds the preset a period was made from', () => {
    for (const preset of PERIOD_PRESETS) expect(matchingPreset(presetPeriod(preset, today), today)).toBe(preset);
  });
  it('finds none for a typed period', () => {
    expect(matchingPreset({ from: '2026-11-02', to: '2026-11-30' }, today)).toBeNull();
  });
});
