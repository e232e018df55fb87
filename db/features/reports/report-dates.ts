// Where a record's date puts it for the report: inside or outside a period, or left out with the
// reason ("no date known" apart from "date too coarse"). An episode's arrest and release are read
// together with its "known to be held on DATE" observations, which narrow them. Pure.
import type { LeftOutReason } from '../../contract/reports';
import { partialDateBounds, placeInPeriod } from '../../../shared/partial-date';
import type { Period } from './report-period';

export type Placement = 'inside' | 'outside' | LeftOutReason;

/** A record's own date: unknown is 'no_date'; a partial date astride a period bound is 'coarse_date'. */
export function placeDate(date: string | null, period: Period): Placement {
  if (date === null) return 'no_date';
  const placed = placeInPeriod(date, period.from, period.to);
  return placed === 'uncertain' ? 'coarse_date' : placed;
}

/** An episode's arrest and its observations (partial dates), as the report reads them. */
export interface ArrestDates {
  arrestDate: string | null;
  observations?: readonly string[];
}

export interface EpisodeDates extends ArrestDates {
  releaseDate: string | null;
}

/** Days the arrest or release may have fallen on: first..last; null for no bound that way. */
interface Window {
  first: string | null;
  last: string | null;
}

const minOf = (days: readonly string[]): string | null => days.reduce<string | null>((m, d) => (m === null || d < m ? d : m), null);
const maxOf = (days: readonly string[]): string | null => days.reduce<string | null>((m, d) => (m === null || d > m ? d : m), null);

/**
 * The arrest lies on or before the last day of every observation (the person was held then). A
 * recorded arrest is narrowed by them but never contradicted: an observation before the recorded
 * arrest is not allowed to move it, the recorded date wins.
 */
export function arrestWindow(e: ArrestDates): Window {
  const own = e.arrestDate === null ? { first: null, last: null } : partialDateBounds(e.arrestDate);
  const seen = minOf((e.observations ?? []).map((o) => partialDateBounds(o).last));
  if (seen === null) return own;
  const last = own.last === null || seen < own.last ? seen : own.last;
  return own.first !== null && last < own.first ? own : { first: own.first, last };
}

/** The release lies on or after the first day of every observation; null when there is no release. */
export function releaseWindow(e: EpisodeDates): Window | null {
  if (e.releaseDate === null) return null;
  const own = partialDateBounds(e.releaseDate);
  const seen = maxOf((e.observations ?? []).map((o) => partialDateBounds(o).first));
  if (seen === null || seen <= own.first) return own;
  return seen > own.last ? own : { first: seen, last: own.last };
}

function placeWindow(w: Window, period: Period, reason: LeftOutReason): Placement {
  if ((w.last !== null && w.last < period.from) || (w.first !== null && w.first > period.to)) return 'outside';
  if (w.first !== null && w.last !== null && w.first >= period.from && w.last <= period.to) return 'inside';
  return reason;
}

/** The arrest in the period: an unknown arrest that observations cannot settle is 'no_date'. */
export function placeArrest(e: ArrestDates, period: Period): Placement {
  return placeWindow(arrestWindow(e), period, e.arrestDate === null ? 'no_date' : 'coarse_date');
}

/** The release in the period; null when the episode has no release (still held: nothing to place). */
export function placeRelease(e: EpisodeDates, period: Period): Placement | null {
  const w = releaseWindow(e);
  return w === null ? null : placeWindow(w, period, 'coarse_date');
}

/**
 * Held at the end of `day`: true when the arrest (narrowed by observations) is certainly on or
 * before `day` and the release is absent or certainly after it; false when the arrest is certainly
 * after `day` or the release certainly on or before it (released that day: not held at its end);
 * otherwise the reason it cannot be told.
 */
export function heldAtEnd(e: EpisodeDates, day: string): boolean | LeftOutReason {
  const arrest = arrestWindow(e);
  const release = releaseWindow(e);
  if (arrest.first !== null && arrest.first > day) return false;
  if (release !== null && release.last !== null && release.last <= day) return false;
  const arrested = arrest.last !== null && arrest.last <= day;
  const notReleased = release === null || (release.first !== null && release.first > day);
  if (arrested && notReleased) return true;
  return !arrested && e.arrestDate === null ? 'no_date' : 'coarse_date';
}

/** heldAtEnd as true, false, or null when the dates cannot tell. */
export function detainedAt(e: EpisodeDates, day: string): boolean | null {
  const held = heldAtEnd(e, day);
  return typeof held === 'boolean' ? held : null;
}
