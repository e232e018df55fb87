// Examples for partial dates: parsing, ordering, bounds, periods, display and full-date arithmetic.
import { describe, expect, it } from 'vitest';

import {
  addDays,
  comparePartialDates,
  daysBetween,
  formatPartialDate,
  parsePartialDate,
  partialDateBounds,
  placeInPeriod,
  precisionOf,
  todayIso,
} from '../../../../shared/partial-date';

describe('parsePartialDate', () => {
  it('reads each precision without inventing parts', () => {
    expect(parsePartialDate('1968')).toEqual({ year: 1968, month: null, day: null, precision: 'year' });
    expect(parsePartialDate('2021-03')).toEqual({ year: 2021, month: 3, day: null, precision: 'month' });
    expect(parsePartialDate('2021-03-15')).toEqual({ year: 2021, month: 3, day: 15, precision: 'day' });
  });

  it('accepts 29 February only in leap years', () => {
    expect(parsePartialDate('2020-02-29')?.day).toBe(29);
    expect(parsePartialDate('2000-02-29')?.day).toBe(29);
    expect(parsePartialDate('1900-02-29')).toBeNull();
    expect(parsePartialDate('2021-02-29')).toBeNull();
  });

  it.each(['2021-02-30', '2021-04-31', '2021-13', '2021-00', '2021-01-00', '2021-01-32', '0000', '21', '2021-3', '2021-03-5',
    '2021/03/15', ' 2021', '2021-03-15T00:00', '', 'March 2021', '20210315'])('rejects %j', (s) => {
    expect(parsePartialDate(s)).toBeNull();
  });
});

describe('precisionOf', () => {
  it('names the precision and throws on malformed input', () => {
    expect(precisionOf('2021')).toBe('year');
    expect(precisionOf('2021-03')).toBe('month');
    expect(precisionOf('2021-03-15')).toBe('day');
    expect(() => precisionOf('2021-02-30')).toThrow(RangeError);
  });
});

describe('comparePartialDates', () => {
  it('puts a coarser date just before the finer dates inside it', () => {
    const shuffled = ['2021-04', '2021-03-15', '2020-12-31', '2021', '2021-03', '2021-03-01', '2022'];
    expect([...shuffled].sort(comparePartialDates)).toEqual([
      '2020-12-31', '2021', '2021-03', '2021-03-01', '2021-03-15', '2021-04', '2022',
    ]);
  });

  it('treats equal strings as equal and throws on malformed input', () => {
    expect(comparePartialDates('2021-03', '2021-03')).toBe(0);
    expect(() => comparePartialDates('2021-13', '2021')).toThrow(RangeError);
  });
});

describe('partialDateBounds', () => {
  it('spans the whole year, the whole month, or the single day', () => {
    expect(partialDateBounds('2021')).toEqual({ first: '2021-01-01', last: '2021-12-31' });
    expect(partialDateBounds('2020-02')).toEqual({ first: '2020-02-01', last: '2020-02-29' });
    expect(partialDateBounds('2021-02')).toEqual({ first: '2021-02-01', last: '2021-02-28' });
    expect(partialDateBounds('2021-04')).toEqual({ first: '2021-04-01', last: '2021-04-30' });
    expect(partialDateBounds('2021-03-15')).toEqual({ first: '2021-03-15', last: '2021-03-15' });
  });
});

describe('placeInPeriod', () => {
  const from = '2021-01-01';
  const to = '2021-06-30';

  it('counts a date inside only when every day it could mean is inside', () => {
    expect(placeInPeriod('2021-03-15', from, to)).toBe('inside');
    expect(placeInPeriod('2021-03', from, to)).toBe('inside');
    expect(placeInPeriod('2021-06', from, to)).toBe('inside');
    expect(placeInPeriod('2021', from, to)).toBe('uncertain');
    expect(placeInPeriod('2021', '2021-01-01', '2021-12-31')).toBe('inside');
  });

  it('treats period bounds as inclusive', () => {
    expect(placeInPeriod('2021-01-01', from, to)).toBe('inside');
    expect(placeInPeriod('2021-06-30', from, to)).toBe('inside');
    expect(placeInPeriod('2020-12-31', from, to)).toBe('outside');
    expect(placeInPeriod('2021-07-01', from, to)).toBe('outside');
  });

  it('is outside when no day it could mean is inside', () => {
    expect(placeInPeriod('2020', from, to)).toBe('outside');
    expect(placeInPeriod('2021-07', from, to)).toBe('outside');
  });

  it('is uncertain when the period cuts through the month', () => {
    expect(placeInPeriod('2021-03', '2021-03-10', '2021-12-31')).toBe('uncertain');
  });

  it('finds nothing in an empty period and rejects partial bounds', () => {
    expect(placeInPeriod('2021', '2021-06-01', '2021-05-01')).toBe('outside');
    expect(() => placeInPeriod('2021', '2021', '2021-12-31')).toThrow(RangeError);
  });
});

describe('formatPartialDate', () => {
  it('writes English dates day first', () => {
    expect(formatPartialDate('2021', 'en')).toBe('2021');
    expect(formatPartialDate('2021-03', 'en')).toBe('March 2021');
    expect(formatPartialDate('2021-03-15', 'en')).toBe('15 March 2021');
  });

  it('writes Russian month names in the right case and without "г."', () => {
    expect(formatPartialDate('2021', 'ru')).toBe('2021');
    expect(formatPartialDate('2021-03', 'ru')).toBe('март 2021');
    expect(formatPartialDate('2021-03-15', 'ru')).toBe('15 марта 2021');
    expect(formatPartialDate('2021-05-01', 'ru')).toBe('1 мая 2021');
  });

  it('does not shift the first or last day of a month across a time-zone boundary', () => {
    expect(formatPartialDate('2021-01-01', 'en')).toBe('1 January 2021');
    expect(formatPartialDate('2021-12-31', 'en')).toBe('31 December 2021');
  });
});

describe('full-date arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2021-01-31', 1)).toBe('2021-02-01');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2021-02-28', 1)).toBe('2021-03-01');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2021-03-01', -1)).toBe('2021-02-28');
    expect(addDays('2021-03-15', 0)).toBe('2021-03-15');
  });

  it('counts days signed, later minus earlier', () => {
    expect(daysBetween('2021-01-01', '2022-01-01')).toBe(365);
    expect(daysBetween('2020-01-01', '2021-01-01')).toBe(366);
    expect(daysBetween('2021-03-15', '2021-03-01')).toBe(-14);
  });

  it('refuses partial dates and fractional days', () => {
    expect(() => addDays('2021-03', 1)).toThrow(RangeError);
    expect(() => addDays('2021-03-01', 1.5)).toThrow(RangeError);
    expect(() => daysBetween('2021', '2021-01-01')).toThrow(RangeError);
  });

  it('takes today from the UTC calendar', () => {
    expect(todayIso(new Date('2021-03-15T23:59:59Z'))).toBe('2021-03-15');
    expect(todayIso(new Date('2021-03-15T23:30:00-05:00'))).toBe('2021-03-16');
    expect(() => todayIso(new Date(Number.NaN))).toThrow(RangeError);
  });
});
