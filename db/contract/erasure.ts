// Contract slice: the optional "erase this laptop's keys after N failed unlocks" policy, set by
// administrators. Erasing itself is session.eraseKeys (db/contract/session.ts), which works locked.
import { z } from 'zod';

import { method } from './core';

/** The smallest and largest N: fewer than three would erase the keys over a pair of typing slips. */
export const ERASE_AFTER_FAILED_UNLOCKS = { min: 3, max: 100 } as const;

export interface ErasePolicy {
  /** Failed unlocks in a row, across every user name, after which the keys are erased; null: never (the default). */
  eraseAfterFailedUnlocks: number | null;
}

export const erasureApi = {
  'erasure.policy': method<ErasePolicy>()({ input: z.object({}), access: ['administrator'], effect: 'read' }),
  'erasure.setPolicy': method<ErasePolicy>()({
    input: z.object({
      eraseAfterFailedUnlocks: z.number().int().min(ERASE_AFTER_FAILED_UNLOCKS.min).max(ERASE_AFTER_FAILED_UNLOCKS.max).nullable(),
    }),
    access: ['administrator'],
    effect: 'write',
  }),
} as const;
