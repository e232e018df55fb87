// Passphrase → 256-bit wrapping key with Argon2id. The cost is calibrated when a slot is written,
// so one guess takes at least the target time on the machine that wrote it.
import { hashRawSync } from '@node-rs/argon2';

export interface KdfParams {
  algorithm: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/** Never below 64 MiB (docs/architecture.md), whatever the target time. */
export const MIN_MEMORY_KIB = 64 * 1024;
export const DEFAULT_TARGET_MS = 250;
const MAX_ITERATIONS = 64;
// @node-rs/argon2 declares Algorithm as a const enum, which isolated modules cannot read.
const ARGON2ID = 2;

/** How many derivations this process has run: tests count them (one guess, one derivation). */
export const kdfCounter = { derivations: 0 };

export function deriveKey(passphrase: string, salt: Buffer, params: KdfParams, outputLen = 32): Buffer {
  kdfCounter.derivations += 1;
  return hashRawSync(passphrase.normalize('NFC'), {
    algorithm: ARGON2ID,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    outputLen,
    salt,
  });
}

function timeOne(params: KdfParams): number {
  const salt = Buffer.alloc(16, 7);
  const started = process.hrtime.bigint();
  deriveKey('calibration', salt, params);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * Finds the iteration count at which one derivation takes at least targetMs here.
 * Measures the cost of one iteration, then confirms the chosen count by timing it.
 */
export function calibrateKdf(targetMs: number = DEFAULT_TARGET_MS): KdfParams {
  const base: KdfParams = { algorithm: 'argon2id', memoryKiB: MIN_MEMORY_KIB, iterations: 1, parallelism: 1 };
  timeOne(base); // warm-up: the first run pays for page faults
  const perIteration = Math.max(1, Math.min(timeOne(base), timeOne(base)));
  let iterations = Math.max(2, Math.ceil(targetMs / perIteration));
  while (iterations < MAX_ITERATIONS && timeOne({ ...base, iterations }) < targetMs) {
    iterations = Math.min(MAX_ITERATIONS, Math.ceil(iterations * 1.25));
  }
  return { ...base, iterations };
}
