// The per-country summary report's definitions, written once: each figure group computed from
// plain rows for one period (the previous period and the median are in ./report-period.ts, where a
// date falls in ./report-dates.ts). The service loads rows, and the CSV, the screen and the CLI all
// print what these functions return. The screen's definitions section (renderer reports
// catalogue, "definitions") says the same in words; keep the two together.
//
// Definitions (the figures, made exact). A period is [from, to], whole days, inclusive.
// - Dates are partial (a year, a month or a day). A record counts in a period only when every day
//   its date could mean lies inside; otherwise it is left out of the group and counted by reason:
//   'no_date' when its date is not recorded at all, 'coarse_date' when it is a year or a month
//   running across a bound of the period. Nothing is guessed.
// - Observations: an episode may carry "known to be held on DATE" observations (a census row of
//   an imported list, a prison visit, a court hearing). An observation on O says the arrest was on
//   or before the last day O can mean, and the release (if any) on or after the first day O can
//   mean. So the arrest is read as the window [arrest's first day, min(arrest's last day, every
//   observation's last day)] (no lower bound when the arrest is unknown), the release as
//   [max(release's first day, every observation's first day), release's last day]. A recorded date
//   is narrowed, never contradicted: an observation outside it is ignored for that bound.
// - "Detained at the end of the period" (at the end of day `to`): an episode whose arrest window
//   ends on or before `to` (a recorded arrest certainly on or before `to`, OR any observation
//   certainly on or before `to`: an observation dated "2023" counts for every period ending on or
//   after 31 December 2023) and whose release is not recorded (still held, as for dated arrests)
//   or certainly after `to` (a release window starting after `to`; an observation after `to`
//   says so too). Released on `to` itself is not held at its end. An arrest certainly after `to`
//   or a release certainly on or before it is not held. Anything else is left out: 'no_date' when
//   the arrest is unknown and no observation settles it, else 'coarse_date'. Counted per person
//   (episodes never overlap, so a person has at most one episode held at a day).
// - Arrests in the period: the arrest window inside the period (an unknown arrest observed held
//   before the period is certainly not an arrest in it). Releases: the release window inside it;
//   an episode without a release is not released and is neither counted nor left out.
// - Sentences: every sentence handed down in the period counts on its own date, including later
//   changes (appeal reductions, amnesties, commutations), because each was a court's decision that
//   day; an 'overturned' record is not a sentence and is left out. Life sentences are counted apart
//   and kept out of the years; fines carry no term and are kept out of the years too. Years are
//   years + months/12 + days/365.25, summed and the median taken, rounded to hundredths.
// - Referrals by profession: the person's professions as recorded now (a person with several
//   counts under each), since the professions are not kept per referral. Decisions by decidedOn.
// - Charges: charges on episodes whose arrest (window, as above) is in the period.
// - WGAD: petitions (not urgent appeals, which lead to no opinion) by submittedOn; opinions by
//   opinionAdoptedOn, split arbitrary / not arbitrary and by category I–V (an opinion may find several).
// - Overdue tasks: tasks of the country's cases not done by the end of `to` and due before `to`.
import {
  ADVOCACY_TYPES,
  DETENTION_TYPES,
  PROFESSIONS,
  REFERRAL_CHANNELS,
  RELEASE_REASONS,
  WGAD_CATEGORIES,
  type AdvocacyType,
  type DetentionType,
  type Profession,
  type ReferralChannel,
  type ReferralStatus,
  type ReleaseReason,
  type SentenceChange,
  type SentenceType,
  type WgadCategory,
  type WgadOutcome,
} from '../../../shared/vocabulary';
import type { LeftOut, LeftOutReason, ReportGroupName } from '../../contract/reports';
import { heldAtEnd, placeArrest, placeDate, placeRelease, type Placement } from './report-dates';
import { median, roundYears, type Period } from './report-period';
import { sentenceYears } from '../detention/sentence';

export { detainedAt, heldAtEnd } from './report-dates';
export { median, previousPeriod, type Period } from './report-period';

// ---- Input rows: what the service loads for one country. ----

export interface ReferralRow {
  receivedOn: string;
  channel: ReferralChannel;
  professions: readonly Profession[];
  status: ReferralStatus;
  decidedOn: string | null;
}

export interface EpisodeRow {
  personId: string;
  arrestDate: string | null;
  /** The episode's "known to be held on" dates (partial), any order. */
  observations: readonly string[];
  releaseDate: string | null;
  releaseReason: ReleaseReason | null;
  detentionType: DetentionType;
  facility: string | null;
}

export interface SentenceRow {
  handedDownOn: string | null;
  type: SentenceType;
  years: number;
  months: number;
  days: number;
  life: boolean;
  change: SentenceChange | null;
}

export interface ChargeRow {
  /** The arrest date of the charge's episode, and that episode's observations. */
  arrestDate: string | null;
  observations: readonly string[];
  code: string;
  article: string;
}

export interface AdvocacyRow {
  type: AdvocacyType;
  date: string;
}

export interface PetitionRow {
  submittedOn: string | null;
  opinionAdoptedOn: string | null;
  outcome: WgadOutcome;
  categories: readonly WgadCategory[];
}

export interface TaskRow {
  dueOn: string;
  /** The day the task was done (UTC date of doneAt); null while open. */
  doneOn: string | null;
}

export interface ReportRows {
  referrals: readonly ReferralRow[];
  episodes: readonly EpisodeRow[];
  sentences: readonly SentenceRow[];
  charges: readonly ChargeRow[];
  advocacy: readonly AdvocacyRow[];
  petitions: readonly PetitionRow[];
  tasks: readonly TaskRow[];
}

// ---- Figure groups ----


/** One group's figures for one period: values by key (null: no value, e.g. the median of nothing). */
export interface GroupFigures {
  /** Keys in display order; vocabulary keys are always present, zero or not. */
  values: Map<string, number | null>;
  leftOut: LeftOut;
}

export type PeriodFigures = Record<ReportGroupName, GroupFigures>;

export const UNKNOWN_KEY = '(unknown)';
export const NO_PROFESSION_KEY = '(none)';

export const noneLeftOut = (): LeftOut => ({ no_date: 0, coarse_date: 0 });

const isLeftOut = (p: Placement | boolean | null): p is LeftOutReason => p === 'no_date' || p === 'coarse_date';

class Tally {
  readonly values = new Map<string, number | null>();
  readonly leftOut = noneLeftOut();
  constructor(keys: readonly string[] = []) {
    for (const key of keys) this.values.set(key, 0);
  }
  add(key: string, n = 1): void {
    this.values.set(key, (this.values.get(key) ?? 0) + n);
  }
  leave(reason: LeftOutReason): void {
    this.leftOut[reason] += 1;
  }
  done(): GroupFigures {
    return { values: this.values, leftOut: this.leftOut };
  }
}

function referralFigures(rows: readonly ReferralRow[], period: Period) {
  const byChannel = new Tally(['total', ...REFERRAL_CHANNELS]);
  const byProfession = new Tally([...PROFESSIONS, NO_PROFESSION_KEY]);
  const decided = new Tally(['total', 'accepted', 'declined', 'referred_elsewhere']);
  for (const r of rows) {
    const received = placeDate(r.receivedOn, period);
    if (received === 'inside') {
      byChannel.add('total');
      byChannel.add(r.channel);
      // A person with several professions counts once under each of them.
      if (r.professions.length === 0) byProfession.add(NO_PROFESSION_KEY);
      for (const p of r.professions) byProfession.add(p);
    } else if (isLeftOut(received)) {
      byChannel.leave(received);
      byProfession.leave(received);
    }
    if (r.status === 'accepted' || r.status === 'declined' || r.status === 'referred_elsewhere') {
      const on = placeDate(r.decidedOn, period);
      if (on === 'inside') {
        decided.add('total');
        decided.add(r.status);
      } else if (isLeftOut(on)) decided.leave(on);
    }
  }
  return { byChannel: byChannel.done(), byProfession: byProfession.done(), decided: decided.done() };
}

function detentionFigures(rows: readonly EpisodeRow[], period: Period) {
  const byType = new Tally(['total', ...DETENTION_TYPES]);
  const byFacility = new Tally();
  const arrests = new Tally(['total', ...DETENTION_TYPES]);
  const releases = new Tally(['total', ...RELEASE_REASONS, UNKNOWN_KEY]);
  const detainedPeople = new Set<string>();
  for (const e of rows) {
    const held = heldAtEnd(e, period.to);
    if (held === true) {
      if (!detainedPeople.has(e.personId)) byType.add('total');
      detainedPeople.add(e.personId);
      byType.add(e.detentionType);
      byFacility.add(e.facility ?? UNKNOWN_KEY);
    } else if (isLeftOut(held)) {
      byType.leave(held);
      byFacility.leave(held);
    }
    const arrest = placeArrest(e, period);
    if (arrest === 'inside') {
      arrests.add('total');
      arrests.add(e.detentionType);
    } else if (isLeftOut(arrest)) arrests.leave(arrest);
    // No release date means not released: nothing to count or to be unsure of.
    const release = placeRelease(e, period);
    if (release === 'inside') {
      releases.add('total');
      releases.add(e.releaseReason ?? UNKNOWN_KEY);
    } else if (isLeftOut(release)) releases.leave(release);
  }
  return { byType: byType.done(), byFacility: sortedByKey(byFacility.done()), arrests: arrests.done(), releases: releases.done() };
}

function sortedByKey(g: GroupFigures): GroupFigures {
  return { values: new Map([...g.values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), leftOut: g.leftOut };
}

function sentenceFigures(rows: readonly SentenceRow[], period: Period): GroupFigures {
  let count = 0;
  let life = 0;
  const leftOut = noneLeftOut();
  const years: number[] = [];
  for (const s of rows) {
    if (s.change === 'overturned') continue;
    const on = placeDate(s.handedDownOn, period);
    if (isLeftOut(on)) leftOut[on] += 1;
    if (on !== 'inside') continue;
    count += 1;
    if (s.life) life += 1;
    else if (s.type !== 'fine') years.push(sentenceYears(s.years, s.months, s.days));
  }
  const mid = median(years);
  const values = new Map<string, number | null>([
    ['count', count],
    ['life', life],
    ['total_years', roundYears(years.reduce((a, b) => a + b, 0))],
    ['median_years', mid === null ? null : roundYears(mid)],
  ]);
  return { values, leftOut };
}

function chargeFigures(rows: readonly ChargeRow[], period: Period): GroupFigures {
  const tally = new Tally();
  for (const c of rows) {
    const arrest = placeArrest(c, period);
    if (arrest === 'inside') tally.add(chargeKey(c));
    else if (isLeftOut(arrest)) tally.leave(arrest);
  }
  return tally.done();
}

/** "УК РК 174": the code and article as reports group them. */
export const chargeKey = (c: Pick<ChargeRow, 'code' | 'article'>): string => `${c.code} ${c.article}`;

function advocacyFigures(actions: readonly AdvocacyRow[], petitions: readonly PetitionRow[], period: Period) {
  const byType = new Tally(['total', ...ADVOCACY_TYPES]);
  for (const a of actions) {
    if (placeDate(a.date, period) === 'inside') {
      byType.add('total');
      byType.add(a.type);
    }
  }
  const submitted = new Tally(['total']);
  const opinions = new Tally(['total', 'arbitrary', 'not_arbitrary', ...WGAD_CATEGORIES]);
  for (const p of petitions) {
    // Unsubmitted petitions and opinions not yet adopted are not uncertain: they have not happened.
    if (p.submittedOn !== null && placeDate(p.submittedOn, period) === 'inside') submitted.add('total');
    if (p.opinionAdoptedOn !== null && placeDate(p.opinionAdoptedOn, period) === 'inside') {
      opinions.add('total');
      if (p.outcome === 'arbitrary' || p.outcome === 'not_arbitrary') opinions.add(p.outcome);
      for (const c of p.categories) opinions.add(c);
    }
  }
  return { byType: byType.done(), submitted: submitted.done(), opinions: opinions.done() };
}

function overdueFigures(rows: readonly TaskRow[], period: Period): GroupFigures {
  const tally = new Tally(['total']);
  for (const t of rows) {
    const openAtEnd = t.doneOn === null || t.doneOn > period.to;
    if (openAtEnd && t.dueOn < period.to) tally.add('total');
  }
  return tally.done();
}

/** Every figure group for one period. */
export function periodFigures(rows: ReportRows, period: Period): PeriodFigures {
  const referrals = referralFigures(rows.referrals, period);
  const detention = detentionFigures(rows.episodes, period);
  const advocacy = advocacyFigures(rows.advocacy, rows.petitions, period);
  return {
    referrals_by_channel: referrals.byChannel,
    referrals_by_profession: referrals.byProfession,
    referrals_decided: referrals.decided,
    detained_by_type: detention.byType,
    detained_by_facility: detention.byFacility,
    arrests: detention.arrests,
    releases_by_reason: detention.releases,
    sentences: sentenceFigures(rows.sentences, period),
    charges: chargeFigures(rows.charges, period),
    advocacy_by_type: advocacy.byType,
    wgad_petitions_submitted: advocacy.submitted,
    wgad_opinions: advocacy.opinions,
    overdue_tasks: overdueFigures(rows.tasks, period),
  };
}
