// Errors as values with stable codes. Services throw ServiceError; the dispatcher turns anything
// thrown into an ApiError whose message a caseworker can act on and which never carries secrets.
import { z } from 'zod';

import type { ApiError, ErrorCode } from '../contract/core';

export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ServiceError';
  }
}

export const notFound = (what: string) => new ServiceError('NOT_FOUND', `${what} was not found (it may have been deleted).`);
export const conflict = (message: string, details?: unknown) => new ServiceError('CONFLICT', message, details);
export const invalid = (message: string, details?: unknown) => new ServiceError('VALIDATION', message, details);

interface SqliteLikeError {
  code: string;
  message: string;
}

function isSqliteError(e: unknown): e is SqliteLikeError {
  const code: unknown = e instanceof Error ? (e as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_');
}

/** Field errors from zod, keyed by dotted path, for forms to show beside each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}

export function toApiError(e: unknown): ApiError {
  if (e instanceof ServiceError) {
    return e.details === undefined ? { code: e.code, message: e.message } : { code: e.code, message: e.message, details: e.details };
  }
  if (e instanceof z.ZodError) {
    return { code: 'VALIDATION', message: 'Some fields need attention.', details: { fields: fieldErrors(e) } };
  }
  if (isSqliteError(e)) {
    if (e.code.startsWith('SQLITE_CONSTRAINT')) {
      return { code: 'CONFLICT', message: 'This change conflicts with a record already stored.' };
    }
    if (e.code === 'SQLITE_CORRUPT' || e.code === 'SQLITE_NOTADB') {
      return { code: 'CORRUPT', message: 'The database file is damaged or is not a Habeas database.' };
    }
  }
  // Unknown failures: no message text from the error itself, which could contain record data.
  return { code: 'INTERNAL', message: 'Something went wrong inside Habeas. Nothing was changed.' };
}
