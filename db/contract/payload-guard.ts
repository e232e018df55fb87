// The payload guard: what may cross into the backend at all, checked before any schema sees it.
// Plain JSON-like data only (no BigInt, functions, symbols, cycles, class instances), bounded depth
// and size, and well-formed Unicode in every string and key. Pure: the IPC gate and the dispatcher
// both run it.
import type { ApiError, ErrorReason } from './core';

export const PAYLOAD_REASONS = ['payload_unsupported_value', 'payload_circular', 'payload_too_deep', 'payload_too_large', 'invalid_unicode'] as const satisfies readonly ErrorReason[];
export type PayloadReason = (typeof PAYLOAD_REASONS)[number];

export interface PayloadLimits {
  /** Nesting of objects and arrays; the contract's deepest input (a draft of a form) is far shallower. */
  maxDepth: number;
  /** String characters + object keys (with their lengths) + array items, summed over the whole input. */
  maxSize: number;
}

/** The largest legitimate input is an import file: 25 MiB as base64, about 35 million characters. */
export const PAYLOAD_LIMITS: Readonly<PayloadLimits> = Object.freeze({ maxDepth: 64, maxSize: 40_000_000 });

export interface PayloadRefusal {
  reason: PayloadReason;
  /** Where in the input: dotted keys and indexes, '' for the input itself. */
  path: string;
  /** What kind of value was refused (payload_unsupported_value), or the limit crossed. */
  params?: Record<string, string | number>;
}

type Segment = string | number;

const hasWellFormed = typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === 'function';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the string holds no lone surrogate (the only way a JavaScript string can be invalid Unicode). */
export function isWellFormedText(text: string): boolean {
  return hasWellFormed ? (text as string & { isWellFormed(): boolean }).isWellFormed() : !LONE_SURROGATE.test(text);
}

function kindOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return typeof value;
  if (ArrayBuffer.isView(value)) return 'typed_array';
  if (value instanceof Date) return 'date';
  if (value instanceof Map) return 'map';
  if (value instanceof Set) return 'set';
  if (value instanceof RegExp) return 'regexp';
  if (value instanceof Error) return 'error';
  return 'object_with_prototype';
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

class Refused extends Error {
  constructor(readonly refusal: PayloadRefusal) {
    super(refusal.reason);
  }
}

/** Why the input cannot be accepted at all, or null when it is plain, bounded, well-formed data. */
export function payloadRefusal(input: unknown, limits: PayloadLimits = PAYLOAD_LIMITS): PayloadRefusal | null {
  const path: Segment[] = [];
  const open = new Set<object>();
  let size = 0;
  const refuse = (reason: PayloadReason, params?: PayloadRefusal['params']): never => {
    throw new Refused({ reason, path: path.join('.'), ...(params ? { params } : {}) });
  };
  const grow = (by: number) => {
    size += by;
    if (size > limits.maxSize) refuse('payload_too_large', { max: limits.maxSize });
  };
  const text = (s: string) => {
    grow(s.length);
    if (!isWellFormedText(s)) refuse('invalid_unicode');
  };

  const visit = (value: unknown, depth: number): void => {
    switch (typeof value) {
      case 'string':
        text(value);
        return;
      case 'number':
      case 'boolean':
      case 'undefined':
        grow(1);
        return;
      case 'object':
        if (value === null) grow(1);
        else visitObject(value, depth);
        return;
      default:
        // bigint, function, symbol
        refuse('payload_unsupported_value', { kind: typeof value });
    }
  };

  const visitObject = (value: object, depth: number): void => {
    if (open.has(value)) refuse('payload_circular');
    if (depth >= limits.maxDepth) refuse('payload_too_deep', { max: limits.maxDepth });
    const isArray = Array.isArray(value);
    if (isArray ? Object.getPrototypeOf(value) !== Array.prototype : !isPlainObject(value)) {
      refuse('payload_unsupported_value', { kind: kindOf(value) });
    }
    if (Object.getOwnPropertySymbols(value).length > 0) refuse('payload_unsupported_value', { kind: 'symbol' });
    open.add(value);
    if (isArray) {
      const items = value as unknown[];
      // Length first: a sparse array of a billion holes is refused without walking it.
      grow(items.length);
      for (let i = 0; i < items.length; i++) {
        path.push(i);
        visit(items[i], depth + 1);
        path.pop();
      }
    } else {
      for (const key of Object.keys(value)) {
        path.push(key);
        text(key);
        const descriptor = Object.getOwnPropertyDescriptor(value, key);
        // A getter could run code or answer differently each time it is read.
        if (descriptor && !('value' in descriptor)) refuse('payload_unsupported_value', { kind: 'accessor' });
        visit(descriptor?.value, depth + 1);
        path.pop();
      }
    }
    open.delete(value);
  };

  try {
    visit(input, 0);
    return null;
  } catch (e) {
    if (e instanceof Refused) return e.refusal;
    // A proxy or exotic object that throws while being looked at.
    return { reason: 'payload_unsupported_value', path: path.join('.'), params: { kind: 'exotic' } };
  }
}

const MESSAGES: Record<PayloadReason, string> = {
  payload_unsupported_value: 'This request holds a value Habeas cannot accept.',
  payload_circular: 'This request refers to itself.',
  payload_too_deep: 'This request is nested too deeply.',
  payload_too_large: 'This request is too large.',
  invalid_unicode: 'This request holds text that is not valid Unicode.',
};

/** The VALIDATION error for a refused payload: the reason, where, and the limit or kind. */
export function payloadError(refusal: PayloadRefusal): ApiError {
  return {
    code: 'VALIDATION',
    message: MESSAGES[refusal.reason],
    details: { reason: refusal.reason, path: refusal.path, ...(refusal.params ? { params: refusal.params } : {}) },
  };
}

/** The VALIDATION error for input that cannot be accepted, or null when it may go on to its schema. */
export function checkPayload(input: unknown, limits?: PayloadLimits): ApiError | null {
  const refusal = payloadRefusal(input, limits);
  return refusal === null ? null : payloadError(refusal);
}
