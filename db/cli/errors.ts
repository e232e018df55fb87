// How the command line fails: one line `habeas: <message> (<CODE>)` on stderr and an exit code,
// 2 for a command used wrongly, 1 for everything else. Never a stack trace, never a secret.
import type { ApiError } from '../contract/core';
import { migrationCauseText, migrationFailureOf } from '../contract/migration-failure';

export type CliCode = ApiError['code'] | 'USAGE' | 'CANCELLED';

export class CliError extends Error {
  constructor(
    readonly code: CliCode,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }

  get exitCode(): number {
    return this.code === 'USAGE' ? 2 : 1;
  }
}

export const usage = (message: string): CliError => new CliError('USAGE', message);

export function fromApiError(error: ApiError): CliError {
  // A failed migration names its cause, so whoever runs the command can report it.
  const cause = migrationFailureOf(error);
  return new CliError(error.code, cause ? `${error.message} Cause: ${migrationCauseText(cause)}.` : error.message);
}

/** The one line printed for any failure; unknown errors say nothing of their contents. */
export function describeFailure(e: unknown): { line: string; exitCode: number } {
  const known = e instanceof CliError ? e : new CliError('INTERNAL', 'Something went wrong inside Habeas. Nothing was changed.');
  const message = known.message.trim().replace(/\s+/g, ' ');
  return { line: `habeas: ${message} (${known.code})`, exitCode: known.exitCode };
}
