// Synthetic detention history for one case: one to three episodes that never overlap, each with
// charges, court events, a sentence whose expected release comes from the domain's sentence
// arithmetic, sometimes an appeal that reduces it, and a release when the dates say so.
import type { DetentionType, ReleaseReason, SentenceType } from '../../../shared/vocabulary';
import { addDays, daysBetween } from '../../../shared/partial-date';
import { expectedRelease } from '../../features/detention/sentence';
import type * as schema from '../../schema';
import { ActivityClock, dayBetween, earlier, lastDayOf, stampOn, vague, type Dated, type SeedEnv } from './seed-env';
import { say, type CountryProfile } from './seed-places';
import type { Random } from './seed-random';
import { COURT_OUTCOMES, phrase } from './seed-texts';

export interface CaseSetting {
  env: SeedEnv;
  rng: Random;
  caseId: string;
  personId: string;
  profile: CountryProfile;
  english: boolean;
  city: string;
  clock: ActivityClock;
}

export interface DetentionOutcome {
  detained: boolean;
  /** Last day of the last release, null while held. */
  releasedOn: string | null;
  died: boolean;
  /** Court events and facilities exist: trial monitoring and transfers make sense. */
  tried: boolean;
}

type SentenceRow = typeof schema.sentences.$inferSelect;

const CUSTODIAL: ReadonlySet<SentenceType> = new Set(['imprisonment', 'colony_regime', 'forced_psychiatric_treatment']);
const SENTENCE_TYPES: readonly (readonly [SentenceType, number])[] = [
  ['colony_regime', 50], ['imprisonment', 30], ['restricted_freedom', 6], ['suspended', 6], ['fine', 3], ['compulsory_labour', 3], ['forced_psychiatric_treatment', 2],
];
const YEARS: readonly (readonly [number, number])[] = [[1, 4], [2, 8], [3, 10], [4, 10], [5, 12], [6, 10], [7, 10], [8, 8], [9, 5], [10, 6], [12, 4], [15, 3]];

function facilityFor(s: CaseSetting, type: DetentionType): string | null {
  const { rng, profile, english, city } = s;
  if (type === 'incommunicado') return null;
  if (type === 'psychiatric') return say('Психиатрическая больница специального типа|Special-type psychiatric hospital', english);
  if (type === 'house_arrest') return say('По месту жительства|At home', english);
  if (type === 'prison_colony' && rng.chance(0.5)) return say(rng.pick(profile.facilities), english);
  const n = rng.int(1, 40);
  if (type === 'prison_colony') return english ? `Penal colony No. ${n}` : `Исправительная колония № ${n}`;
  return english ? `Pre-trial detention centre No. ${n}, ${say(city, true)}` : `СИЗО № ${n}, г. ${say(city, false)}`;
}

function court(s: CaseSetting, level: 'first' | 'appeal' | 'supreme'): string {
  const ru = say(s.city, false);
  const en = say(s.city, true);
  if (level === 'supreme') return say('Верховный суд|Supreme Court', s.english);
  if (level === 'appeal') return s.english ? `${en} appeal court` : `Апелляционная коллегия суда г. ${ru}`;
  return s.english ? `${en} City Court` : `Суд г. ${ru}`;
}

function courtEvent(s: CaseSetting, episodeId: string, date: string, kind: typeof schema.courtEvents.$inferSelect.kind, outcome: string | null, level: 'first' | 'appeal' | 'supreme' = 'first'): string {
  const id = s.env.newId();
  s.env.sinks.courtEvents({ id, ...stampOn(s.env, date), deletedAt: null, episodeId, court: court(s, level), date, datePrecision: 'day', kind, outcome });
  s.clock.see(date);
  return id;
}

function sentenceRow(s: CaseSetting, episodeId: string, courtEventId: string, handedDown: string, type: SentenceType, term: { years: number; months: number; days: number; life: boolean }, start: Dated, creditDays: number): SentenceRow {
  const release = expectedRelease({ start: start.value, creditDays, ...term });
  return {
    id: s.env.newId(), ...stampOn(s.env, handedDown), deletedAt: null, episodeId, courtEventId, type, ...term,
    startDate: start.value, startDatePrecision: start.precision, creditDays, change: null, supersedesId: null, supersededById: null,
    expectedRelease: release?.date ?? null, expectedReleasePrecision: release?.precision ?? null,
    handedDownOn: handedDown, handedDownOnPrecision: 'day', maxYears: null, maxMonths: null, maxDays: null,
  };
}

interface EpisodeEnd {
  type: DetentionType;
  release: string | null;
  reason: ReleaseReason | null;
  tried: boolean;
}

/** Courts and sentence of a criminal episode; says how and when it ended, if it did. */
function prosecute(s: CaseSetting, episodeId: string, arrest: string, arrestShown: Dated): EpisodeEnd {
  const { rng, env } = s;
  const remandOn = addDays(arrest, rng.int(1, 3));
  const remandOutcome = phrase(rng, COURT_OUTCOMES.preTrial, s.english);
  if (remandOn <= env.today) courtEvent(s, episodeId, remandOn, 'pre_trial_hearing', remandOutcome);
  const verdictOn = addDays(arrest, rng.int(60, 420));
  const hearingsUntil = earlier(addDays(verdictOn, -1), env.today);
  for (let i = rng.int(0, 3); i > 0; i--) {
    const on = dayBetween(rng, addDays(arrest, 30), hearingsUntil);
    if (on <= env.today) courtEvent(s, episodeId, on, 'trial_hearing', phrase(rng, COURT_OUTCOMES.hearing, s.english));
  }
  if (verdictOn > env.today) {
    return { type: rng.weighted([['pre_trial', 85], ['house_arrest', 11], ['incommunicado', 4]]), release: null, reason: null, tried: true };
  }
  if (rng.chance(0.02)) {
    courtEvent(s, episodeId, verdictOn, 'verdict', phrase(rng, COURT_OUTCOMES.acquittal, s.english));
    return { type: 'pre_trial', release: verdictOn, reason: 'acquittal', tried: true };
  }
  const verdictId = courtEvent(s, episodeId, verdictOn, 'verdict', phrase(rng, COURT_OUTCOMES.verdict, s.english));
  const type = rng.weighted(SENTENCE_TYPES);
  const life = type === 'imprisonment' && rng.chance(0.01);
  // Suspended terms, restricted freedom and compulsory labour run for a few years at most.
  const years = CUSTODIAL.has(type) ? rng.weighted(YEARS) : rng.int(1, 3);
  const months = rng.chance(0.25) ? rng.pick([3, 6, 6, 9]) : 0;
  const days = rng.chance(0.03) ? rng.int(1, 29) : 0;
  const term = life ? { years: 0, months: 0, days: 0, life } : { years, months, days, life };
  // Courts either start the term at the verdict and credit the time on remand, or start it at the arrest.
  const fromVerdict = rng.chance(0.6);
  const start: Dated = fromVerdict ? { value: verdictOn, precision: 'day' } : arrestShown;
  let sentence = sentenceRow(s, episodeId, verdictId, verdictOn, type, term, start, fromVerdict ? daysBetween(arrest, verdictOn) : 0);
  if (!CUSTODIAL.has(type)) {
    env.sinks.sentences(sentence);
    return { type: 'pre_trial', release: verdictOn, reason: null, tried: true };
  }
  const appealOn = addDays(verdictOn, rng.int(30, 120));
  if (appealOn <= env.today && rng.chance(0.65)) {
    const reduce = !life && rng.chance(0.2) && (term.years > 1 || term.months > 0);
    const appealId = courtEvent(s, episodeId, appealOn, 'appeal', phrase(rng, reduce ? COURT_OUTCOMES.appealReduced : COURT_OUTCOMES.appealUpheld, s.english), 'appeal');
    if (reduce) {
      const cut = term.years > 1 ? { ...term, years: term.years - rng.int(1, Math.min(2, term.years - 1)) } : { ...term, months: 0 };
      const reduced = { ...sentenceRow(s, episodeId, appealId, appealOn, type, cut, start, sentence.creditDays), change: 'appeal_reduced' as const, supersedesId: sentence.id };
      env.sinks.sentences({ ...sentence, supersededById: reduced.id });
      sentence = reduced;
    }
    const cassationOn = addDays(appealOn, rng.int(60, 240));
    if (cassationOn <= env.today && rng.chance(0.15)) courtEvent(s, episodeId, cassationOn, 'cassation', phrase(rng, COURT_OUTCOMES.appealUpheld, s.english), 'supreme');
  }
  env.sinks.sentences(sentence);
  s.clock.see(sentence.handedDownOn);
  const held: DetentionType = type === 'forced_psychiatric_treatment' ? 'psychiatric' : 'prison_colony';
  return { type: held, ...releaseOf(s, verdictOn, sentence), tried: true };
}

/** Early release, death or the end of the term, whichever the dice and the calendar allow. */
function releaseOf(s: CaseSetting, verdictOn: string, sentence: SentenceRow): { release: string | null; reason: ReleaseReason | null } {
  const { rng, env } = s;
  const due = sentence.expectedRelease === null ? null : lastDayOf({ value: sentence.expectedRelease, precision: sentence.expectedReleasePrecision ?? 'day' });
  const until = due === null ? env.today : earlier(due, env.today);
  const roll = rng.next();
  if (roll < 0.007) return { release: dayBetween(rng, verdictOn, until), reason: 'death_in_custody' };
  if (roll < 0.16 && until > addDays(verdictOn, 180)) {
    return { release: dayBetween(rng, addDays(verdictOn, 180), until), reason: rng.weighted([['pardon', 4], ['amnesty', 3], ['early_release', 3], ['exile_or_deportation', 1]]) };
  }
  return due !== null && due <= env.today ? { release: due, reason: 'sentence_served' } : { release: null, reason: null };
}

function charge(s: CaseSetting, episodeId: string, arrest: string, administrative: boolean): void {
  const { rng, profile, english, env } = s;
  const stamp = stampOn(env, arrest);
  if (administrative) {
    const { code, article } = profile.assemblyOffence;
    const text = say('Нарушение порядка проведения мирных собраний|Breach of the rules on peaceful assemblies', english);
    env.sinks.charges({ id: env.newId(), ...stamp, deletedAt: null, episodeId, code, article, text, category: 'other' });
    return;
  }
  const weighted = profile.charges.map((c) => [c, c.weight] as const);
  const used = new Set<string>();
  for (let i = rng.weighted([[1, 35], [2, 35], [3, 20], [4, 10]]); i > 0; i--) {
    const t = rng.weighted(weighted);
    if (used.has(t.article)) continue;
    used.add(t.article);
    env.sinks.charges({ id: env.newId(), ...stamp, deletedAt: null, episodeId, code: profile.criminalCode, article: t.article, text: say(t.text, english), category: t.category });
  }
}

/** Writes the case's episodes from the first arrest on; episodes follow each other, never overlap. */
export function seedDetention(s: CaseSetting, firstArrest: string, episodes: number): DetentionOutcome {
  const { rng, env } = s;
  let arrest = firstArrest;
  let previousEnd: string | null = null;
  const outcome: DetentionOutcome = { detained: false, releasedOn: null, died: false, tried: false };
  for (let k = 0; k < episodes && arrest <= env.today; k++) {
    const shown = vague(rng, arrest, 0.14, 0.06, previousEnd, null);
    const episodeId = env.newId();
    const administrative = rng.chance(0.08);
    const end: EpisodeEnd = administrative
      ? { type: 'administrative', release: addDays(arrest, rng.int(5, 15)), reason: 'sentence_served', tried: true }
      : prosecute(s, episodeId, arrest, shown);
    if (administrative) courtEvent(s, episodeId, arrest, 'verdict', s.english ? 'Administrative arrest' : 'Административный арест');
    const release = end.release !== null && end.release <= env.today ? end.release : null;
    const releaseShown = release === null ? null : vague(rng, release, 0.08, 0, lastDayOf(shown), null);
    env.sinks.episodes({
      id: episodeId, ...stampOn(env, arrest), deletedAt: null, caseId: s.caseId, personId: s.personId,
      arrestDate: shown.value, arrestDatePrecision: shown.precision, place: say(s.city, s.english), authority: say(rng.pick(s.profile.authorities), s.english),
      arrestWarrant: null, arrestWarrantNote: null, detentionGrounds: null,
      detentionType: end.type, facility: facilityFor(s, end.type),
      releaseDate: releaseShown?.value ?? null, releaseDatePrecision: releaseShown?.precision ?? null, releaseReason: release === null ? null : end.reason,
    });
    charge(s, episodeId, arrest, administrative);
    s.clock.see(arrest);
    s.clock.see(release);
    outcome.tried ||= end.tried;
    if (releaseShown === null) return { ...outcome, detained: true, releasedOn: null };
    previousEnd = lastDayOf(releaseShown);
    outcome.releasedOn = previousEnd;
    if (end.reason === 'death_in_custody') return { ...outcome, died: true };
    arrest = addDays(previousEnd, rng.int(60, 1500));
  }
  return outcome;
}
