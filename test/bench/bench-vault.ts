// The vault the benchmark measures: a new one seeded with N synthetic cases (kept when --vault
// names a new folder, so later runs can reuse it), or an existing one given with --vault, whose
// user and passphrase come from HABEAS_USER (default bench) and HABEAS_PASSPHRASE.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { devBackendOptions, type DevInput as Input, type DevMethodName as MethodName, type DevOutput as Output } from '../../db/dev/dev-api';
import { createBackend, type Backend } from '../../db/backend/backend';
import type { Result } from '../../db/contract/core';
import { SEED_MAX_CASES_PER_CALL } from '../../db/dev/seed/seed-contract';
import { vaultExists } from '../../db/vault/vault-files';

export const BENCH_USER = 'bench';
// Test-only passphrase for a vault of synthetic data; real vaults take theirs from a person.
export const BENCH_PASSPHRASE = 'violet thunder marble canyon 7';

export interface BenchVault {
  vaultDir: string;
  stateDir: string;
  backend: Backend;
  userName: string;
  passphrase: string;
  /** The unlock that opened a reused vault: it may include the automatic daily backup. */
  openingUnlockMs: number | null;
  /** Seeding figures when this run seeded the vault. */
  seeded: { cases: number; ms: number } | null;
  call<M extends MethodName>(method: M, input: Input<M>): Output<M>;
  /** For inputs built at run time: the backend validates them as it does the window's. */
  callUnchecked(method: MethodName, input: unknown): unknown;
  /** Hears the labels of the backend's progress events until the returned function is called. */
  onProgress(listener: (label: string) => void): () => void;
}

function unchecked(backend: Backend) {
  return (method: MethodName, input: unknown): unknown => {
    const r: Result<unknown> = backend.call(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
}

function caller(backend: Backend) {
  const run = unchecked(backend);
  return <M extends MethodName>(method: M, input: Input<M>): Output<M> => run(method, input) as Output<M>;
}

export function openBenchVault(options: { vault?: string; cases: number; log: (line: string) => void }): BenchVault {
  const vaultDir = resolve(options.vault ?? join(mkdtempSync(join(tmpdir(), 'habeas-bench-')), 'vault'));
  const stateDir = join(tmpdir(), 'habeas-bench-state');
  const listeners = new Set<(label: string) => void>();
  const onProgress = (listener: (label: string) => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  const backend = createBackend({
    ...devBackendOptions,
    vaultDir,
    stateDir,
    migrationsDir: resolve(__dirname, '../../db/migrations'),
    onEvent: (e) => {
      const label = e.event === 'progress' ? (e.payload as { label?: string }).label : undefined;
      if (label) for (const l of listeners) l(label);
    },
  });
  const call = caller(backend);
  if (vaultExists(vaultDir)) {
    const passphrase = process.env.HABEAS_PASSPHRASE ?? BENCH_PASSPHRASE;
    const userName = process.env.HABEAS_USER ?? BENCH_USER;
    const started = performance.now();
    call('session.unlock', { userName, passphrase });
    const openingUnlockMs = performance.now() - started;
    options.log(`Reusing the vault in ${vaultDir}.`);
    return { vaultDir, stateDir, backend, userName, passphrase, openingUnlockMs, seeded: null, call, callUnchecked: unchecked(backend), onProgress };
  }
  if (options.vault && existsSync(join(vaultDir, 'keyring.json'))) throw new Error(`${vaultDir} has a key ring but no database.`);
  call('session.createVault', { userName: BENCH_USER, passphrase: BENCH_PASSPHRASE });
  // No key is printed: secrets never go to logs. The plain copy's key is unwrapped from the ring.
  options.log(`New scratch vault in ${vaultDir} (user ${BENCH_USER}).`);
  const started = performance.now();
  const chunk = SEED_MAX_CASES_PER_CALL;
  for (let done = 0; done < options.cases; done += chunk) {
    call('seed.generate', { cases: Math.min(chunk, options.cases - done), offset: done, seed: 1 });
    const made = Math.min(options.cases, done + chunk);
    if (made % 10_000 === 0 || made === options.cases) options.log(`  seeded ${made} of ${options.cases} cases, ${Math.round((made / (performance.now() - started)) * 1000)} cases/s`);
  }
  const seeded = { cases: options.cases, ms: performance.now() - started };
  return { vaultDir, stateDir, backend, userName: BENCH_USER, passphrase: BENCH_PASSPHRASE, openingUnlockMs: null, seeded, call, callUnchecked: unchecked(backend), onProgress };
}
