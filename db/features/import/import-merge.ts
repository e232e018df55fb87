// Several rows, one person: how a merged row's one-valued facts meet those of the person it joins
// (the person's earlier rows of the file, or what the vault holds), worked out once in the plan so
// the dry run lists the same conflicts the run then writes. Lists (spellings, professions,
// organisations, charges) are joined; a one-valued fact that differs is never overwritten
// silently: the current value follows the rule below, and the other is kept beside it (a note on
// the case; a sentence as an earlier, superseded sentence).
//
// The rule: facts that do not change (sex, citizenship, arrest date, date of death) keep the first
// value known; facts that change over time (facility, detention type, sentence, case status, the
// status column) take the value of the newer row, by its year of record (observedOn), and otherwise
// keep the current one; confidentiality keeps the stricter; a death in the status column is final
// (a later 'Imprisoned' never revives a person an earlier row says was killed). An arrest date that only adds precision
// (2021 → 2021-03) is no conflict. Sentences are compared by their terms, the upper term of a
// range included.
import { and, desc, eq, inArray, isNull, max } from 'drizzle-orm';

import type { ServiceContext } from '../../backend/context';
import type { ImportConflict, ImportConflictCode, ImportStatus } from '../../contract/imports';
import { sentenceText, type SentenceReading } from './rules/import-sentence';
import type { ImportRecord } from './import-records';
import { caseEvents, cases, detentionEpisodes, detentionObservations, people, sentences } from '../../schema';

export const PERSON_FACTS = ['sex', 'citizenship', 'confidentiality'] as const;
export const CASE_FACTS = ['detentionStart', 'detentionType', 'facility', 'sentence', 'caseStatus', 'status', 'deathDate'] as const;
export type MergeFact = (typeof PERSON_FACTS)[number] | (typeof CASE_FACTS)[number];

const CHANGING: ReadonlySet<MergeFact> = new Set(['detentionType', 'facility', 'sentence', 'caseStatus', 'status']);
/** Statuses that say the person died: final, whichever row (newer, older, undated) says it. */
const DEATHS: ReadonlySet<string> = new Set(['killed', 'died', 'died_in_custody', 'executed'] satisfies ImportStatus[]);

type FactValues = Partial<Record<MergeFact, string>>;

/** What is known of one person while their rows are merged: person facts, and case facts per country. */
export interface MergeState {
  person: FactValues;
  cases: Map<string, { facts: FactValues; latest: string | null }>;
}

/** How one merged row meets the person: the conflicts, and which of its facts become current. */
export interface MergeOutcome {
  conflicts: ImportConflict[];
  take: ReadonlySet<MergeFact>;
  /** The row's sentence goes after the current one (newer), before it (kept), or alone (taken). */
  sentence: 'none' | 'only' | 'newer' | 'older';
}

export function sentenceFact(reading: SentenceReading | null): string | undefined {
  return reading ? (sentenceText(reading) ?? undefined) : undefined;
}

/** A row's value of a fact, in the stored form the plan shows. */
function factOf(r: ImportRecord, fact: MergeFact): string | undefined {
  if (fact === 'sentence') return sentenceFact(r.sentence);
  return r[fact] ?? undefined;
}

const isLater = (a: string | null, b: string | null): boolean => a !== null && b !== null && a > b && !a.startsWith(b);

/** The facts a row brings to a new person (the first row of a group). */
export function stateOf(r: ImportRecord): MergeState {
  const state: MergeState = { person: {}, cases: new Map() };
  merge(state, r);
  return state;
}

/** Meets row `r` with the state (changed in place to the state after the row). */
export function merge(state: MergeState, r: ImportRecord): MergeOutcome {
  const country = r.country ?? '';
  let known = state.cases.get(country);
  // A row that opens a case in another country fills that case: nothing there to conflict with.
  if (!known) {
    known = { facts: {}, latest: null };
    state.cases.set(country, known);
  }
  const newer = isLater(r.observedOn, known.latest);
  const conflicts: ImportConflict[] = [];
  const take = new Set<MergeFact>();
  let sentence: MergeOutcome['sentence'] = 'none';
  const meet = (facts: FactValues, fact: MergeFact) => {
    const value = factOf(r, fact);
    if (value === undefined) return;
    const current = facts[fact];
    if (current === undefined || current === value || (fact === 'detentionStart' && value.startsWith(current))) {
      if (current !== value) take.add(fact);
      facts[fact] = value;
      if (fact === 'sentence' && current === undefined) sentence = 'only';
      return;
    }
    if (fact === 'detentionStart' && current.startsWith(value)) return;
    let code: ImportConflictCode = 'kept';
    if (fact === 'confidentiality') code = value === 'confidential' ? 'stricter' : 'kept';
    else if (fact === 'status' && DEATHS.has(value) !== DEATHS.has(current)) code = DEATHS.has(value) ? 'death' : 'kept';
    else if (CHANGING.has(fact) && newer) code = 'newer';
    const wins = code !== 'kept';
    conflicts.push({ code, field: fact, kept: wins ? value : current, other: wins ? current : value });
    if (wins) {
      take.add(fact);
      facts[fact] = value;
    }
    if (fact === 'sentence') sentence = wins ? 'newer' : 'older';
  };
  for (const fact of PERSON_FACTS) meet(state.person, fact);
  for (const fact of CASE_FACTS) meet(known.facts, fact);
  if (r.observedOn !== null && (known.latest === null || isLater(r.observedOn, known.latest))) known.latest = r.observedOn;
  return { conflicts, take, sentence };
}

type SentenceRow = typeof sentences.$inferSelect;

/** The timeline titles an import gives a death (recordDeath, and the status rules' events). */
const DEATH_EVENTS = ['Died', 'Killed', 'Died in custody', 'Executed'];

/** A stored sentence in the form the plan shows (as sentenceText writes a reading). */
export function storedSentenceFact(s: Pick<SentenceRow, 'years' | 'months' | 'days' | 'life' | 'expectedRelease' | 'maxYears' | 'maxMonths' | 'maxDays'>): string | undefined {
  if (s.life) return sentenceFact({ kind: 'life' });
  if (s.years + s.months + s.days === 0 && s.expectedRelease) return sentenceFact({ kind: 'ends', date: s.expectedRelease, ambiguous: false });
  const ranged = s.maxYears !== null || s.maxMonths !== null || s.maxDays !== null;
  const max = ranged ? { years: s.maxYears ?? 0, months: s.maxMonths ?? 0, days: s.maxDays ?? 0 } : undefined;
  return sentenceFact({ kind: 'term', years: s.years, months: s.months, days: s.days, ...(max ? { max } : {}) });
}

/** The case's episode the import adds to (the first live one), as fillCase finds it. */
export function caseEpisode(ctx: ServiceContext, caseId: string) {
  return ctx.db.select().from(detentionEpisodes).where(and(eq(detentionEpisodes.caseId, caseId), isNull(detentionEpisodes.deletedAt))).get();
}

/** The episode's sentence in force: the one no later sentence supersedes. */
export function currentSentence(ctx: ServiceContext, episodeId: string): SentenceRow | undefined {
  return ctx.db.select().from(sentences)
    .where(and(eq(sentences.episodeId, episodeId), isNull(sentences.deletedAt), isNull(sentences.supersededById)))
    .orderBy(desc(sentences.createdAt)).get();
}

/** What the vault knows of a person, in the same terms as a row. */
export function vaultState(ctx: ServiceContext, personId: string): MergeState {
  const state: MergeState = { person: {}, cases: new Map() };
  const person = ctx.db.select().from(people).where(eq(people.id, personId)).get();
  if (!person) return state;
  if (person.sex !== 'unknown') state.person.sex = person.sex;
  if (person.citizenship) state.person.citizenship = person.citizenship;
  state.person.confidentiality = person.confidentiality;
  for (const c of ctx.db.select().from(cases).where(and(eq(cases.personId, personId), isNull(cases.deletedAt))).all()) {
    if (state.cases.has(c.countryCode)) continue;
    const facts: FactValues = { caseStatus: c.status };
    let latest: string | null = null;
    const episode = caseEpisode(ctx, c.id);
    if (episode) {
      if (episode.arrestDate) facts.detentionStart = episode.arrestDate;
      facts.detentionType = episode.detentionType;
      if (episode.facility) facts.facility = episode.facility;
      const s = currentSentence(ctx, episode.id);
      const text = s ? storedSentenceFact(s) : undefined;
      if (text) facts.sentence = text;
      latest = ctx.db.select({ on: max(detentionObservations.observedOn) }).from(detentionObservations)
        .where(and(eq(detentionObservations.episodeId, episode.id), isNull(detentionObservations.deletedAt))).get()?.on ?? null;
    }
    const died = ctx.db.select({ date: caseEvents.date }).from(caseEvents)
      .where(and(eq(caseEvents.caseId, c.id), eq(caseEvents.kind, 'status_change'), inArray(caseEvents.title, DEATH_EVENTS), isNull(caseEvents.deletedAt))).get();
    if (died) facts.deathDate = died.date;
    state.cases.set(c.countryCode, { facts, latest });
  }
  return state;
}
