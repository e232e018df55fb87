// Property tests for sentence arithmetic: never before the start, monotonic in the term and the
// credit, and partial starts only ever claim what every possible start day agrees on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { addDays, daysBetween, partialDateBounds, precisionOf } from '../../../../shared/partial-date';
import { addTerm, expectedRelease, releaseFromFullStart, termInDays } from '../../../../db/features/detention/sentence';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const fullStart = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const partialStart = fc.oneof(
  fc.integer({ min: 1950, max: 2100 }).map((y) => pad(y, 4)),
  fc.record({ y: fc.integer({ min: 1950, max: 2100 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${pad(m, 2)}`),
  fullStart,
);

const term = fc.record({
  years: fc.integer({ min: 0, max: 30 }),
  months: fc.integer({ min: 0, max: 24 }),
  days: fc.integer({ min: 0, max: 400 }),
});
const credit = fc.integer({ min: 0, max: 3000 });

const releaseOn = (start: string, t: { years: number; months: number; days: number }, creditDays: number): string => {
  const result = expectedRelease({ start, ...t, creditDays, life: false });
  if (!result) throw new Error('a full start always has a release date');
  return result.date;
};

describe('full starts', () => {
  it('release is never before the start', () => {
    fc.assert(
      fc.property(fullStart, term, credit, (start, t, c) => {
        expect(releaseOn(start, t, c) >= start).toBe(true);
      }),
    );
  });

  it('is exactly start + term - credit, or the start when the credit exceeds the term', () => {
    fc.assert(
      fc.property(fullStart, term, credit, (start, t, c) => {
        const result = expectedRelease({ start, ...t, creditDays: c, life: false });
        const days = termInDays(start, t);
        expect(result).toEqual({
          date: c > days ? start : addDays(addTerm(start, t), -c),
          precision: 'day',
          creditExceedsTerm: c > days,
        });
      }),
    );
  });

  it('a longer term in years, months or days never gives an earlier release', () => {
    fc.assert(
      fc.property(fullStart, term, credit, fc.constantFrom('years', 'months', 'days'), fc.integer({ min: 1, max: 50 }), (start, t, c, part, more) => {
        const longer = { ...t, [part]: t[part] + more };
        expect(releaseOn(start, longer, c) >= releaseOn(start, t, c)).toBe(true);
      }),
    );
  });

  it('more credit never gives a later release', () => {
    fc.assert(
      fc.property(fullStart, term, credit, fc.integer({ min: 1, max: 500 }), (start, t, c, more) => {
        expect(releaseOn(start, t, c + more) <= releaseOn(start, t, c)).toBe(true);
      }),
    );
  });

  it('a later start never gives an earlier release (what partial starts rely on)', () => {
    fc.assert(
      fc.property(fullStart, fc.integer({ min: 1, max: 400 }), term, credit, (start, shift, t, c) => {
        expect(releaseOn(addDays(start, shift), t, c) >= releaseOn(start, t, c)).toBe(true);
      }),
    );
  });

  it('a term of whole years ends on the same calendar day unless that day is 29 February', () => {
    fc.assert(
      fc.property(fullStart, fc.integer({ min: 0, max: 30 }), (start, years) => {
        const end = addTerm(start, { years, months: 0, days: 0 });
        const expected = `${pad(Number(start.slice(0, 4)) + years, 4)}${start.slice(4)}`;
        if (start.endsWith('-02-29') && end.endsWith('-02-28')) expect(end.slice(0, 4)).toBe(expected.slice(0, 4));
        else expect(end).toBe(expected);
      }),
    );
  });
});

describe('partial starts', () => {
  it('every day the start could mean releases within the returned date', () => {
    fc.assert(
      fc.property(partialStart, fc.nat(), term, credit, (start, pick, t, c) => {
        const result = expectedRelease({ start, ...t, creditDays: c, life: false });
        if (!result) return;
        const { first, last } = partialDateBounds(start);
        const day = addDays(first, pick % (daysBetween(first, last) + 1));
        const actual = releaseFromFullStart(day, t, c).date;
        const bounds = partialDateBounds(result.date);
        expect(actual >= bounds.first && actual <= bounds.last).toBe(true);
        expect(precisionOf(result.date)).toBe(result.precision);
      }),
    );
  });

  it('is never more precise than the start', () => {
    const rank = { year: 0, month: 1, day: 2 } as const;
    fc.assert(
      fc.property(partialStart, term, credit, (start, t, c) => {
        const result = expectedRelease({ start, ...t, creditDays: c, life: false });
        if (result) expect(rank[result.precision]).toBeLessThanOrEqual(rank[precisionOf(start)]);
      }),
    );
  });

  it('returns null exactly when the earliest and latest start disagree on the year', () => {
    fc.assert(
      fc.property(partialStart, term, credit, (start, t, c) => {
        const { first, last } = partialDateBounds(start);
        const early = releaseFromFullStart(first, t, c).date;
        const late = releaseFromFullStart(last, t, c).date;
        const result = expectedRelease({ start, ...t, creditDays: c, life: false });
        expect(result === null).toBe(early.slice(0, 4) !== late.slice(0, 4));
      }),
    );
  });

  it('life sentences never have a date', () => {
    fc.assert(
      fc.property(partialStart, term, credit, (start, t, c) => {
        expect(expectedRelease({ start, ...t, creditDays: c, life: true })).toBeNull();
      }),
    );
  });
});
