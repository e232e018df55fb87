// The per-country summary report's definitions, written once: each figure group computed from
// plain rows for one period (the previous period and the median are in ./report-period.ts). The
// service loads rows, and the CSV, the screen and the CLI all print what these functions return.
//
// Definitions (the figures, made exact):
// - A partial date counts in a period only when placeInPeriod says 'inside'; 'uncertain' records
//   (and records whose date is unknown) are left out and counted in the group's `uncertain`.
// - "Detained at the end of the period": an episode whose arrest is certainly on or before `to`
//   and whose release is absent or certainly after `to`. Counted per person (episodes never
//   overlap, so a person has at most one open episode).
// - Sentences: every sentence handed down in the period counts on its own date, including later
//   changes (appeal reductions, amnesties, commutations), because each was a court's decision that
//   day; an 'overturned' record is not a sentence and is left out. Life sentences are counted apart
//   and kept out of the years; fines carry no term and are kept out of the years too.
// - Referrals by profession: the person's professions as recorded now (a person with several
//   counts under each), since the professions are not kept per referral.
// - Charges: charges on episodes whose arrest is in the period (what people were arrested on).
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
} from '../../shared/vocabulary';
import type { ReportGroupName } from '../contract/reports';
import { placeInPeriod } from '../../shared/partial-date';
import { detainedAt, median, placeMaybe, roundYears, type Period } from './report-period';
import { sentenceYears } from './sentence';

export { detainedAt, median, previousPeriod, type Period } from './report-period';

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
  /** The arrest date of the charge's episode. */
  arrestDate: string | null;
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
  uncertain: number;
}

export type PeriodFigures = Record<ReportGroupName, GroupFigures>;

export const UNKNOWN_KEY = '(unknown)';
export const NO_PROFESSION_KEY = '(none)';

class Tally {
  readonly values = new Map<string, number | null>();
  uncertain = 0;
  constructor(keys: readonly string[] = []) {
    for (const key of keys) this.values.set(key, 0);
  }
  add(key: string, n = 1): void {
    this.values.set(key, (this.values.get(key) ?? 0) + n);
  }
  done(): GroupFigures {
    return { values: this.values, uncertain: this.uncertain };
  }
}

function referralFigures(rows: readonly ReferralRow[], period: Period) {
  const byChannel = new Tally(['total', ...REFERRAL_CHANNELS]);
  const byProfession = new Tally([...PROFESSIONS, NO_PROFESSION_KEY]);
  const decided = new Tally(['total', 'accepted', 'declined', 'referred_elsewhere']);
  for (const r of rows) {
    const received = placeMaybe(r.receivedOn, period);
    if (received === 'inside') {
      byChannel.add('total');
      byChannel.add(r.channel);
      // A person with several professions counts once under each of them.
      if (r.professions.length === 0) byProfession.add(NO_PROFESSION_KEY);
      for (const p of r.professions) byProfession.add(p);
    } else if (received === 'uncertain') {
      byChannel.uncertain += 1;
      byProfession.uncertain += 1;
    }
    if (r.status === 'accepted' || r.status === 'declined' || r.status === 'referred_elsewhere') {
      const on = placeMaybe(r.decidedOn, period);
      if (on === 'inside') {
        decided.add('total');
        decided.add(r.status);
      } else if (on === 'uncertain') decided.uncertain += 1;
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
    const open = detainedAt(e, period.to);
    if (open === true) {
      if (!detainedPeople.has(e.personId)) byType.add('total');
      detainedPeople.add(e.personId);
      byType.add(e.detentionType);
      byFacility.add(e.facility ?? UNKNOWN_KEY);
    } else if (open === null) {
      byType.uncertain += 1;
      byFacility.uncertain += 1;
    }
    const arrest = placeMaybe(e.arrestDate, period);
    if (arrest === 'inside') {
      arrests.add('total');
      arrests.add(e.detentionType);
    } else if (arrest === 'uncertain') arrests.uncertain += 1;
    // No release date means not released: nothing to count or to be unsure of.
    if (e.releaseDate !== null) {
      const release = placeInPeriod(e.releaseDate, period.from, period.to);
      if (release === 'inside') {
        releases.add('total');
        releases.add(e.releaseReason ?? UNKNOWN_KEY);
      } else if (release === 'uncertain') releases.uncertain += 1;
    }
  }
  return { byType: byType.done(), byFacility: sortedByKey(byFacility.done()), arrests: arrests.done(), releases: releases.done() };
}

function sortedByKey(g: GroupFigures): GroupFigures {
  return { values: new Map([...g.values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), uncertain: g.uncertain };
}

function sentenceFigures(rows: readonly SentenceRow[], period: Period): GroupFigures {
  let count = 0;
  let life = 0;
  let uncertain = 0;
  const years: number[] = [];
  for (const s of rows) {
    if (s.change === 'overturned') continue;
    const on = placeMaybe(s.handedDownOn, period);
    if (on === 'uncertain') uncertain += 1;
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
  return { values, uncertain };
}

function chargeFigures(rows: readonly ChargeRow[], period: Period): GroupFigures {
  const tally = new Tally();
  for (const c of rows) {
    const arrest = placeMaybe(c.arrestDate, period);
    if (arrest === 'inside') tally.add(chargeKey(c));
    else if (arrest === 'uncertain') tally.uncertain += 1;
  }
  return tally.done();
}

/** "УК РК 174": the code and article as reports group them. */
export const chargeKey = (c: Pick<ChargeRow, 'code' | 'article'>): string => `${c.code} ${c.article}`;

function advocacyFigures(actions: readonly AdvocacyRow[], petitions: readonly PetitionRow[], period: Period) {
  const byType = new Tally(['total', ...ADVOCACY_TYPES]);
  for (const a of actions) {
    if (placeMaybe(a.date, period) === 'inside') {
      byType.add('total');
      byType.add(a.type);
    }
  }
  const submitted = new Tally(['total']);
  const opinions = new Tally(['total', 'arbitrary', 'not_arbitrary', ...WGAD_CATEGORIES]);
  for (const p of petitions) {
    // Unsubmitted petitions and opinions not yet adopted are not uncertain: they have not happened.
    if (p.submittedOn !== null && placeInPeriod(p.submittedOn, period.from, period.to) === 'inside') submitted.add('total');
    if (p.opinionAdoptedOn !== null && placeInPeriod(p.opinionAdoptedOn, period.from, period.to) === 'inside') {
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
