// The report's pure definitions: the previous period (month ends, leap years, whole months), the
// median, what counts as detained at a day, each figure group on small hand-made rows, the
// comparison of two periods, the names shown and the CSV quoting.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { addDays, daysBetween } from '../../../../shared/partial-date';
import { detainedAt, heldAtEnd, median, periodFigures, previousPeriod, type ReportRows } from '../../../../db/features/reports/report';
import { arrestWindow, placeArrest, placeDate, placeRelease, releaseWindow } from '../../../../db/features/reports/report-dates';
import { yearsAndMonths } from '../../../../db/features/reports/report-period';
import { compareFigures, reportNames, topCharges } from '../../../../db/features/reports/report-compare';
import { csvLines, durationText } from '../../../../db/features/reports/reports-csv';

const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const NONE = { no_date: 0, coarse_date: 0 };
const EMPTY: ReportRows = { referrals: [], episodes: [], sentences: [], charges: [], advocacy: [], petitions: [], tasks: [] };

describe('previousPeriod', () => {
  it('goes back by whole months when the period is whole months, whatever their lengths', () => {
    expect(previousPeriod({ from: '2025-03-01', to: '2025-03-31' })).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(previousPeriod({ from: '2024-03-01', to: '2024-03-31' })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(previousPeriod({ from: '2025-04-01', to: '2025-06-30' })).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    expect(previousPeriod({ from: '2025-01-01', to: '2025-12-31' })).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(previousPeriod({ from: '2025-02-01', to: '2025-02-28' })).toEqual({ from: '2025-01-01', to: '2025-01-31' });
  });

  it('goes back by the same number of days otherwise, across month ends and 29 February', () => {
    expect(previousPeriod({ from: '2025-03-10', to: '2025-03-19' })).toEqual({ from: '2025-02-28', to: '2025-03-09' });
    expect(previousPeriod({ from: '2025-03-15', to: '2025-04-14' })).toEqual({ from: '2025-02-12', to: '2025-03-14' });
    expect(previousPeriod({ from: '2024-03-01', to: '2024-03-02' })).toEqual({ from: '2024-02-28', to: '2024-02-29' });
    expect(previousPeriod({ from: '2025-01-01', to: '2025-01-01' })).toEqual({ from: '2024-12-31', to: '2024-12-31' });
  });

  it('refuses a period that ends before it begins', () => {
    expect(() => previousPeriod({ from: '2025-02-01', to: '2025-01-31' })).toThrow(RangeError);
  });

  it('always ends the day before the period and never overlaps it (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), (from, extra) => {
        const to = new Date(Date.parse(`${from}T00:00:00Z`) + extra * 86_400_000).toISOString().slice(0, 10);
        const prev = previousPeriod({ from, to });
        expect(daysBetween(prev.to, from)).toBe(1);
        expect(prev.from <= prev.to).toBe(true);
        const wholeMonths = from.endsWith('-01') && addDays(to, 1).endsWith('-01');
        // Whole months: as many whole months (the days may differ); otherwise exactly as many days.
        if (wholeMonths) expect([prev.from.slice(8), addDays(prev.to, 1).slice(8)]).toEqual(['01', '01']);
        else expect(daysBetween(prev.from, prev.to)).toBe(daysBetween(from, to));
      }),
    );
  });
});

describe('median', () => {
  it('is null for nothing, the middle for an odd count, the mean of the middle two for an even count', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 2])).toBe(6);
  });

  it('lies between the least and the greatest and ignores order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 40 }), (values) => {
        const m = median(values) ?? Number.NaN;
        expect(m).toBeGreaterThanOrEqual(Math.min(...values));
        expect(m).toBeLessThanOrEqual(Math.max(...values));
        expect(median([...values].reverse())).toBe(m);
      }),
    );
  });
});

describe('detainedAt', () => {
  it('is certain only when every reading of the partial dates agrees', () => {
    expect(detainedAt({ arrestDate: '2024', releaseDate: null }, '2025-06-30')).toBe(true);
    expect(detainedAt({ arrestDate: '2025', releaseDate: null }, '2025-06-30')).toBeNull();
    expect(detainedAt({ arrestDate: '2025-07', releaseDate: null }, '2025-06-30')).toBe(false);
    expect(detainedAt({ arrestDate: '2024-01-01', releaseDate: '2025-06' }, '2025-06-15')).toBeNull();
    expect(detainedAt({ arrestDate: '2024-01-01', releaseDate: '2025-06' }, '2025-06-30')).toBe(false);
    expect(detainedAt({ arrestDate: '2024-01-01', releaseDate: '2025-07-01' }, '2025-06-30')).toBe(true);
    // Released on the last day: not held at its end.
    expect(detainedAt({ arrestDate: '2024-01-01', releaseDate: '2025-06-30' }, '2025-06-30')).toBe(false);
    expect(detainedAt({ arrestDate: null, releaseDate: null }, '2025-06-30')).toBeNull();
  });
});

describe('observations ("known to be held on DATE")', () => {
  it('narrow an arrest to on or before the earliest observation, never against the recorded date', () => {
    // Unknown arrest, held in "2023" and in May 2024: arrested on or before 31 December 2023.
    expect(arrestWindow({ arrestDate: null, observations: ['2024-05', '2023'] })).toEqual({ first: null, last: '2023-12-31' });
    // "2025" narrowed by a visit on 10 March 2025.
    expect(arrestWindow({ arrestDate: '2025', observations: ['2025-03-10'] })).toEqual({ first: '2025-01-01', last: '2025-03-10' });
    // An observation before a recorded arrest contradicts it: the recorded date stands.
    expect(arrestWindow({ arrestDate: '2025', observations: ['2024-06'] })).toEqual({ first: '2025-01-01', last: '2025-12-31' });
    // A release is on or after the latest observation's first day.
    expect(releaseWindow({ arrestDate: null, releaseDate: '2025', observations: ['2025-08'] })).toEqual({ first: '2025-08-01', last: '2025-12-31' });
    expect(releaseWindow({ arrestDate: null, releaseDate: null, observations: ['2025-08'] })).toBeNull();
  });

  it('make a person without an arrest date detained at the end of every period ending after one', () => {
    const census = { arrestDate: null, releaseDate: null, observations: ['2023'] };
    // "2023" ends on 31 December 2023: held at the end of 2023 and of every later period.
    expect(heldAtEnd(census, '2023-12-31')).toBe(true);
    expect(heldAtEnd(census, '2025-06-30')).toBe(true);
    // The end of June 2023 may be before the arrest: no date known for the arrest.
    expect(heldAtEnd(census, '2023-06-30')).toBe('no_date');
    // No arrest date and nothing observed: no date known.
    expect(heldAtEnd({ arrestDate: null, releaseDate: null }, '2025-06-30')).toBe('no_date');
    // A year-only arrest astride the day: too coarse, until an observation settles it.
    expect(heldAtEnd({ arrestDate: '2025', releaseDate: null }, '2025-06-30')).toBe('coarse_date');
    expect(heldAtEnd({ arrestDate: '2025', releaseDate: null, observations: ['2025-04'] }, '2025-06-30')).toBe(true);
    // Released "2025", seen held in August 2025: still held at the end of June.
    expect(heldAtEnd({ arrestDate: '2024', releaseDate: '2025', observations: ['2025-08-02'] }, '2025-06-30')).toBe(true);
    expect(heldAtEnd({ arrestDate: '2024', releaseDate: '2025' }, '2025-06-30')).toBe('coarse_date');
    // Held in 2023 but released in March 2025: not held at the end of June 2025.
    expect(heldAtEnd({ arrestDate: null, releaseDate: '2025-03', observations: ['2023'] }, '2025-06-30')).toBe(false);
    // Released in "2025": the end of June is astride the release whatever was observed before.
    expect(heldAtEnd({ arrestDate: null, releaseDate: '2025', observations: ['2023'] }, '2025-06-30')).toBe('coarse_date');
    expect(detainedAt(census, '2023-06-30')).toBeNull();
  });

  it('place arrests and releases, with no date known apart from a date too coarse', () => {
    const h1 = { from: '2025-01-01', to: '2025-06-30' };
    expect(placeArrest({ arrestDate: null }, h1)).toBe('no_date');
    expect(placeArrest({ arrestDate: '2025' }, h1)).toBe('coarse_date');
    // "2025" and held in February 2025: arrested between 1 January and 28 February: inside.
    expect(placeArrest({ arrestDate: '2025', observations: ['2025-02'] }, h1)).toBe('inside');
    // Unknown arrest but held in 2019: certainly not arrested in 2025.
    expect(placeArrest({ arrestDate: null, observations: ['2019'] }, h1)).toBe('outside');
    // Unknown arrest, held in March 2025: it may have been any time before: no date known.
    expect(placeArrest({ arrestDate: null, observations: ['2025-03'] }, h1)).toBe('no_date');
    expect(placeRelease({ arrestDate: null, releaseDate: null }, h1)).toBeNull();
    expect(placeRelease({ arrestDate: null, releaseDate: '2025' }, h1)).toBe('coarse_date');
    expect(placeRelease({ arrestDate: null, releaseDate: '2025', observations: ['2025-07'] }, h1)).toBe('outside');
    expect(placeDate(null, h1)).toBe('no_date');
    expect(placeDate('2025-06', h1)).toBe('inside');
  });

  it('count in the figures: six people of a list, only two with arrest dates', () => {
    const e = (personId: string, arrestDate: string | null, observations: string[], releaseDate: string | null = null) => ({
      personId, arrestDate, observations, releaseDate, releaseReason: releaseDate === null ? null : ('amnesty' as const), detentionType: 'prison_colony' as const, facility: null,
    });
    const rows: ReportRows = {
      ...EMPTY,
      episodes: [
        e('a', null, ['2023', '2024']), // census rows 2023 and 2024: held at the end of 2024
        e('b', '2024', ['2024']), // year-only arrest, seen in 2024: held
        e('c', null, ['2024-11-05']), // a visit: held
        e('d', null, []), // nothing known: left out, no date
        e('e', '2024', []), // arrest "2024" only: left out, too coarse at the end of H1
        e('f', null, ['2023'], '2024-03'), // held 2023, released March 2024: not held, released in H1
      ],
      charges: [{ arrestDate: '2024', observations: ['2024-02'], code: 'UK', article: '1' }],
    };
    const year = periodFigures(rows, { from: '2024-01-01', to: '2024-12-31' });
    // a, b, c held at 31 December; d no date; e's "2024" arrest lies inside 2024: held too.
    expect(year.detained_by_type.values.get('total')).toBe(4);
    expect(year.detained_by_type.leftOut).toEqual({ no_date: 1, coarse_date: 0 });
    const firstHalf = periodFigures(rows, { from: '2024-01-01', to: '2024-06-30' });
    // 30 June 2024: a (seen 2023); c's visit is later and its arrest unknown: no date; b, e: "2024".
    expect(firstHalf.detained_by_type.values.get('total')).toBe(1);
    expect(firstHalf.detained_by_type.leftOut).toEqual({ no_date: 2, coarse_date: 2 });
    // Arrests in H1 2024: none certain (b and e "2024"; a, f seen in 2023; c, d unknown).
    expect(firstHalf.arrests.values.get('total')).toBe(0);
    expect(firstHalf.arrests.leftOut).toEqual({ no_date: 2, coarse_date: 2 });
    expect(firstHalf.releases_by_reason.values.get('amnesty')).toBe(1);
    // The charge's episode: "2024" narrowed to January–February by the observation: inside H1.
    expect(firstHalf.charges.values.get('UK 1')).toBe(1);
  });
});

describe('periodFigures', () => {
  const period = { from: '2025-01-01', to: '2025-06-30' };

  it('counts sentences on their own date, leaves out overturnings, keeps life and fines out of the years', () => {
    const s = (handedDownOn: string | null, years: number, extra: object = {}) => ({
      handedDownOn, type: 'imprisonment' as const, years, months: 0, days: 0, life: false, change: null, ...extra,
    });
    const figures = periodFigures(
      {
        ...EMPTY,
        sentences: [
          s('2025-02-01', 7),
          s('2025-05', 5, { change: 'appeal_reduced' }),
          s('2025-06-01', 0, { change: 'overturned' }),
          s('2025-03-03', 0, { life: true }),
          s('2025-03-04', 0, { type: 'fine' }),
          s('2025', 3),
          s(null, 3),
          s('2024-12-31', 9),
        ],
      },
      period,
    );
    expect(Object.fromEntries(figures.sentences.values)).toEqual({ count: 4, life: 1, total_years: 12, median_years: 6 });
    // '2025' straddles nothing here (the period is H1 2025): coarse; null: no date at all.
    expect(figures.sentences.leftOut).toEqual({ no_date: 1, coarse_date: 1 });
  });

  it('counts opinions by outcome and category, and overdue tasks open at the end of the period', () => {
    const figures = periodFigures(
      {
        ...EMPTY,
        petitions: [
          { submittedOn: '2025-01-10', opinionAdoptedOn: '2025-05-01', outcome: 'arbitrary', categories: ['I', 'III'] },
          { submittedOn: '2024-10-10', opinionAdoptedOn: '2025-06-30', outcome: 'not_arbitrary', categories: [] },
          { submittedOn: '2025-06-30', opinionAdoptedOn: null, outcome: 'pending', categories: [] },
        ],
        tasks: [
          { dueOn: '2025-06-29', doneOn: null },
          { dueOn: '2025-06-30', doneOn: null },
          { dueOn: '2025-03-01', doneOn: '2025-07-02' },
          { dueOn: '2025-03-01', doneOn: '2025-06-30' },
        ],
      },
      period,
    );
    expect(Object.fromEntries(figures.wgad_petitions_submitted.values)).toEqual({ total: 2 });
    expect(Object.fromEntries(figures.wgad_opinions.values)).toEqual({ total: 2, arbitrary: 1, not_arbitrary: 1, I: 1, II: 0, III: 1, IV: 0, V: 0 });
    // Due before the last day and not done by its end: the first and the third.
    expect(figures.overdue_tasks.values.get('total')).toBe(2);
  });
});

describe('comparing periods', () => {
  it('ranks charges by the current count, then the previous, then the key, and keeps ten', () => {
    // Eleven charges used now (1 to 11 times), one used only before: the old one ranks 12th.
    const current = { values: new Map<string, number | null>(Array.from({ length: 11 }, (_, i) => [`UK ${i + 1}`, i + 1])), leftOut: NONE };
    const previous = { values: new Map<string, number | null>([['UK old', 50], ['UK 1', 3]]), leftOut: NONE };
    const top = topCharges(current, previous);
    expect(top).toHaveLength(10);
    expect(top[0]).toEqual({ key: 'UK 11', current: 11, previous: 0, change: 11 });
    expect(top.map((f) => f.key)).not.toContain('UK old');
    // With room for all twelve: UK 1 (1 now, 3 before) before UK old (0 now, 50 before).
    expect(topCharges(current, previous, 12).slice(-2).map((f) => f.key)).toEqual(['UK 1', 'UK old']);
    // Ties on both counts go by the code and article.
    const tied = { values: new Map<string, number | null>([['B 2', 1], ['A 1', 1]]), leftOut: NONE };
    expect(topCharges(tied, { values: new Map(), leftOut: NONE }).map((f) => f.key)).toEqual(['A 1', 'B 2']);
  });

  it('gives every group, with the change and the uncertain counts of both periods', () => {
    const rows: ReportRows = { ...EMPTY, advocacy: [{ type: 'media', date: '2025-02-01' }, { type: 'media', date: '2024-12-01' }, { type: 'media', date: '2024-11-01' }] };
    const groups = compareFigures(periodFigures(rows, { from: '2025-01-01', to: '2025-02-28' }), periodFigures(rows, { from: '2024-11-01', to: '2024-12-31' }));
    expect(groups).toHaveLength(13);
    const media = groups.find((g) => g.group === 'advocacy_by_type')?.figures.find((f) => f.key === 'media');
    expect(media).toEqual({ key: 'media', current: 1, previous: 2, change: -1 });
    const medianYears = groups.find((g) => g.group === 'sentences')?.figures.find((f) => f.key === 'median_years');
    expect(medianYears).toEqual({ key: 'median_years', current: null, previous: null, change: null });
  });
});

describe('names and CSV', () => {
  it('hides confidential people behind numbered placeholders unless asked', () => {
    const people = [
      { name: 'Zhanna', confidential: false },
      { name: 'Secret One', confidential: true },
      { name: 'Aidos', confidential: false },
      { name: 'Secret Two', confidential: true },
    ];
    expect(reportNames(people, false)).toEqual(['Aidos', 'Zhanna', 'Confidential (1)', 'Confidential (2)']);
    expect(reportNames(people, true)).toEqual(['Aidos', 'Secret One', 'Secret Two', 'Zhanna']);
  });

  it('writes sentence years as years and months in both languages', () => {
    expect(yearsAndMonths(253.85)).toEqual({ negative: false, years: 253, months: 10 });
    expect(yearsAndMonths(0.96)).toEqual({ negative: false, years: 1, months: 0 });
    expect(durationText(253.85, 'en')).toBe('253 years 10 months');
    expect(durationText(1.08, 'en')).toBe('1 year 1 month');
    expect(durationText(5.5, 'ru')).toBe('5 лет 6 месяцев');
    expect(durationText(22.17, 'ru')).toBe('22 года 2 месяца');
    expect(durationText(21.08, 'ru')).toBe('21 год 1 месяц');
    expect(durationText(-1.5, 'en', true)).toBe('1 year 6 months less');
    expect(durationText(2, 'ru', true)).toBe('больше на 2 года');
    expect(durationText(0, 'en', true)).toBe('0 months');
    expect(durationText(null, 'en')).toBeNull();
  });

  it('quotes fields by RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvLines([['plain', 'a,b', 'say "hi"', 'two\nlines', '=HYPERLINK("x")', -2, null, '@x']])).toBe(
      `plain,"a,b","say ""hi""","two\nlines","'=HYPERLINK(""x"")",-2,,"'@x"\r\n`,
    );
    expect(csvLines([])).toBe('');
  });
});

describe('figure invariants (properties)', () => {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const partial = fc.oneof(
    fc.integer({ min: 2020, max: 2026 }).map(String),
    fc.record({ y: fc.integer({ min: 2020, max: 2026 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${pad(m)}`),
    fc.record({ y: fc.integer({ min: 2020, max: 2026 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(
      ({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`,
    ),
  );
  const episodes = fc.array(
    fc.record({
      arrestDate: fc.option(partial, { nil: null }),
      observations: fc.array(partial, { maxLength: 3 }),
      releaseDate: fc.option(partial, { nil: null }),
      releaseReason: fc.constantFrom('pardon' as const, 'amnesty' as const, null),
      detentionType: fc.constantFrom('pre_trial' as const, 'prison_colony' as const, 'incommunicado' as const),
      facility: fc.option(fc.constantFrom('A', 'B'), { nil: null }),
    }),
    { maxLength: 30 },
  );
  // Distinct people, as episodes of one person never overlap.
  const rowsOf = (list: Omit<ReportRows['episodes'][number], 'personId'>[]): ReportRows => ({
    ...EMPTY,
    episodes: list.map((e, i) => ({ ...e, personId: `p${i}` })),
  });
  const nested = fc
    .tuple(day, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }))
    .map(([from, a, b, c]) => ({ outer: { from, to: addDays(from, a + b + c) }, inner: { from: addDays(from, a), to: addDays(from, a + b) } }));
  const sumExceptTotal = (values: Map<string, number | null>): number =>
    [...values].filter(([k]) => k !== 'total').reduce((s, [, n]) => s + (n ?? 0), 0);

  it('totals equal the sum of their parts, and nothing is counted twice or guessed', () => {
    fc.assert(
      fc.property(episodes, nested, (list, { outer }) => {
        const f = periodFigures(rowsOf(list), outer);
        for (const group of [f.arrests, f.releases_by_reason, f.detained_by_type]) {
          expect(sumExceptTotal(group.values)).toBe(group.values.get('total'));
          expect((group.values.get('total') ?? 0) + group.leftOut.no_date + group.leftOut.coarse_date).toBeLessThanOrEqual(list.length);
        }
        expect(sumExceptTotal(f.detained_by_facility.values)).toBe(f.detained_by_type.values.get('total'));
      }),
    );
  });

  it('observations never turn a certain answer into another one (property)', () => {
    fc.assert(
      fc.property(episodes, day, (list, end) => {
        for (const episode of list) {
          const without = heldAtEnd({ ...episode, observations: [] }, end);
          if (typeof without === 'boolean') expect(heldAtEnd(episode, end)).toBe(without);
        }
      }),
    );
  });

  it('an arrest or release counted in a period is counted in every period around it', () => {
    fc.assert(
      fc.property(episodes, nested, (list, { outer, inner }) => {
        const a = periodFigures(rowsOf(list), inner);
        const b = periodFigures(rowsOf(list), outer);
        expect(b.arrests.values.get('total') ?? 0).toBeGreaterThanOrEqual(a.arrests.values.get('total') ?? 0);
        expect(b.releases_by_reason.values.get('total') ?? 0).toBeGreaterThanOrEqual(a.releases_by_reason.values.get('total') ?? 0);
      }),
    );
  });
});
