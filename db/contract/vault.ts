// Contract slice: the vault's own integrity check, for supervisors and administrators.
import { z } from 'zod';

import { method } from './core';

export interface VaultIntegrity {
  ok: boolean;
  /** SQLite's own words for each problem found (page damage, broken indexes, dangling references). */
  problems: string[];
}

export const vaultApi = {
  /** Full page-by-page integrity check and foreign-key check of the open database. */
  'vault.integrity': method<VaultIntegrity>()({
    input: z.object({}),
    access: ['supervisor', 'administrator'],
    effect: 'read',
  }),
} as const;
