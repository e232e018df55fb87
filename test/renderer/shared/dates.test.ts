// Partial dates read as people say them, in both languages, never with an invented day or month.
import { describe, expect, it } from 'vitest';

import { yearOf } from '../../../renderer/src/shared/dates';
import { showPartialDate } from '../../../shared/partial-date';

describe('showPartialDate', () => {
  it('keeps the precision it was given', () => {
    expect(showPartialDate('2019', 'en')).toBe('2019');
    expect(showPartialDate('2021-03', 'en')).toBe('March 2021');
    expect(showPartialDate('2021-03-15', 'en')).toBe('15 March 2021');
  });

  it('writes Russian months in the right case and drops the year abbreviation', () => {
    expect(showPartialDate('2021-03', 'ru')).toBe('март 2021');
    expect(showPartialDate('2021-03-15', 'ru')).toBe('15 марта 2021');
    expect(showPartialDate('2019', 'ru')).toBe('2019');
  });

  it('shortens months for dense lists and handles edge days in UTC', () => {
    expect(showPartialDate('2024-02-29', 'en', 'short')).toBe('29 Feb 2024');
    expect(showPartialDate('2021-12-31', 'en')).toBe('31 December 2021');
  });

  it('shows malformed input as it came rather than guessing', () => {
    expect(showPartialDate('March 2021', 'en')).toBe('March 2021');
    expect(yearOf('2021-03-15')).toBe('2021');
  });
});
