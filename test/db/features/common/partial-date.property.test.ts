// Property tests: partial-date order is total and matches string order; bounds, periods and day
// arithmetic agree with each other and with the host's own UTC calendar.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  addDays,
  comparePartialDates,
  daysBetween,
  parsePartialDate,
  partialDateBounds,
  placeInPeriod,
} from '../../../../shared/partial-date';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const fullDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const partialDate = fc.oneof(
  fc.integer({ min: 1900, max: 2199 }).map((y) => pad(y, 4)),
  fc.record({ y: fc.integer({ min: 1900, max: 2199 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${pad(y, 4)}-${pad(m, 2)}`),
  fullDate,
);

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);

describe('comparePartialDates is a total order', () => {
  it('is antisymmetric and zero only for equal dates', () => {
    fc.assert(
      fc.property(partialDate, partialDate, (a, b) => {
        expect(sign(comparePartialDates(a, b)) + sign(comparePartialDates(b, a))).toBe(0);
        expect(comparePartialDates(a, b) === 0).toBe(a === b);
      }),
    );
  });

  it('is transitive', () => {
    fc.assert(
      fc.property(partialDate, partialDate, partialDate, (a, b, c) => {
        if (comparePartialDates(a, b) <= 0 && comparePartialDates(b, c) <= 0) {
          expect(comparePartialDates(a, c)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });

  it('agrees with plain string order, so SQL ORDER BY gives the same list', () => {
    fc.assert(
      fc.property(fc.array(partialDate), (dates) => {
        const byDomain = [...dates].sort(comparePartialDates);
        const byString = [...dates].sort();
        expect(byDomain).toEqual(byString);
      }),
    );
  });

  it('never puts a date after a full date that lies beyond its last possible day', () => {
    fc.assert(
      fc.property(partialDate, fullDate, (p, d) => {
        if (partialDateBounds(p).last < d) expect(comparePartialDates(p, d)).toBeLessThan(0);
        if (partialDateBounds(p).first > d) expect(comparePartialDates(p, d)).toBeGreaterThan(0);
      }),
    );
  });
});

describe('parse and bounds', () => {
  it('parses every generated date and writes it back unchanged', () => {
    fc.assert(
      fc.property(partialDate, (p) => {
        const parts = parsePartialDate(p);
        expect(parts).not.toBeNull();
        if (!parts) return;
        const text = [pad(parts.year, 4), parts.month && pad(parts.month, 2), parts.day && pad(parts.day, 2)].filter(Boolean).join('-');
        expect(text).toBe(p);
      }),
    );
  });

  it('agrees with Date on which day numbers exist', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        const real = new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
        expect(parsePartialDate(s) !== null).toBe(real);
      }),
    );
  });

  it('bounds start with the date itself and contain only dates it sorts before or with', () => {
    fc.assert(
      fc.property(partialDate, (p) => {
        const { first, last } = partialDateBounds(p);
        expect(first <= last).toBe(true);
        expect(first.startsWith(p)).toBe(true);
        expect(last.startsWith(p)).toBe(true);
        expect(addDays(last, 1).startsWith(p)).toBe(false);
        expect(addDays(first, -1).startsWith(p)).toBe(false);
      }),
    );
  });
});

describe('placeInPeriod', () => {
  it('is inside exactly when both bounds are in the period, outside when neither day overlaps', () => {
    fc.assert(
      fc.property(partialDate, fullDate, fullDate, (p, x, y) => {
        const [from, to] = x <= y ? [x, y] : [y, x];
        const { first, last } = partialDateBounds(p);
        const place = placeInPeriod(p, from, to);
        expect(place === 'inside').toBe(first >= from && last <= to);
        expect(place === 'outside').toBe(last < from || first > to);
      }),
    );
  });

  it('agrees with a day-by-day check for dates within a month', () => {
    fc.assert(
      fc.property(partialDate.filter((p) => p.length >= 7), fullDate, fc.integer({ min: 0, max: 90 }), (p, from, span) => {
        const to = addDays(from, span);
        const { first, last } = partialDateBounds(p);
        let inside = 0;
        const days = daysBetween(first, last) + 1;
        for (let i = 0; i < days; i += 1) {
          const day = addDays(first, i);
          if (day >= from && day <= to) inside += 1;
        }
        const expected = inside === days ? 'inside' : inside === 0 ? 'outside' : 'uncertain';
        expect(placeInPeriod(p, from, to)).toBe(expected);
      }),
    );
  });
});

describe('day arithmetic', () => {
  it('matches the UTC calendar of Date', () => {
    fc.assert(
      fc.property(fullDate, fc.integer({ min: -40000, max: 40000 }), (d, n) => {
        const viaDate = new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
        expect(addDays(d, n)).toBe(viaDate);
      }),
    );
  });

  it('makes addDays and daysBetween inverse', () => {
    fc.assert(
      fc.property(fullDate, fullDate, fc.integer({ min: -5000, max: 5000 }), (a, b, n) => {
        expect(addDays(a, daysBetween(a, b))).toBe(b);
        expect(daysBetween(a, addDays(a, n))).toBe(n);
      }),
    );
  });

  it('keeps working at the ends of the four-digit years and refuses to leave them', () => {
    expect(addDays('0001-01-01', 0)).toBe('0001-01-01');
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError);
  });
});
