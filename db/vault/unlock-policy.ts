// The vault's unlock policy, readable while it is locked: "erase this laptop's keys after N failed
// unlocks" (off unless an administrator sets it). A small file beside the key ring, outside the
// encrypted database because it must be read before anyone has unlocked. Writes are atomic.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { z } from 'zod';

import { ERASE_AFTER_FAILED_UNLOCKS } from '../contract/erasure';
import { writeJsonAtomically } from './atomic-file';

const policyShape = z.object({
  format: z.literal('habeas-unlock-policy'),
  version: z.literal(1),
  eraseAfterFailedUnlocks: z.number().int().min(ERASE_AFTER_FAILED_UNLOCKS.min).max(ERASE_AFTER_FAILED_UNLOCKS.max).nullable(),
});

export interface UnlockPolicy {
  /** Failed unlocks, counted across user names, after which the keys are erased; null: never. */
  eraseAfterFailedUnlocks: number | null;
}

export const unlockPolicyFile = (vaultDir: string): string => join(vaultDir, 'unlock-policy.json');

/**
 * The policy in force. A missing file is the default (off); so is a damaged one, since erasing on
 * a guess would be worse than not erasing.
 */
export function readUnlockPolicy(vaultDir: string): UnlockPolicy {
  try {
    const parsed = policyShape.safeParse(JSON.parse(readFileSync(unlockPolicyFile(vaultDir), 'utf8')));
    return { eraseAfterFailedUnlocks: parsed.success ? parsed.data.eraseAfterFailedUnlocks : null };
  } catch {
    return { eraseAfterFailedUnlocks: null };
  }
}

export function writeUnlockPolicy(vaultDir: string, policy: UnlockPolicy): void {
  const file = unlockPolicyFile(vaultDir);
  const body = policyShape.parse({ format: 'habeas-unlock-policy', version: 1, eraseAfterFailedUnlocks: policy.eraseAfterFailedUnlocks });
  writeJsonAtomically(file, body);
}
