// Possible duplicates as pairs to decide: each ImportDuplicate once (a pair of rows of the file is
// reported on both rows under one key), with the row it was found on (and that row's own birth
// date and country) and the decision taken.
import { mergedByPolicy, type ImportDuplicate, type ImportRowPlan } from '../../../../db/api';
import type { Decision } from './importStore';

export interface DuplicatePair {
  duplicate: ImportDuplicate;
  /** The row the duplicate was reported on. */
  row: number;
  rowName: string | null;
  /** The row's own birth date and country, to set beside the duplicate's. */
  rowBirthDate: string | null;
  rowCountryCode: string | null;
}

export function duplicatePairs(rows: readonly ImportRowPlan[]): DuplicatePair[] {
  const byKey = new Map<string, DuplicatePair>();
  for (const row of rows) {
    for (const duplicate of row.duplicates) {
      // A pair of file rows is reported on both rows under one key: the first report stands.
      if (!byKey.has(duplicate.key)) {
        byKey.set(duplicate.key, { duplicate, row: row.row, rowName: row.name, rowBirthDate: row.birthDate, rowCountryCode: row.countryCode });
      }
    }
  }
  return [...byKey.values()];
}

/** The decision shown: the user's own, else what the backend reports (null: not decided). */
export function decisionOf(pair: DuplicatePair, decisions: Readonly<Record<string, Decision>>): Decision | null {
  return decisions[pair.duplicate.key] ?? pair.duplicate.decision;
}

export function keepAllApart(pairs: readonly DuplicatePair[]): Record<string, Decision> {
  return Object.fromEntries(pairs.map((p) => [p.duplicate.key, 'separate' as const]));
}

/** The pairs not decided yet kept apart; decided ones stay as they are. */
export function keepRestApart(pairs: readonly DuplicatePair[], decisions: Readonly<Record<string, Decision>>): Record<string, Decision> {
  return Object.fromEntries(pairs.filter((p) => decisionOf(p, decisions) === null).map((p) => [p.duplicate.key, 'separate' as const]));
}

export function mergeAllStrong(pairs: readonly DuplicatePair[]): Record<string, Decision> {
  return Object.fromEntries(pairs.filter((p) => p.duplicate.strong).map((p) => [p.duplicate.key, 'merge' as const]));
}

/** The pairs the CLI's --merge-duplicates=name-country merges: the strong ones and those sharing name and country. */
export function mergeAllNameCountry(pairs: readonly DuplicatePair[]): Record<string, Decision> {
  return Object.fromEntries(pairs.filter((p) => mergedByPolicy(p.duplicate, 'name-country')).map((p) => [p.duplicate.key, 'merge' as const]));
}
