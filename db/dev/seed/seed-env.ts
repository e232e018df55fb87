// What every synthetic-case generator shares: the row writers, the demo staff, the day the data
// ends on, and date helpers that keep partial dates honest (a coarser date is only used when its
// whole range still fits between the events around it).
import type { DatePrecision } from '../../../shared/vocabulary';
import type { DeadlineSettings } from '../../features/tasks/deadlines';
import { addDays, daysBetween, partialDateBounds } from '../../../shared/partial-date';
import type * as schema from '../../schema';
import type { Random } from './seed-random';

/** The tables synthetic cases are written to, in the order their rows must reach the database. */
export interface SeedTables {
  people: typeof schema.people;
  nameVariants: typeof schema.nameVariants;
  professions: typeof schema.personProfessions;
  contacts: typeof schema.contacts;
  referrals: typeof schema.referrals;
  cases: typeof schema.cases;
  episodes: typeof schema.detentionEpisodes;
  courtEvents: typeof schema.courtEvents;
  sentences: typeof schema.sentences;
  charges: typeof schema.charges;
  advocacy: typeof schema.advocacyActions;
  wgad: typeof schema.wgadPetitions;
  caseEvents: typeof schema.caseEvents;
}

/** One writer per table; rows are held per case and written parents first (see seed.ts). */
export type SeedSinks = { [K in keyof SeedTables]: (row: SeedTables[K]['$inferSelect']) => void };

export interface SeedStaff {
  caseworkers: readonly string[];
  supervisors: readonly string[];
}

export interface SeedEnv {
  seed: number;
  /** Last day any generated event may fall on. */
  today: string;
  /** ISO timestamp of the call: no record claims to be created after it. */
  now: string;
  settings: DeadlineSettings;
  staff: SeedStaff;
  sinks: SeedSinks;
  newId(): string;
  /** A free case reference drawn from the case's own generator, so the same seed gives the same references. */
  reference(countryCode: string, openedOn: string, rng: Random): string;
}

export interface Dated {
  value: string;
  precision: DatePrecision;
}

/** Record timestamp for something that happened on `date`, never later than the call itself. */
export function stampOn(env: SeedEnv, date: string): { createdAt: string; updatedAt: string } {
  const at = `${date}T12:00:00.000Z`;
  const capped = at < env.now ? at : env.now;
  return { createdAt: capped, updatedAt: capped };
}

/** A day in [from, to]; `from` when the range is empty. */
export function dayBetween(rng: Random, from: string, to: string): string {
  const span = daysBetween(from, to);
  return span <= 0 ? from : addDays(from, rng.int(0, span));
}

export const later = (a: string, b: string): string => (a > b ? a : b);
export const earlier = (a: string, b: string): string => (a < b ? a : b);

/**
 * The full date, or its month or year when chance says the source was vague, as long as every day
 * the coarser date could mean lies strictly after `after` and strictly before `before`.
 */
export function vague(rng: Random, date: string, month: number, year: number, after: string | null, before: string | null): Dated {
  const roll = rng.next();
  const candidates: Dated[] = [];
  if (roll < year) candidates.push({ value: date.slice(0, 4), precision: 'year' });
  if (roll < year + month) candidates.push({ value: date.slice(0, 7), precision: 'month' });
  for (const c of candidates) {
    const { first, last } = partialDateBounds(c.value);
    if ((after === null || first > after) && (before === null || last < before)) return c;
  }
  return { value: date, precision: 'day' };
}

/** Last day a partial date could mean, as a full date, for ordering what follows it. */
export const lastDayOf = (d: Dated): string => partialDateBounds(d.value).last;
export const firstDayOf = (d: Dated): string => partialDateBounds(d.value).first;

/** The latest day seen on a case's timeline, for cases.lastActivityAt. */
export class ActivityClock {
  latest = '0000-01-01';
  constructor(private readonly today: string) {}
  see(date: string | null): void {
    if (date !== null && date <= this.today && date > this.latest) this.latest = date;
  }
}
