// Days of detention before a verdict that a sentence may credit: a proposal the caseworker edits,
// never a ruling. The codes of the region count pre-trial custody day for day and some other
// restraint at a ratio (Russia's art. 72 UK RF: two days of house arrest for one of prison), and
// courts differ, so the ratios are a parameter with cautious defaults.
//
// Convention (tested in test/db/features/detention/pretrial-credit.test.ts):
// 1. Each episode that began on or before the verdict counts from its arrest day to its release
//    day, or to the verdict day while the person was still held then; both ends count (the day of
//    arrest is a day in custody, and so is the day of the verdict).
// 2. A day two episodes share (a transfer to house arrest on the day custody ended) counts once,
//    for the earlier episode.
// 3. Days are multiplied by the ratio of the episode's detention type; the sum is rounded down.
//    A serving episode (prison colony) is punishment already, not detention before the verdict: 0,
//    except the verdict's own episode: moved to serving once the sentence came (the case file
//    offers that), its days before the verdict were custody awaiting it and count as pre-trial.
// 4. A partial date gives a range: the fewest days (latest possible arrest, earliest possible end)
//    and the most. The proposal is the fewest, the days that are certain.
// 5. An episode with no arrest date cannot be counted; it is reported, not guessed.
import type { DetentionType } from '../../../shared/vocabulary';
import { addDays, daysBetween } from '../../../shared/calendar';
import { partialDateBounds } from '../../../shared/partial-date';

export interface CreditEpisode {
  arrestDate: string | null;
  releaseDate: string | null;
  detentionType: DetentionType;
  /** The episode the verdict was given in. */
  ofVerdict?: boolean;
}

export interface CreditProposal {
  /** The proposal: the days credited for certain. */
  days: number;
  /** The most the dates allow; equal to days when every date is a full date. */
  maxDays: number;
  /** Episodes counted towards the credit. */
  counted: number;
  /** Episodes before the verdict whose arrest date is unknown, left out. */
  unknownArrest: number;
}

export type CreditRatios = Readonly<Record<DetentionType, number>>;

export const DEFAULT_CREDIT_RATIOS: CreditRatios = {
  pre_trial: 1,
  administrative: 1,
  incommunicado: 1,
  psychiatric: 1,
  house_arrest: 0.5,
  prison_colony: 0,
};

interface Span {
  first: string;
  last: string;
  ratio: number;
}

/** Inclusive day count of the spans, each day once (the earliest span keeps a shared day). */
function creditOf(spans: Span[]): number {
  const ordered = [...spans].sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  // The last day already counted; '' before any (every date sorts after it).
  let lastCounted = '';
  let total = 0;
  for (const span of ordered) {
    const first = lastCounted !== '' && span.first <= lastCounted ? addDays(lastCounted, 1) : span.first;
    if (first > span.last) continue;
    total += (daysBetween(first, span.last) + 1) * span.ratio;
    if (span.last > lastCounted) lastCounted = span.last;
  }
  return Math.floor(total + 1e-9);
}

/** The credit proposed for a verdict on the (partial) date `verdictDate`, from a case's episodes. */
export function proposeCredit(episodes: readonly CreditEpisode[], verdictDate: string, ratios: CreditRatios = DEFAULT_CREDIT_RATIOS): CreditProposal {
  const verdict = partialDateBounds(verdictDate);
  const fewest: Span[] = [];
  const most: Span[] = [];
  let unknownArrest = 0;
  let counted = 0;
  for (const e of episodes) {
    const ratio = e.ofVerdict === true && e.detentionType === 'prison_colony' ? ratios.pre_trial : ratios[e.detentionType];
    if (e.arrestDate === null) {
      if (ratio > 0 && (e.releaseDate === null || partialDateBounds(e.releaseDate).last >= verdict.first)) unknownArrest += 1;
      continue;
    }
    const arrest = partialDateBounds(e.arrestDate);
    // Begun after the verdict: nothing of it came before.
    if (arrest.first > verdict.last || ratio === 0) continue;
    const release = e.releaseDate === null ? null : partialDateBounds(e.releaseDate);
    const endFewest = release !== null && release.first < verdict.first ? release.first : verdict.first;
    const endMost = release !== null && release.last < verdict.last ? release.last : verdict.last;
    counted += 1;
    fewest.push({ first: arrest.last, last: endFewest, ratio });
    most.push({ first: arrest.first, last: endMost, ratio });
  }
  return { days: creditOf(fewest), maxDays: creditOf(most), counted, unknownArrest };
}
