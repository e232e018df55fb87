// Types tying service functions to contract entries: a slice's handlers must cover exactly its
// methods, with the input the schema produces and the output the contract promises.
import type { z } from 'zod';

import type { MethodDef } from '../contract/core';
import type { Handler } from './context';

type AnySlice = Record<string, MethodDef<z.ZodType, unknown>>;

export type HandlersFor<S extends AnySlice> = {
  [K in keyof S]: S[K] extends MethodDef<infer I, infer O> ? Handler<I, O> : never;
};

/**
 * Handlers that may answer with a promise: only methods declared `transaction: false`, which lay out
 * documents with asynchronous libraries after their reads and audit entry are written (backend.ts).
 */
export type AsyncHandlersFor<S extends AnySlice> = {
  [K in keyof S]: S[K] extends MethodDef<infer I, infer O> ? Handler<I, O | Promise<O>> : never;
};
