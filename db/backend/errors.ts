// Errors as values with stable codes. Services throw ServiceError; the dispatcher turns anything
// thrown into an ApiError whose message a caseworker can act on and which never carries secrets.
import { z } from 'zod';

import { type ApiError, type ErrorCode, type ErrorDetails, type ErrorReason, FIELD_MESSAGES, type FieldIssue, type FieldReason } from '../contract/core';

/**
 * What every refusal carries: a reason screens word (ERROR_REASONS) and the values the words need
 * in params. The English message is for the command line and logs only.
 */
export type ReasonedDetails = ErrorDetails & { reason: ErrorReason };

export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ReasonedDetails,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ServiceError';
  }
}

/** details.fields (English, for the command line) and details.issues (why, for screens) of refused fields. */
export function fieldDetails(refused: Record<string, [english: string, reason: FieldReason, params?: FieldIssue['params']]>): Required<Pick<ErrorDetails, 'fields' | 'issues'>> {
  const fields: Record<string, string> = {};
  const issues: Record<string, FieldIssue> = {};
  for (const [path, [english, reason, params]] of Object.entries(refused)) {
    fields[path] = english;
    issues[path] = { reason, params: params ?? {} };
  }
  return { fields, issues };
}

export const notFound = (what: string, details: ReasonedDetails) => new ServiceError('NOT_FOUND', `${what} was not found (it may have been deleted).`, details);
export const conflict = (message: string, details: ReasonedDetails) => new ServiceError('CONFLICT', message, details);
export const invalid = (message: string, details: ReasonedDetails) => new ServiceError('VALIDATION', message, details);

interface SqliteLikeError {
  code: string;
  message: string;
}

function isSqliteError(e: unknown): e is SqliteLikeError {
  const code: unknown = e instanceof Error ? (e as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_');
}

const REASON_OF_MESSAGE = new Map<string, FieldReason>(Object.entries(FIELD_MESSAGES).map(([reason, message]) => [message, reason as FieldReason]));

/** Why zod refused a value: from the issue's own code where it says enough, else from the contract constant it was given. */
function issueOf(issue: z.core.$ZodIssue): FieldIssue {
  if (issue.code === 'too_big' && issue.origin === 'string') return { reason: 'too_long', params: { max: Number(issue.maximum) } };
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1) return { reason: 'required', params: {} };
  return { reason: REASON_OF_MESSAGE.get(issue.message) ?? 'invalid', params: {} };
}

/** Field errors from zod, keyed by dotted path: English messages, and the reasons screens word. */
export function fieldErrors(error: z.ZodError): { fields: Record<string, string>; issues: Record<string, FieldIssue> } {
  const fields: Record<string, string> = {};
  const issues: Record<string, FieldIssue> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    if (key in fields) continue;
    fields[key] = issue.message;
    issues[key] = issueOf(issue);
  }
  return { fields, issues };
}

export function toApiError(e: unknown): ApiError {
  if (e instanceof ServiceError) {
    return { code: e.code, message: e.message, details: e.details };
  }
  if (e instanceof z.ZodError) {
    return { code: 'VALIDATION', message: 'Some fields need attention.', details: { reason: 'invalid_fields', ...fieldErrors(e) } };
  }
  if (isSqliteError(e)) {
    if (e.code.startsWith('SQLITE_CONSTRAINT')) {
      return { code: 'CONFLICT', message: 'This change conflicts with a record already stored.', details: { reason: 'record_conflict' } };
    }
    if (e.code === 'SQLITE_CORRUPT' || e.code === 'SQLITE_NOTADB') {
      return { code: 'CORRUPT', message: 'The database file is damaged or is not a Habeas database.', details: { reason: 'database_damaged' } };
    }
  }
  // Unknown failures: no message text from the error itself, which could contain record data.
  return { code: 'INTERNAL', message: 'Something went wrong inside Habeas. Nothing was changed.', details: { reason: 'internal_failure' } };
}
