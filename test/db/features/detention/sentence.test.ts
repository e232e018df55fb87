// Examples pinning the sentence convention: start + years, months, days (month-end clamped) - credit.
import { describe, expect, it } from 'vitest';

import { addTerm, expectedRelease, sentenceYears, termInDays } from '../../../../db/features/detention/sentence';

const term = (years: number, months = 0, days = 0) => ({ years, months, days });
const release = (start: string | null, years: number, months = 0, days = 0, creditDays = 0, life = false) =>
  expectedRelease({ start, years, months, days, creditDays, life });

describe('convention: the release is start + term, the day the term is completed', () => {
  it('adds whole years to the same calendar day', () => {
    expect(release('2021-01-10', 1)).toEqual({ date: '2022-01-10', precision: 'day', creditExceedsTerm: false });
  });

  it('adds years, then months, then days', () => {
    expect(addTerm('2021-01-31', term(1, 1, 1))).toBe('2022-03-01');
    expect(release('2019-06-15', 7, 6, 10)?.date).toBe('2026-12-25');
  });

  it('a zero term releases on the start date', () => {
    expect(release('2021-03-15', 0)).toEqual({ date: '2021-03-15', precision: 'day', creditExceedsTerm: false });
  });
});

describe('29 February starts', () => {
  it('clamps to 28 February in a common year', () => {
    expect(release('2020-02-29', 1)?.date).toBe('2021-02-28');
    expect(release('2020-02-29', 0, 12)?.date).toBe('2021-02-28');
  });

  it('keeps 29 February when the target year is leap', () => {
    expect(release('2020-02-29', 4)?.date).toBe('2024-02-29');
  });

  it('clamps at the year step before adding months, as the convention says', () => {
    // 2020-02-29 + 1 year = 2021-02-28, + 1 month = 2021-03-28 (not 2021-03-29).
    expect(release('2020-02-29', 1, 1)?.date).toBe('2021-03-28');
  });
});

describe('month ends', () => {
  it('clamps the 31st to the last day of a shorter month', () => {
    expect(release('2021-01-31', 0, 1)?.date).toBe('2021-02-28');
    expect(release('2020-01-31', 0, 1)?.date).toBe('2020-02-29');
    expect(release('2021-03-31', 0, 1)?.date).toBe('2021-04-30');
    expect(release('2021-08-31', 0, 6)?.date).toBe('2022-02-28');
  });

  it('adds days after months, so days roll into the next month', () => {
    expect(release('2021-01-31', 0, 1, 1)?.date).toBe('2021-03-01');
  });
});

describe('credit for pre-trial detention', () => {
  it('subtracts the credited days from the completed term', () => {
    expect(release('2021-01-10', 1, 0, 0, 10)?.date).toBe('2021-12-31');
    expect(release('2021-03-01', 0, 0, 0, 0)?.date).toBe('2021-03-01');
    expect(release('2021-03-10', 2, 0, 0, 365)?.date).toBe('2022-03-10');
  });

  it('a credit equal to the term releases on the start date without a warning', () => {
    expect(release('2021-01-01', 1, 0, 0, 365)).toEqual({ date: '2021-01-01', precision: 'day', creditExceedsTerm: false });
  });

  it('a credit larger than the term releases on the start date and warns', () => {
    expect(release('2021-01-01', 1, 0, 0, 366)).toEqual({ date: '2021-01-01', precision: 'day', creditExceedsTerm: true });
    expect(release('2021-01-01', 0, 0, 0, 5)).toEqual({ date: '2021-01-01', precision: 'day', creditExceedsTerm: true });
  });
});

describe('no date to expect', () => {
  it('returns null for a life sentence or an unknown start', () => {
    expect(release('2021-01-01', 0, 0, 0, 0, true)).toBeNull();
    expect(release(null, 5)).toBeNull();
  });

  it('refuses malformed starts and negative or fractional figures', () => {
    expect(() => release('2021-02-30', 1)).toThrow(RangeError);
    expect(() => release('2021-01-01', -1)).toThrow(RangeError);
    expect(() => release('2021-01-01', 1.5)).toThrow(RangeError);
    expect(() => release('2021-01-01', 1, 0, 0, -3)).toThrow(RangeError);
  });
});

describe('partial starts never invent a day', () => {
  it('keeps the month when both ends of the start month land in one month', () => {
    expect(release('2021-03', 2)).toEqual({ date: '2023-03', precision: 'month', creditExceedsTerm: false });
    expect(release('2021-02', 1)).toEqual({ date: '2022-02', precision: 'month', creditExceedsTerm: false });
  });

  it('falls back to the year when the month is not certain', () => {
    // 2021-03-01 + 20 days = 2021-03-21; 2021-03-31 + 20 days = 2021-04-20.
    expect(release('2021-03', 0, 0, 20)).toEqual({ date: '2021', precision: 'year', creditExceedsTerm: false });
  });

  it('returns null when not even the year is certain', () => {
    expect(release('2021-12', 0, 0, 20)).toBeNull();
    expect(release('2021', 0, 0, 1)).toBeNull();
  });

  it('keeps a year-precision start at year precision at best', () => {
    expect(release('2021', 3)).toEqual({ date: '2024', precision: 'year', creditExceedsTerm: false });
  });

  it('warns when the credit exceeds the term for some day the start could mean', () => {
    // A month begun on 1 January lasts 31 days; begun on 31 January it ends 28 February, 28 days.
    expect(release('2021-01', 0, 1, 0, 30)).toEqual({ date: '2021-01', precision: 'month', creditExceedsTerm: true });
    expect(release('2021-01', 0, 1, 0, 28)?.creditExceedsTerm).toBe(false);
  });
});

describe('termInDays and sentenceYears', () => {
  it('counts a term in days from its start', () => {
    expect(termInDays('2021-01-01', term(1))).toBe(365);
    expect(termInDays('2020-01-01', term(1))).toBe(366);
    expect(termInDays('2021-01-31', term(0, 1))).toBe(28);
  });

  it('gives decimal years for reports', () => {
    expect(sentenceYears(5, 0, 0)).toBe(5);
    expect(sentenceYears(2, 6, 0)).toBe(2.5);
    expect(sentenceYears(0, 0, 365.25)).toBe(1);
    expect(sentenceYears(1, 3, 0)).toBeCloseTo(1.25, 10);
  });
});
