// Deciding many possible duplicates of an import at once, the same way in the wizard's bulk
// buttons and the CLI's --merge-duplicates=POLICY, so both give the same result on the same file.
// Pure and Node-free: the renderer uses it through db/api.ts.
import type { ImportDuplicate, ImportRowPlan } from './imports';

/**
 * all: every possible duplicate is merged; name-country: the strong ones and those sharing name
 * and country (ImportDuplicate.sameNameAndCountry); strong: only the strong ones; none: none.
 * Whatever a policy does not merge it keeps apart, so nothing is left undecided.
 */
export const MERGE_POLICIES = ['all', 'name-country', 'strong', 'none'] as const;
export type MergePolicy = (typeof MERGE_POLICIES)[number];

export function mergedByPolicy(duplicate: Pick<ImportDuplicate, 'strong' | 'sameNameAndCountry'>, policy: MergePolicy): boolean {
  if (policy === 'all') return true;
  if (policy === 'none') return false;
  return duplicate.strong || (policy === 'name-country' && duplicate.sameNameAndCountry);
}

/** A decision for every possible duplicate of the plan: merge what the policy merges, keep the rest apart. */
export function decisionsFor(rows: readonly Pick<ImportRowPlan, 'duplicates'>[], policy: MergePolicy): Record<string, 'merge' | 'separate'> {
  const out: Record<string, 'merge' | 'separate'> = {};
  for (const row of rows) for (const d of row.duplicates) out[d.key] ??= mergedByPolicy(d, policy) ? 'merge' : 'separate';
  return out;
}
