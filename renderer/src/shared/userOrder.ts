// People in every list and picker in the order of the interface language's alphabet, ignoring case
// (and accents), by the name shown, then by sign-in name so equal display names keep a stable order.
import type { User } from '../../../db/api';

type Named = Pick<User, 'name' | 'displayName'>;

export function byUserName(language: string): (a: Named, b: Named) => number {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  return (a, b) => collator.compare(a.displayName || a.name, b.displayName || b.name) || collator.compare(a.name, b.name);
}

/** A sorted copy; the list given is left as it is. */
export function sortUsers<U extends Named>(users: readonly U[], language: string): U[] {
  return [...users].sort(byUserName(language));
}
