// The report on a seeded vault (400 synthetic cases, partial dates of every precision) against an
// independent oracle: the same figures counted directly in SQL, with a partial date's first and
// last day worked out by SQLite's own date functions rather than the pure rules in db/features.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { CountryReport, ReportGroupName } from '../../../../db/api';
import { createTestVault, type TestVault } from '../../support/test-vault';

let v: TestVault;
let report: CountryReport;
// Not whole months, so month- and year-precision dates land astride both ends.
const PERIOD = { from: '2024-02-15', to: '2025-11-14' };

// First and last day a stored partial date can mean.
const first = (col: string) => `(CASE length(${col}) WHEN 10 THEN ${col} WHEN 7 THEN ${col} || '-01' ELSE ${col} || '-01-01' END)`;
const last = (col: string) =>
  `(CASE length(${col}) WHEN 10 THEN ${col} WHEN 7 THEN date(${col} || '-01', '+1 month', '-1 day') ELSE ${col} || '-12-31' END)`;
const inside = (col: string) => `(${col} IS NOT NULL AND ${first(col)} >= @from AND ${last(col)} <= @to)`;
const uncertain = (col: string) => `(${col} IS NULL OR (${last(col)} >= @from AND ${first(col)} <= @to AND NOT ${inside(col)}))`;

const EPISODES = `detention_episodes e JOIN cases c ON c.id = e.case_id JOIN people p ON p.id = e.person_id
  WHERE e.deleted_at IS NULL AND c.deleted_at IS NULL AND p.deleted_at IS NULL AND c.country_code = @country`;

function count(sql: string, country: string, period = PERIOD): number {
  return (v.sqlite.prepare(`SELECT count(*) AS n FROM ${sql}`).get({ country, ...period }) as { n: number }).n;
}

function figure(country: string, group: ReportGroupName, key: string): number | null | undefined {
  return report.sections.find((s) => s.countryCode === country)?.groups.find((g) => g.group === group)?.figures.find((f) => f.key === key)
    ?.current;
}

/** Records left out of a group in the current period, both reasons together (the seed records no observations). */
function uncertainOf(country: string, group: ReportGroupName): number | undefined {
  const left = report.sections.find((s) => s.countryCode === country)?.groups.find((g) => g.group === group)?.leftOut.current;
  return left === undefined ? undefined : left.no_date + left.coarse_date;
}

function noDateOf(country: string, group: ReportGroupName): number | undefined {
  return report.sections.find((s) => s.countryCode === country)?.groups.find((g) => g.group === group)?.leftOut.current.no_date;
}

beforeAll(() => {
  v = createTestVault({ today: '2026-01-15' });
  v.signInAsAdmin();
  v.call('seed.generate', { cases: 400, offset: 0, seed: 7 });
  v.signInAs('staff');
  report = v.call('reports.country', PERIOD);
}, 60_000);
afterAll(() => v.close());

describe('reports.country on a seeded vault', () => {
  it('agrees with counts made directly in SQL, country by country', () => {
    expect(report.sections.length).toBeGreaterThan(3);
    // Not a vacuous match: the seed has arrests in the period and some too imprecise to place.
    const total = (group: ReportGroupName, pick: (c: string) => number | null | undefined) =>
      report.sections.reduce((sum, s) => sum + (pick(s.countryCode) ?? 0), 0);
    expect(total('arrests', (c) => figure(c, 'arrests', 'total'))).toBeGreaterThan(10);
    expect(total('arrests', (c) => uncertainOf(c, 'arrests'))).toBeGreaterThan(0);
    for (const { countryCode: c } of report.sections) {
      expect(figure(c, 'referrals_by_channel', 'total')).toBe(
        count(`referrals r JOIN people p ON p.id = r.person_id WHERE r.deleted_at IS NULL AND p.deleted_at IS NULL
          AND r.country_code = @country AND r.received_on BETWEEN @from AND @to`, c),
      );
      expect(figure(c, 'arrests', 'total')).toBe(count(`${EPISODES} AND ${inside('e.arrest_date')}`, c));
      expect(uncertainOf(c, 'arrests')).toBe(count(`${EPISODES} AND ${uncertain('e.arrest_date')}`, c));
      // Of those, the ones with no arrest date at all are told apart from the coarse ones.
      expect(noDateOf(c, 'arrests')).toBe(count(`${EPISODES} AND e.arrest_date IS NULL`, c));
      expect(noDateOf(c, 'detained_by_type')).toBe(
        count(`${EPISODES} AND e.arrest_date IS NULL AND (e.release_date IS NULL OR ${last('e.release_date')} > @to)`, c),
      );
      expect(figure(c, 'releases_by_reason', 'total')).toBe(count(`${EPISODES} AND ${inside('e.release_date')}`, c));
      expect(uncertainOf(c, 'releases_by_reason')).toBe(count(`${EPISODES} AND e.release_date IS NOT NULL AND ${uncertain('e.release_date')}`, c));
      expect(figure(c, 'detained_by_type', 'total')).toBe(
        count(`${EPISODES} AND e.arrest_date IS NOT NULL AND ${last('e.arrest_date')} <= @to
          AND (e.release_date IS NULL OR ${first('e.release_date')} > @to)`, c),
      );
      expect(figure(c, 'sentences', 'count')).toBe(
        count(`sentences s JOIN detention_episodes e ON e.id = s.episode_id JOIN cases c ON c.id = e.case_id
          WHERE s.deleted_at IS NULL AND e.deleted_at IS NULL AND c.deleted_at IS NULL AND c.country_code = @country
          AND (s.change IS NULL OR s.change <> 'overturned') AND ${inside('s.handed_down_on')}`, c),
      );
      const actions = `advocacy_actions a JOIN cases c ON c.id = a.case_id WHERE a.deleted_at IS NULL AND c.deleted_at IS NULL AND c.country_code = @country`;
      expect(figure(c, 'advocacy_by_type', 'total')).toBe(count(`${actions} AND a.date BETWEEN @from AND @to`, c));
      const petitions = `advocacy_actions a JOIN cases c ON c.id = a.case_id JOIN wgad_petitions w ON w.action_id = a.id
        WHERE a.deleted_at IS NULL AND c.deleted_at IS NULL AND c.country_code = @country AND a.type = 'wgad_petition'`;
      expect(figure(c, 'wgad_petitions_submitted', 'total')).toBe(count(`${petitions} AND w.submitted_on BETWEEN @from AND @to`, c));
      expect(figure(c, 'wgad_opinions', 'arbitrary')).toBe(
        count(`${petitions} AND w.opinion_adopted_on BETWEEN @from AND @to AND w.outcome = 'arbitrary'`, c),
      );
    }
  });

  it('gives the previous period the same treatment', () => {
    // 639 days before 15 February 2024, ending the day before.
    const previous = { from: '2022-05-17', to: '2024-02-14' };
    expect(report.previousPeriod).toEqual(previous);
    for (const s of report.sections) {
      const arrests = s.groups.find((g) => g.group === 'arrests');
      expect(arrests?.figures.find((f) => f.key === 'total')?.previous).toBe(count(`${EPISODES} AND ${inside('e.arrest_date')}`, s.countryCode, previous));
      expect((arrests?.leftOut.previous.no_date ?? 0) + (arrests?.leftOut.previous.coarse_date ?? 0)).toBe(count(`${EPISODES} AND ${uncertain('e.arrest_date')}`, s.countryCode, previous));
    }
  });
});
