// When two records may be the same person: the rule shared by the import's duplicate check and
// the intake's "may already exist" warning. Pure.
//
// Names match when every word of the shorter name matches a different word of the longer one,
// through the transliteration keys of ./transliterate (Ильяшев Марат = Marat Ilyashev; a missing
// patronymic is allowed: Никита Уваров = Уваров Никита Сергеевич). A one-word name matches only a
// one-word name. Birth dates must agree as far as both are known (1970 agrees with 1970-05-02; a
// missing one agrees with anything). Countries: when both records know any, they must share one
// among the country the record is about (of detention, of the case) and the others each is known in
// (citizenship, other cases), so an Uzbek citizen held in Kazakhstan is met from either side. The
// user always decides: a match is only ever a "possible duplicate".
//
// "Same name and country" (sameNameAndCountry) is the narrower test behind the bulk decision
// "merge all pairs that share name and country": the same words once case, accents (Şık = Sik,
// Nguyễn = Nguyen), apostrophes, hyphens and word order are set aside, and one country both are
// known in. It needs no birth date, which real lists rarely have; it does not read across scripts.
import { keyTerms } from '../search/transliterate';

export interface PersonIdentity {
  /** The name as written and any other spellings. */
  names: readonly string[];
  /** Partial date: YYYY, YYYY-MM or YYYY-MM-DD; null when unknown. */
  birthDate: string | null;
  /** The country the record is about (of detention, of the case), ISO 3166-1 alpha-2; null when unknown. */
  countryCode: string | null;
  /** Other countries the person is known in: citizenship, other cases and referrals. */
  alsoKnownIn?: readonly string[];
}

export interface IdentityMatch {
  /** Both birth dates known and equal to the day, both countries known and equal. */
  strong: boolean;
  /** The pair of spellings that matched. */
  names: [string, string];
}

type NameWords = readonly (readonly string[])[];

const wordsMatch = (a: readonly string[], b: readonly string[]): boolean => a.some((key) => b.includes(key));

/** True when each word of `short` can be paired with a different word of `long` (small n: backtracking). */
function pairs(short: NameWords, long: NameWords, used: boolean[] = [], at = 0): boolean {
  if (at === short.length) return true;
  const word = short[at] ?? [];
  for (let i = 0; i < long.length; i++) {
    if (used[i] || !wordsMatch(word, long[i] ?? [])) continue;
    used[i] = true;
    if (pairs(short, long, used, at + 1)) return true;
    used[i] = false;
  }
  return false;
}

/** True when two spellings may name the same person (see the rule at the top). */
export function namesMatch(a: string, b: string): boolean {
  const x = keyTerms(a);
  const y = keyTerms(b);
  if (x.length === 0 || y.length === 0) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 1 && long.length > 1) return false;
  return pairs(short, long);
}

/** True when two partial dates can be the same day (one is the other's prefix), or either is unknown. */
export function datesAgree(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return a.startsWith(b) || b.startsWith(a);
}

const countriesOf = (p: PersonIdentity): string[] => [p.countryCode, ...(p.alsoKnownIn ?? [])].filter((c): c is string => c !== null && c !== '');

/** True when the two records share a country they are known in, or either knows none. */
export function countriesAgree(a: PersonIdentity, b: PersonIdentity): boolean {
  const x = countriesOf(a);
  const y = countriesOf(b);
  return x.length === 0 || y.length === 0 || x.some((c) => y.includes(c));
}

/** How two records match, or null when they cannot be the same person by this rule. */
export function identityMatch(a: PersonIdentity, b: PersonIdentity): IdentityMatch | null {
  if (!datesAgree(a.birthDate, b.birthDate)) return null;
  if (!countriesAgree(a, b)) return null;
  for (const x of a.names) {
    for (const y of b.names) {
      if (!namesMatch(x, y)) continue;
      const strong =
        a.birthDate !== null && a.birthDate.length === 10 && a.birthDate === b.birthDate &&
        a.countryCode !== null && a.countryCode === b.countryCode;
      return { strong, names: [x, y] };
    }
  }
  return null;
}

/**
 * Keys to find candidates quickly: every key of every word of every name. Two records that match
 * always share at least one key, so a lookup by key never misses a match (it may find extra ones,
 * which identityMatch then rules out).
 */
export function candidateKeys(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) for (const alternatives of keyTerms(name)) for (const key of alternatives) keys.add(key);
  return [...keys];
}

// Letters NFD does not take apart, as a reader without the keyboard writes them.
const PLAIN: Readonly<Record<string, string>> = { ı: 'i', ø: 'o', đ: 'd', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ð: 'd', þ: 'th', ħ: 'h' };

/** A name as the same-name test reads it: lower case, no accents, its words sorted. */
export function plainName(name: string): string {
  const folded = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ıøđłßæœðþħ]/g, (c) => PLAIN[c] ?? c)
    .replace(/ё/g, 'е')
    .replace(/['’ʼʻʿʾ`]/g, '');
  return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '').sort().join(' ');
}

/** True when some spelling of each is the same name (see plainName) and both are known in the same country. */
export function sameNameAndCountry(a: PersonIdentity, b: PersonIdentity): boolean {
  if (a.countryCode === null || a.countryCode === '') return false;
  const y = countriesOf(b);
  if (!countriesOf(a).some((c) => y.includes(c))) return false;
  const names = new Set(a.names.map(plainName).filter((n) => n !== ''));
  return b.names.some((n) => names.has(plainName(n)));
}
