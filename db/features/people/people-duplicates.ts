// Intake's "this person may already be in Habeas": candidates found through the search index by
// the transliteration keys of the typed names, then judged by the duplicate rule shared with the
// import (db/features/people/person-match.ts). Names, birth dates, countries and cases only, never contacts.
import type { ServiceContext } from '../../backend/context';
import type { HandlersFor } from '../../backend/handler-map';
import { POSSIBLE_DUPLICATES_MAX, type PossibleDuplicate, type duplicatesApi } from '../../contract/people';
import { identityMatch, namesMatch, type PersonIdentity } from './person-match';
import { hanReadings, keyTerms } from '../search/transliterate';
import { personIsVisible } from '../common/visibility';
import { knownPeople } from './person-identities';

/** Spellings read from the index before the rule is applied: far more than any real set of namesakes. */
const CANDIDATE_ROWS = 2000;
/** Words of one name used to look candidates up; more (long Arabic-style names) only widen the search. */
const MAX_WORDS = 6;

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * A Han name also read in pinyin, the way it is written in Latin letters, so that one record in
 * characters and one in pinyin meet: one run is surname and given name (刘晓波 → "Liu Xiaobo");
 * runs already divided (伊力哈木·土赫提, a transcribed Uyghur name) are one word each.
 */
export function withPinyin(names: readonly string[]): string[] {
  const out = [...names];
  for (const name of names) {
    const runs = [...name.matchAll(HAN_RUN)].map((m) => hanReadings(m[0]).at(-1) ?? []);
    if (runs.length === 0 || runs.some((syllables) => syllables.length === 0 || syllables.includes(''))) continue;
    const [only] = runs;
    const words = runs.length === 1 && only ? [only[0] ?? '', only.slice(1).join('')] : runs.map((syllables) => syllables.join(''));
    out.push(words.filter((w) => w !== '').join(' '));
  }
  return out;
}

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * An FTS5 expression matching every name or spelling that shares enough words with one of `names`
 * to pass the rule: two of its words (a match pairs every word of the shorter name, and a one-word
 * name matches only a one-word name), or its only word. Whole keys, not prefixes: the rule compares keys.
 */
export function candidateQuery(names: readonly string[]): string | null {
  const alternatives: string[] = [];
  for (const name of names) {
    const terms = keyTerms(name)
      .slice(0, MAX_WORDS)
      .map((keys) => `(${keys.map((k) => `keys : ${quote(k)}`).join(' OR ')})`);
    if (terms.length === 1 && terms[0]) alternatives.push(terms[0]);
    for (let i = 0; i < terms.length; i++) for (let j = i + 1; j < terms.length; j++) alternatives.push(`(${terms[i]} AND ${terms[j]})`);
  }
  return alternatives.length > 0 ? [...new Set(alternatives)].join(' OR ') : null;
}

const CANDIDATES_SQL = `
  SELECT d.person_id AS personId, d.original AS name
  FROM search_index JOIN search_docs d ON d.id = search_index.rowid
  WHERE search_index MATCH ? AND d.kind IN ('name', 'variant')
  LIMIT ${CANDIDATE_ROWS}`;

export interface DuplicateQuery {
  name: string;
  nameVariants: readonly string[];
  birthDate: string | null;
  countryCode: string | null;
  /** The citizenship typed at intake, another country the person may be known in. */
  citizenship?: string | null;
}

/** Up to ten people who may be the one described, the very likely ones first. */
export function possibleDuplicates(ctx: ServiceContext, query: DuplicateQuery): PossibleDuplicate[] {
  const typed = withPinyin([query.name, ...query.nameVariants].map((n) => n.trim()).filter((n) => n !== ''));
  const match = candidateQuery(typed);
  if (!match) return [];
  const spellings = ctx.sqlite.prepare(CANDIDATES_SQL).all(match) as { personId: string; name: string }[];
  // The name rule first, on the spellings already read: most index hits share one common word only.
  const named = new Set<string>();
  for (const s of spellings) if (!named.has(s.personId) && withPinyin([s.name]).some((n) => typed.some((t) => namesMatch(t, n)))) named.add(s.personId);
  if (named.size === 0) return [];

  const wanted: PersonIdentity = { names: typed, birthDate: query.birthDate, countryCode: query.countryCode, alsoKnownIn: query.citizenship ? [query.citizenship] : [] };
  const found: PossibleDuplicate[] = [];
  for (const person of knownPeople(ctx, named)) {
    // A caseworker limited to their own and shared cases is not told of people on other cases:
    // the supervisor who accepts the referral still sees the match.
    if (!personIsVisible(ctx, person.personId)) continue;
    const { personId, name, nameVariants, birthDate, countryCode, alsoKnownIn, caseId, confidential } = person;
    const matched = identityMatch(wanted, { names: withPinyin([name, ...nameVariants]), birthDate, countryCode, alsoKnownIn });
    if (matched) found.push({ personId, name, nameVariants, birthDate, countryCode, caseId, strong: matched.strong, confidential });
  }
  // Very likely first, then those with a case to open, then by name for a stable order.
  found.sort((a, b) => Number(b.strong) - Number(a.strong) || Number(b.caseId !== null) - Number(a.caseId !== null) || a.name.localeCompare(b.name));
  return found.slice(0, POSSIBLE_DUPLICATES_MAX);
}

export const duplicatesHandlers: HandlersFor<typeof duplicatesApi> = {
  'people.possibleDuplicates': (ctx, input) =>
    possibleDuplicates(ctx, {
      name: input.name,
      nameVariants: input.nameVariants,
      birthDate: input.birthDate ?? null,
      countryCode: input.countryCode ?? null,
      citizenship: input.citizenship ?? null,
    }),
};
