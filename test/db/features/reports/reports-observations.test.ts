// The report on a vault of several hundred detainees shaped like an imported list: most have no
// arrest date or only a year, and what is known is that they were held in census years (and now
// and then on a visit's day). Every figure about detention is checked against a separate plain
// computation over the generated people, written without the report's own code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { CountryReport, LeftOut } from '../../../../db/api';
import { createTestVault, type TestVault } from '../../support/test-vault';

const PERIOD = { from: '2023-07-01', to: '2023-12-31' };
const PREVIOUS_END = '2023-06-30';
const PEOPLE = 300;
const COUNTRIES = ['KZ', 'UZ'] as const;

interface Generated {
  name: string;
  country: (typeof COUNTRIES)[number];
  /** null, a year ("2021") or a day. */
  arrest: string | null;
  /** null (still held) or a day. */
  release: string | null;
  /** Census years and visit days on which the person was held, each inside arrest..release. */
  observed: string[];
  deletedObservation: string | null;
}

// A small fixed generator (mulberry32), so the vault is the same on every run.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

function generate(): Generated[] {
  const next = random(2023);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const out: Generated[] = [];
  for (let i = 0; i < PEOPLE; i += 1) {
    const arrestYear = pick([2019, 2020, 2021, 2022, 2023, 2023]);
    const roll = next();
    // 45% no arrest date, 35% the year only, 20% the day.
    const arrestDay = `${arrestYear}-${pad(1 + Math.floor(next() * 12))}-${pad(1 + Math.floor(next() * 28))}`;
    const arrest = roll < 0.45 ? null : roll < 0.8 ? String(arrestYear) : arrestDay;
    // One in five released, on a day in 2023 or 2024 after the arrest.
    const releaseDay = `${pick([2023, 2024])}-${pad(1 + Math.floor(next() * 12))}-${pad(1 + Math.floor(next() * 28))}`;
    const release = next() < 0.2 && releaseDay > arrestDay ? releaseDay : null;
    const observed: string[] = [];
    // Census rows from the year after the arrest up to 2024, skipping some, never after the release.
    for (let year = arrestYear + 1; year <= 2024; year += 1) {
      if (next() < 0.6 && (release === null || release.slice(0, 4) > String(year))) observed.push(String(year));
    }
    // Now and then a visit on a day after the arrest (and before any release).
    const visit = `${pick([2023, 2024])}-${pad(1 + Math.floor(next() * 12))}-${pad(1 + Math.floor(next() * 28))}`;
    if (next() < 0.25 && visit > arrestDay && (release === null || visit < release) && (arrest === null || visit > `${arrest}`)) observed.push(visit);
    // One observation in ten is recorded and then deleted: it must count for nothing.
    const deletedObservation = observed.length > 0 && next() < 0.1 ? (observed[0] ?? null) : null;
    out.push({ name: `Detainee ${i + 1}`, country: pick(COUNTRIES), arrest, release, observed, deletedObservation });
  }
  return out;
}

// ---- The plain computation: days as ISO strings; a year means 1 January .. 31 December. ----

const firstDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d);
const lastDay = (d: string) => (d.length === 4 ? `${d}-12-31` : d);
const kept = (p: Generated) => p.observed.filter((o) => o !== p.deletedObservation);

type Plain = 'held' | 'not' | 'no_date' | 'coarse_date';

/** Held at the end of `day`, as the issue asks: an arrest or any observation on or before it. */
function heldPlain(p: Generated, day: string): Plain {
  if (p.release !== null && p.release <= day) return 'not';
  if (p.arrest !== null && firstDay(p.arrest) > day) return 'not';
  const proofs = [...(p.arrest === null ? [] : [lastDay(p.arrest)]), ...kept(p).map(lastDay)];
  if (proofs.some((d) => d <= day)) return 'held';
  return p.arrest === null ? 'no_date' : 'coarse_date';
}

/** The arrest in the period: between its first possible day and the earliest observation's end. */
function arrestPlain(p: Generated): 'in' | 'out' | 'no_date' | 'coarse_date' {
  const latest = [...(p.arrest === null ? [] : [lastDay(p.arrest)]), ...kept(p).map(lastDay)].sort()[0];
  const earliest = p.arrest === null ? null : firstDay(p.arrest);
  if ((latest !== undefined && latest < PERIOD.from) || (earliest !== null && earliest > PERIOD.to)) return 'out';
  if (earliest !== null && latest !== undefined && earliest >= PERIOD.from && latest <= PERIOD.to) return 'in';
  return p.arrest === null ? 'no_date' : 'coarse_date';
}

function tally(people: Generated[], of: (p: Generated) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of people) out.set(of(p), (out.get(of(p)) ?? 0) + 1);
  return out;
}

// ---- The vault ----

let v: TestVault;
let people: Generated[];
let report: CountryReport;

function group(country: string, name: string) {
  const found = report.sections.find((s) => s.countryCode === country)?.groups.find((g) => g.group === name);
  if (!found) throw new Error(`no ${name} for ${country}`);
  return found;
}
const figure = (country: string, name: string, key: string) => group(country, name).figures.find((f) => f.key === key);
const leftOut = (no: number, coarse: number): LeftOut => ({ no_date: no, coarse_date: coarse });

beforeAll(() => {
  people = generate();
  v = createTestVault();
  v.setToday('2025-01-15');
  v.signInAs('caseworker');
  for (const p of people) {
    const referral = v.call('referrals.create', { receivedOn: '2024-12-01', channel: 'partner_organisation', countryCode: p.country, person: { name: p.name } });
    const { caseId } = v.call('referrals.decide', { id: referral.id, decision: 'accepted', decidedOn: '2024-12-02' });
    if (caseId === null) throw new Error('no case');
    const episode = v.call('episodes.create', {
      caseId, arrestDate: p.arrest, detentionType: 'prison_colony', releaseDate: p.release, releaseReason: p.release === null ? null : 'pardon',
    });
    for (const observedOn of p.observed) {
      const o = v.call('observations.create', { episodeId: episode.id, observedOn, source: observedOn.length === 4 ? 'import' : 'visit' });
      if (observedOn === p.deletedObservation) v.call('observations.delete', { id: o.id });
    }
  }
  v.signInAs('staff');
  report = v.call('reports.country', PERIOD);
}, 120_000);
afterAll(() => v.close());

describe('a list of detainees without arrest dates', () => {
  it('is mostly undated or year-only, as real lists are', () => {
    const undated = people.filter((p) => p.arrest === null).length;
    const yearOnly = people.filter((p) => p.arrest?.length === 4).length;
    expect(undated).toBeGreaterThan(PEOPLE * 0.35);
    expect(yearOnly).toBeGreaterThan(PEOPLE * 0.25);
    expect(people.filter((p) => p.deletedObservation !== null).length).toBeGreaterThan(5);
  });

  it('counts as detained at the end of each period everyone the dates or observations place there', () => {
    for (const country of COUNTRIES) {
      const mine = people.filter((p) => p.country === country);
      const now = tally(mine, (p) => heldPlain(p, PERIOD.to));
      const before = tally(mine, (p) => heldPlain(p, PREVIOUS_END));
      const total = figure(country, 'detained_by_type', 'total');
      expect([total?.current, total?.previous]).toEqual([now.get('held') ?? 0, before.get('held') ?? 0]);
      expect(group(country, 'detained_by_type').leftOut).toEqual({
        current: leftOut(now.get('no_date') ?? 0, now.get('coarse_date') ?? 0),
        previous: leftOut(before.get('no_date') ?? 0, before.get('coarse_date') ?? 0),
      });
      // Only the arrest dates (what the report counted before observations) would miss most of them.
      const datedOnly = mine.filter((p) => p.arrest !== null && lastDay(p.arrest) <= PERIOD.to && (p.release === null || p.release > PERIOD.to)).length;
      expect(now.get('held') ?? 0).toBeGreaterThan(datedOnly + 20);
      // At the end of June a year-only 2023 arrest is too coarse, an unobserved undated one has no date.
      expect(before.get('coarse_date') ?? 0).toBeGreaterThan(0);
      expect(before.get('no_date') ?? 0).toBeGreaterThan(0);
      // The names: one per person held.
      expect(report.sections.find((s) => s.countryCode === country)?.people).toHaveLength(now.get('held') ?? 0);
    }
  });

  it('counts arrests and releases in the period, telling no date from a coarse one', () => {
    for (const country of COUNTRIES) {
      const mine = people.filter((p) => p.country === country);
      const arrests = tally(mine, arrestPlain);
      expect(figure(country, 'arrests', 'total')?.current).toBe(arrests.get('in') ?? 0);
      expect(group(country, 'arrests').leftOut.current).toEqual(leftOut(arrests.get('no_date') ?? 0, arrests.get('coarse_date') ?? 0));
      const released = mine.filter((p) => p.release !== null && p.release >= PERIOD.from && p.release <= PERIOD.to).length;
      expect(figure(country, 'releases_by_reason', 'pardon')?.current).toBe(released);
      expect(group(country, 'releases_by_reason').leftOut.current).toEqual(leftOut(0, 0));
    }
  });

  it('sees the figures the plain count gives, in numbers worth noting', () => {
    const all = tally(people, (p) => heldPlain(p, PERIOD.to));
    const sum = (name: string, pick: (g: ReturnType<typeof group>) => number) => COUNTRIES.reduce((s, c) => s + pick(group(c, name)), 0);
    expect(sum('detained_by_type', (g) => g.figures.find((f) => f.key === 'total')?.current ?? 0)).toBe(all.get('held'));
    expect(sum('detained_by_type', (g) => g.leftOut.current.no_date)).toBe(all.get('no_date') ?? 0);
    console.info(`held at ${PERIOD.to}: ${all.get('held') ?? 0} of ${PEOPLE}; no date ${all.get('no_date') ?? 0}; too coarse ${all.get('coarse_date') ?? 0}; released ${all.get('not') ?? 0}`);
  });

  it('forgets the observations of a deleted episode', () => {
    const target = people.find((p) => p.country === 'KZ' && p.arrest === null && p.release === null && kept(p).length > 0 && heldPlain(p, PERIOD.to) === 'held');
    if (!target) throw new Error('the generator made no such person');
    const row = v.sqlite.prepare('SELECT e.id FROM detention_episodes e JOIN people p ON p.id = e.person_id WHERE p.name = ?').get(target.name) as { id: string };
    const before = figure('KZ', 'detained_by_type', 'total')?.current ?? 0;
    v.signInAs('caseworker');
    v.call('episodes.delete', { id: row.id });
    v.signInAs('staff');
    const after = v.call('reports.country', { ...PERIOD, countryCode: 'KZ' });
    const total = after.sections[0]?.groups.find((g) => g.group === 'detained_by_type')?.figures.find((f) => f.key === 'total');
    expect(total?.current).toBe(before - 1);
    const live = v.sqlite.prepare('SELECT count(*) AS n FROM detention_observations WHERE episode_id = ? AND deleted_at IS NULL').get(row.id) as { n: number };
    expect(live.n).toBe(0);
  });
});
