// Contract slice of the development tools (not in the app's contract, db/api.ts): synthetic
// demonstration data for trials, training and benchmarks, reached through the CLI, tests and bench.
import { z } from 'zod';

import { method } from '../../contract/core';

/** Rows written by one seed.generate call, table by table. */
export interface SeedCounts {
  users: number;
  people: number;
  nameVariants: number;
  contacts: number;
  referrals: number;
  cases: number;
  episodes: number;
  charges: number;
  courtEvents: number;
  sentences: number;
  advocacyActions: number;
  wgadPetitions: number;
  caseEvents: number;
}

export interface SeedGenerated {
  /** The case numbers written by this call: offset to offset + cases - 1. */
  from: number;
  to: number;
  counts: SeedCounts;
}

/** Largest chunk one call may write: one transaction should stay short enough to keep the UI responsive. */
export const SEED_MAX_CASES_PER_CALL = 5000;

export const seedApi = {
  /**
   * Writes `cases` synthetic cases (with people, referrals, detention, courts, sentences, advocacy
   * and notes) numbered from `offset`. Case number i depends only on (seed, i), so the same seed
   * gives the same data whatever the chunk size. The demo staff it assigns are created on first use
   * without key-ring slots: they cannot sign in until an administrator resets their passphrase.
   */
  'seed.generate': method<SeedGenerated>()({
    input: z.object({
      cases: z.number().int().min(1).max(SEED_MAX_CASES_PER_CALL),
      offset: z.number().int().min(0).max(10_000_000).default(0),
      seed: z.number().int().min(0).max(2 ** 31 - 1).default(1),
    }),
    access: ['administrator'],
    effect: 'write',
  }),
} as const;
