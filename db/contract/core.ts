// Building blocks of the contract: roles, error codes, results and the shape of one method entry.
// Pure zod and types only: the renderer imports this through db/api.ts.
import { z } from 'zod';

export const ROLES = ['caseworker', 'staff', 'supervisor', 'administrator'] as const;
export type Role = (typeof ROLES)[number];
export const ALL_ROLES: readonly Role[] = ROLES;

export const ERROR_CODES = [
  'VALIDATION',
  'LOCKED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'CORRUPT',
  'INTERNAL',
  'WRONG_PASSPHRASE',
  'TOO_MANY_ATTEMPTS',
  'WEAK_PASSPHRASE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * The one answer to a call for a method the contract does not have, from the shell's IPC gate and
 * from the backend alike: the call itself is malformed, so VALIDATION, with the reason as a fact.
 */
export const UNKNOWN_METHOD: Readonly<ApiError> = Object.freeze({
  code: 'VALIDATION',
  message: 'Unknown method.',
  details: Object.freeze({ reason: 'unknown_method' }),
});

/** Who may call a method: a list of roles, or 'locked' for the few calls that work before unlock. */
export type Access = readonly Role[] | 'locked';

/** write: changes data and must leave an audit entry in the same transaction; read: does not. */
export type Effect = 'read' | 'write';

export interface MethodDef<I extends z.ZodType, O> {
  input: I;
  access: Access;
  effect: Effect;
  /** False for the few writes that cannot run inside a transaction (VACUUM INTO for backups). */
  transaction?: false;
  /** True only for a user's own unsent typing (drafts): saved, but not a change to any record. */
  unaudited?: true;
  /** Phantom field carrying the output type; never set at runtime. */
  output?: O;
}

/** Declares one method. Usage: method<OutputType>()({ input, access, effect }). */
export function method<O>() {
  return <I extends z.ZodType>(def: {
    input: I;
    access: Access;
    effect: Effect;
    transaction?: false;
    unaudited?: true;
  }): MethodDef<I, O> => def;
}

export const id = z.uuid({ version: 'v7', message: 'Not a valid record id' });
export const nonEmpty = (max = 500) => z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`);
export const optionalText = (max = 20000) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

/** A full calendar date YYYY-MM-DD that really exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the form YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'No such date');

/** A partial date: YYYY, YYYY-MM or YYYY-MM-DD, never inventing a missing part. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Use YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number);
    if (y === undefined || y < 1900 || y > 2200) return false;
    if (m === undefined) return true;
    if (m < 1 || m > 12) return false;
    if (d === undefined) return true;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return d >= 1 && d <= last;
  }, 'No such date');

export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'Use a two-letter ISO country code');

export const pageInput = z.object({
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
});

export interface Page<T> {
  rows: T[];
  total: number;
}

/** Common timestamps carried by every stored record. */
export interface Stamped {
  id: string;
  createdAt: string;
  updatedAt: string;
}
