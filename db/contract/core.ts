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

/**
 * Why a call was refused, for the refusals a screen words in its own language: the service sets
 * details.reason to one of these (and details.params where the words need values). The English
 * message stays for the command line and logs; screens never read it back.
 */
export const ERROR_REASONS = [
  // WEAK_PASSPHRASE (db/vault/passphrase-strength.ts)
  'too_short',
  'contains_user_name',
  'too_guessable',
  // users.* refusals
  'revoke_self',
  'last_administrator',
  'name_taken',
  'user_revoked',
  // an unknown contract method (UNKNOWN_METHOD)
  'unknown_method',
  // observations.* refusals: a "known to be held" date outside its episode
  'observation_before_arrest',
  'observation_after_release',
  // CORRUPT at unlock (db/contract/migration-failure.ts)
  'migration_failed',
  // INTERNAL: a write by a session without an audit signer on a log that is already signed
  'audit_signer_missing',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

/** Why one field was refused; VALIDATION errors carry one per field in details.issues. */
export const FIELD_REASONS = [
  'required',
  'too_long',
  'partial_date',
  'full_date',
  'no_such_date',
  'future_date',
  'country_code',
  'unknown_country',
  'decision_reason',
  'before_received',
  'inactive_user',
  'invalid',
] as const;
export type FieldReason = (typeof FIELD_REASONS)[number];

export interface FieldIssue {
  reason: FieldReason;
  /** Values the words need: max (too_long), code (unknown_country), date (before_received), name (inactive_user). */
  params: Record<string, string | number>;
}

/** What a VALIDATION (or other field-level) error carries beside its message. */
export interface ErrorDetails {
  reason?: ErrorReason;
  params?: Record<string, string | number>;
  /** Dotted field path → English message, for the command line and older screens. */
  fields?: Record<string, string>;
  /** Dotted field path → why, for screens to word. */
  issues?: Record<string, FieldIssue>;
  /** Facts a refusal names (the open case, the status it is in...). */
  [fact: string]: unknown;
}

/**
 * The English messages the contract's own schemas give, one per reason, so the dispatcher can tell
 * the reason of a schema refusal by equality with the constant it was built from.
 */
export const FIELD_MESSAGES = {
  required: 'Required',
  partial_date: 'Use YYYY, YYYY-MM or YYYY-MM-DD',
  full_date: 'Use the form YYYY-MM-DD',
  no_such_date: 'No such date',
  country_code: 'Use a two-letter ISO country code',
  decision_reason: 'Give the reason for this decision',
} as const satisfies Partial<Record<FieldReason, string>>;

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
export const nonEmpty = (max = 500) => z.string().trim().min(1, FIELD_MESSAGES.required).max(max, `At most ${max} characters`);
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
  .regex(/^\d{4}-\d{2}-\d{2}$/, FIELD_MESSAGES.full_date)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, FIELD_MESSAGES.no_such_date);

/** A partial date: YYYY, YYYY-MM or YYYY-MM-DD, never inventing a missing part. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, FIELD_MESSAGES.partial_date)
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number);
    if (y === undefined || y < 1900 || y > 2200) return false;
    if (m === undefined) return true;
    if (m < 1 || m > 12) return false;
    if (d === undefined) return true;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return d >= 1 && d <= last;
  }, FIELD_MESSAGES.no_such_date);

export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, FIELD_MESSAGES.country_code);

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
