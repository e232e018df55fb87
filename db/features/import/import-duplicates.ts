// Possible duplicates for the rows an import would create: earlier rows of the same file, and
// people already in the vault. Both go through the shared rule of domain/person-match.ts. Vault
// candidates are found through the search index's transliteration keys (one FTS query per few
// hundred keys), so a 100,000-person vault is never read whole.
//
// Rows of one file that are the same person (one row per census year is the common shape) go
// through this same machinery rather than being joined silently: the file cannot tell one man
// listed twice from two namesakes, so each later row is a possible duplicate of the earlier row
// (against 'file'), decided like any other. What makes that workable on thousands of rows is the
// bulk decision (contract/import-decisions.ts: merge the pairs sharing name and country), and the
// row's year in its identity (import-plan.ts), so the 2022 and 2023 rows of one person stay two
// rows of one person on every re-import. A merged group is written as one person, its facts
// joined without loss (import-merge.ts).
import type { ServiceContext } from '../../backend/context';
import { candidateKeys, datesAgree, identityMatch, plainName, sameNameAndCountry, type PersonIdentity } from '../people/person-match';
import { keyTerms } from '../search/transliterate';
import { knownPeople } from '../people/person-identities';

export interface DuplicateFound {
  against: 'file' | 'vault';
  /** Index into the rows given (against 'file'). */
  index: number | null;
  personId: string | null;
  name: string;
  birthDate: string | null;
  countryCode: string | null;
  strong: boolean;
  /** Same name and country (domain/person-match.ts sameNameAndCountry). */
  sameNameAndCountry: boolean;
}

const KEYS_PER_QUERY = 300;

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

interface VaultPerson {
  name: string;
  names: string[];
  identity: PersonIdentity;
}

/** Vault people sharing at least one name key with the given keys, read as the intake reads them. */
function vaultCandidates(ctx: ServiceContext, keys: readonly string[]): Map<string, VaultPerson> {
  const ids = new Set<string>();
  const find = ctx.sqlite.prepare(
    `SELECT DISTINCT d.person_id AS id FROM search_index JOIN search_docs d ON d.id = search_index.rowid
     WHERE search_index MATCH ? AND d.kind IN ('name', 'variant')`,
  );
  for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) {
    const expression = keys.slice(i, i + KEYS_PER_QUERY).map((k) => `keys : ${quote(k)}`).join(' OR ');
    for (const r of find.all(expression) as { id: string }[]) ids.add(r.id);
  }
  const out = new Map<string, VaultPerson>();
  for (const p of knownPeople(ctx, ids)) {
    const names = [p.name, ...p.nameVariants];
    out.set(p.personId, { name: p.name, names, identity: { names, birthDate: p.birthDate, countryCode: p.countryCode, alsoKnownIn: p.alsoKnownIn } });
  }
  return out;
}

/**
 * The fewest distinct keys two names must share to match: a name of n words whose key sets are
 * disjoint pairs each word with a different word of the other name through a different key, so a
 * match shares at least n keys (1 when two of its words share a key, "Ali Ali"). Used to skip
 * candidates that share only a common first name before running the full rule on them.
 */
function keysNeeded(names: readonly string[]): number {
  let need = Infinity;
  for (const name of names) {
    const terms = keyTerms(name);
    const all = terms.flat();
    need = Math.min(need, new Set(all).size === all.length ? terms.length : 1);
  }
  return Number.isFinite(need) ? Math.max(1, need) : 1;
}

/**
 * Candidates filed under the given keys, each with how many of the keys it shares; only those
 * sharing at least `least`. By pigeonhole, such a candidate is in one of the `n - least + 1`
 * shortest lists, so a common first name (thousands of rows) is only read when it must be.
 */
function sharing<T>(keys: readonly string[], byKey: ReadonlyMap<string, Set<T>>, least: number): Map<T, number> {
  const lists = keys.map((k) => byKey.get(k)).filter((l): l is Set<T> => l !== undefined).sort((a, b) => a.size - b.size);
  const out = new Map<T, number>();
  if (lists.length < least) return out;
  for (const list of lists.slice(0, lists.length - least + 1)) {
    for (const c of list) {
      if (out.has(c)) continue;
      let shared = 0;
      for (const l of lists) if (l.has(c)) shared += 1;
      if (shared >= least) out.set(c, shared);
    }
  }
  return out;
}

/** Candidates indexed by key: those whose names need two or more shared keys apart from the rest. */
class KeyIndex<T> {
  private readonly many = new Map<string, Set<T>>();
  private readonly one = new Map<string, Set<T>>();
  readonly need = new Map<T, number>();

  add(candidate: T, keys: readonly string[], need: number): void {
    this.need.set(candidate, need);
    const index = need >= 2 ? this.many : this.one;
    for (const k of keys) {
      const list = index.get(k);
      if (list) list.add(candidate);
      else index.set(k, new Set([candidate]));
    }
  }

  /** Candidates that may match a name needing `need` shared keys, in the order they were added. */
  find(keys: readonly string[], need: number): T[] {
    const found = new Map([...sharing(keys, this.one, 1), ...sharing(keys, this.many, Math.min(need, 2))]);
    return [...found].filter(([c, shared]) => shared >= Math.min(need, this.need.get(c) ?? 1)).map(([c]) => c);
  }
}

/**
 * For each identity (null: not checked), its possible duplicates: earlier checked rows of the
 * file first, then vault people (their country as person-identities.ts reads it).
 */
export function findDuplicates(ctx: ServiceContext, rows: readonly (PersonIdentity | null)[]): DuplicateFound[][] {
  const rowKeys = rows.map((r) => (r ? candidateKeys(r.names) : []));
  const vault = vaultCandidates(ctx, [...new Set(rowKeys.flat())]);
  const inVault = new KeyIndex<string>();
  for (const [id, v] of vault) inVault.add(id, candidateKeys(v.names), keysNeeded(v.names));
  const inFile = new KeyIndex<number>();
  // Earlier rows by plain name and country: the same name with and without its accents (Şık,
  // Sik) is the same name even where the transliteration keys do not yet pair the two.
  const byPlain = new Map<string, number[]>();
  const plainKeys = (identity: PersonIdentity) => [...new Set(identity.names.map((n) => `${plainName(n)}\u0000${identity.countryCode ?? ''}`))];
  return rows.map((identity, i) => {
    if (!identity) return [];
    const keys = rowKeys[i] ?? [];
    const need = keysNeeded(identity.names);
    const found: DuplicateFound[] = [];
    const plain = identity.countryCode ? plainKeys(identity) : [];
    const samePlain = new Set(plain.flatMap((k) => byPlain.get(k) ?? []));
    const earlier = [...new Set([...inFile.find(keys, need), ...samePlain])].sort((a, b) => a - b);
    const people = inVault.find(keys, need).sort();
    inFile.add(i, keys, need);
    for (const k of plain) byPlain.set(k, [...(byPlain.get(k) ?? []), i]);
    for (const j of earlier) {
      const other = rows[j];
      if (!other) continue;
      const match = identityMatch(identity, other);
      const same = sameNameAndCountry(identity, other);
      if (!match && !(same && datesAgree(identity.birthDate, other.birthDate))) continue;
      const strong = match?.strong ?? (identity.birthDate !== null && identity.birthDate.length === 10 && identity.birthDate === other.birthDate && identity.countryCode === other.countryCode);
      found.push({ against: 'file', index: j, personId: null, name: other.names[0] ?? '', birthDate: other.birthDate, countryCode: other.countryCode, strong, sameNameAndCountry: same });
    }
    for (const id of people) {
      const v = vault.get(id);
      const match = v ? identityMatch(identity, v.identity) : null;
      if (v && match) found.push({ against: 'vault', index: null, personId: id, name: v.name, birthDate: v.identity.birthDate, countryCode: v.identity.countryCode, strong: match.strong, sameNameAndCountry: sameNameAndCountry(identity, v.identity) });
    }
    return found;
  });
}
