// Contract slice: autosaved form drafts, kept in the encrypted database (never in the browser's
// own storage, which is plain text on disk).
import { z } from 'zod';

import { ALL_ROLES, method } from './core';

const formKey = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9.:-]+$/i, 'Not a form key');

export interface Draft {
  formKey: string;
  data: unknown;
  updatedAt: string;
}

export const draftsApi = {
  'drafts.get': method<Draft | null>()({ input: z.object({ formKey }), access: ALL_ROLES, effect: 'read' }),
  'drafts.save': method<{ updatedAt: string }>()({
    input: z.object({
      formKey,
      data: z.unknown().refine((d) => JSON.stringify(d ?? null).length <= 200_000, 'The draft is too large'),
    }),
    access: ALL_ROLES,
    effect: 'write',
    unaudited: true,
  }),
  'drafts.discard': method<{ discarded: boolean }>()({
    input: z.object({ formKey }),
    access: ALL_ROLES,
    effect: 'write',
    unaudited: true,
  }),
} as const;
