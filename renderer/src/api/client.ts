// The renderer's only way to the backend: typed calls through window.habeas, answered with
// Results. callOrThrow turns an error Result into an ApiFailure for code that prefers throwing.
import type { ApiError, ErrorCode, Input, MethodName, Output, Result } from '../../../db/api';

export class ApiFailure extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
    this.details = error.details;
  }

  /** Field → message from a VALIDATION (or WEAK_PASSPHRASE) error, for forms. */
  get fields(): Record<string, string> {
    const d = this.details as { fields?: Record<string, string> } | undefined;
    return d?.fields ?? {};
  }
}

export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
  try {
    return await window.habeas.call(method, input);
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'Habeas could not reach its records.' } };
  }
}

export async function callOrThrow<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = await call(method, input);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}
