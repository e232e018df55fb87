// The development methods (demo seeding) added to the app's contract, for the CLI, tests, the
// test harness and benchmarks. The packaged app never loads this folder: its worker entry
// (db/backend/worker.ts) serves db/api.ts only, so the window cannot reach seed.generate.
import type { z } from 'zod';

import { api } from '../api';
import type { MethodDef } from '../contract/core';
import { seedApi } from './seed/seed-contract';
import { serviceHandlers } from '../features';
import { seedHandlers } from './seed/seed';

export const devApi = { ...api, ...seedApi } as const;
export type DevApi = typeof devApi;
export type DevMethodName = keyof DevApi;
export type DevInput<M extends DevMethodName> = z.input<DevApi[M]['input']>;
export type DevOutput<M extends DevMethodName> = DevApi[M] extends MethodDef<z.ZodType, infer O> ? O : never;

/** Options for createBackend that serve the development methods too. */
export const devBackendOptions = { methods: devApi, handlers: { ...serviceHandlers, ...seedHandlers } };
