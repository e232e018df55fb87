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
  // cases.grants.add: the colleague already has access to the case
  'grant_exists',
  // cases.grants.remove of a grant that is not there (NOT_FOUND)
  'grant_not_found',
  // an unknown contract method (UNKNOWN_METHOD)
  'unknown_method',
  // observations.* refusals: a "known to be held" date outside its episode (params.observedOn)
  'observation_before_arrest',
  'observation_after_release',
  // CORRUPT at unlock (db/contract/migration-failure.ts)
  'migration_failed',
  // the dispatcher's own answers: a schema refusal (details.issues), a constraint, a damaged file
  'invalid_fields',
  'record_conflict',
  'database_damaged',
  'internal_failure',
  'method_unavailable',
  'audit_missing',
  'role_not_allowed',
  // vault and session (db/vault, db/backend)
  'vault_locked',
  'vault_exists',
  'no_vault',
  'wrong_passphrase',
  'wrong_recovery_key',
  'recovery_key_format',
  'too_many_attempts',
  'key_ring_missing',
  'key_ring_damaged',
  'key_length',
  'database_wrong_key',
  'database_integrity_failed',
  'backup_integrity_failed',
  'backup_write_failed',
  // a record that is not there (NOT_FOUND)
  'user_not_found',
  'person_not_found',
  'contact_not_found',
  'referral_not_found',
  'case_not_found',
  'case_event_not_found',
  'episode_not_found',
  'observation_not_found',
  'charge_not_found',
  'court_event_not_found',
  'sentence_not_found',
  'advocacy_not_found',
  'task_not_found',
  'review_not_found',
  'country_not_found',
  'country_alias_not_found',
  'preset_not_found',
  // referrals.*
  'person_has_open_case',
  'referral_already_decided',
  'referral_already_assessing',
  'referral_decided_no_edit',
  // cases.* and people.*
  'case_closed',
  'case_already_closed',
  'case_already_open',
  'other_case_open',
  'person_delete_open_case',
  // detention: episodes, sentences
  'release_before_arrest',
  'release_date_required',
  'episode_still_open',
  'episodes_overlap',
  'life_no_upper_term',
  'range_not_longer',
  'court_event_other_episode',
  'supersedes_other_episode',
  'sentence_already_changed',
  'sentence_changed_later',
  'change_without_earlier',
  // advocacy.*
  'wgad_out_of_order',
  'no_public_consent',
  'not_wgad_action',
  'wgad_type_fixed',
  // tasks.* and deadlines
  'assignee_not_active',
  'assignee_is_staff',
  'reminder_task_fixed',
  'deadlines_supervisors_only',
  // review.*
  'review_comment_required',
  'review_answer_not_allowed',
  'review_not_change_request',
  'review_already_answered',
  // imports.*: reading the file (params name the sheet, column, path or encoding)
  'file_empty',
  'file_too_large',
  'file_binary',
  'file_not_utf8',
  'file_utf16',
  'xls_unsupported',
  'header_row_missing',
  'duplicate_column',
  'no_rows',
  'xlsx_not_zip',
  'xlsx_not_workbook',
  'xlsx_too_large',
  'xlsx_compression',
  'xlsx_sheet_missing',
  'xlsx_no_such_sheet',
  'xlsx_no_sheets',
  'json_invalid',
  'json_not_utf8',
  'json_not_array',
  'json_entry_not_object',
  'json_nested_value',
  // imports.*: the user's choices
  'override_not_vocabulary',
  'override_not_date',
  'override_not_country',
  'override_unreadable',
  'alias_without_letters',
  'alias_unknown_country',
  'unknown_duplicate_key',
  'preset_not_saved',
  // session.unlock after this laptop's keys were erased (CONFLICT): only the recovery key opens the vault
  'keys_erased',
  // session.eraseKeys without its confirmation (VALIDATION)
  'confirmation_required',
  // backup.delete of a name that is not a backup of the vault's folder (VALIDATION)
  'not_a_backup',
  // backup.delete of a backup that is no longer there (NOT_FOUND)
  'backup_not_found',
  // vault.rotateKey and users.revoke: a rotation already under way (CONFLICT), one that failed and left the
  // vault under its old key, or one that finished but could not reopen the vault (INTERNAL)
  'rotation_under_way',
  'rotation_failed',
  'rotation_reopen_failed',
  // backup.reencryptOld: a backup could not be re-encrypted (INTERNAL)
  'backup_reencrypt_failed',
  // VALIDATION from the payload guard (db/contract/payload-guard.ts), with details.path
  'payload_unsupported_value',
  'payload_circular',
  'payload_too_deep',
  'payload_too_large',
  'invalid_unicode',
  // LOCKED for calls cut off when the backend worker stopped and was started again; INTERNAL once it is given up
  'backend_restarted',
  'backend_stopped',
  // FORBIDDEN at the IPC gate: a call from a subframe, a foreign origin or a window that is not the app's
  'sender_refused',
  // INTERNAL: a write by a session without an audit signer on a log that is already signed
  'audit_signer_missing',
  // VALIDATION: preferences.set with a value of another shape than the key's
  'preference_value_invalid',
  // attachments.*: a file that is not there or not the caller's to see, an opening this session no longer
  // holds, a chunk past the end (NOT_FOUND); a subject id given for the case itself or missing for a record,
  // a name with path parts, a chunk of the wrong size or past the declared size (VALIDATION); a chunk out of
  // order (params.expected) or for a file no longer being received (CONFLICT); finish with bytes that do not
  // add up to the size or hash given at begin (VALIDATION: the partial file is dropped). The last two are
  // also vault.integrity's codes for a stored file whose chunks no longer match.
  'attachment_not_found',
  'attachment_token_unknown',
  'attachment_chunk_not_found',
  'attachment_subject_invalid',
  'attachment_name_unsafe',
  'attachment_chunk_size',
  'attachment_chunk_out_of_order',
  'attachment_not_receiving',
  'attachment_incomplete',
  'attachment_hash_mismatch',
  // deadlines.dismiss: the reminder was dismissed before
  'deadline_already_dismissed',
  // FORBIDDEN: documents.dossier asked by staff to include confidential fields or contacts
  'dossier_inclusion_not_allowed',
  // VALIDATION: templates.save with a document template Mustache cannot parse (the old file is kept)
  'template_malformed',
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
  'no_such_user',
  'wrong_role',
  'no_active_user',
  'staff_assignee',
  'before_opened',
  'before_arrest',
  'required_with_release_reason',
  'observation_before_arrest',
  'observation_after_release',
  'life_no_upper_term',
  'shorter_than_range',
  'longer_than_term',
  'other_episode',
  'not_a_change',
  'out_of_order',
  'no_public_consent',
  'not_wgad',
  'cannot_change',
  'supervisor_on_accept',
  'choose_person',
  'choose_contact',
  'assign_someone',
  'article_number',
  'sentence_change_kind',
  'sentence_changed',
  'opinion_number',
  'opinion_year',
  'period_order',
  'name_taken',
  'wrong_passphrase',
  'invalid',
] as const;
export type FieldReason = (typeof FIELD_REASONS)[number];

export interface FieldIssue {
  reason: FieldReason;
  /** Values the words need: max (too_long), code (unknown_country), date (before_received, before_opened), name (inactive_user, wrong_role, with role). */
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
  choose_person: 'Choose a person already on file or enter a new one',
  choose_contact: 'Choose a contact on file or enter a new one, not both',
  assign_someone: 'Choose a caseworker or a supervisor',
  article_number: 'Start with the article number, e.g. 174 or 205.2',
  sentence_change_kind: 'Say how the new sentence changed the earlier one',
  sentence_changed: 'Choose the sentence this one changes',
  opinion_number: 'Write it as "Opinion No. 12/2023" or "12/2023"',
  opinion_year: 'The year of the opinion looks wrong',
  period_order: 'The period ends before it begins',
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
