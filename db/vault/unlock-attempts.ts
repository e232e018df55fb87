// Slows unlock attempts after failures. The state lives outside the vault (the app's state folder)
// so that a refused unlock changes no file of the vault. Keys are hashes: no user names in clear.
// Beside each user name's count, one count per vault across every name, for the erase-after-N policy.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { normaliseUserName } from './key-ring';

interface AttemptRecord {
  failures: number;
  lastFailureAt: number;
}

/** Failures allowed before any wait; after that the wait doubles from 2 s up to 15 minutes. */
export const FREE_ATTEMPTS = 3;
const MAX_WAIT_MS = 15 * 60 * 1000;

export function waitAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_WAIT_MS, 2000 * 2 ** (failures - FREE_ATTEMPTS));
}

export class UnlockAttempts {
  private readonly file: string;

  constructor(
    stateDir: string,
    private readonly clock: () => number = Date.now,
  ) {
    this.file = join(stateDir, 'unlock-attempts.json');
  }

  /** Milliseconds to wait before the next attempt is allowed; 0 when allowed now. */
  retryAfterMs(vaultId: string, userName: string): number {
    const record = this.read()[this.key(vaultId, userName)];
    if (!record) return 0;
    return Math.max(0, record.lastFailureAt + waitAfter(record.failures) - this.clock());
  }

  recordFailure(vaultId: string, userName: string): void {
    const all = this.read();
    for (const key of [this.key(vaultId, userName), this.vaultKey(vaultId)]) {
      all[key] = { failures: (all[key]?.failures ?? 0) + 1, lastFailureAt: this.clock() };
    }
    this.write(all);
  }

  /** A success clears that name's count and the vault's count across names. */
  recordSuccess(vaultId: string, userName: string): void {
    const all = this.read();
    const keys = [this.key(vaultId, userName), this.vaultKey(vaultId)].filter((key) => key in all);
    if (keys.length === 0) return;
    for (const key of keys) delete all[key];
    this.write(all);
  }

  /** Failed unlocks of the vault since its last successful one, whatever user names were tried. */
  failuresAcrossNames(vaultId: string): number {
    const record = this.read()[this.vaultKey(vaultId)];
    return typeof record?.failures === 'number' ? record.failures : 0;
  }

  /** Forgets every count (keys erased: nothing left to throttle but the recovery key, which has its own). */
  forgetAll(): void {
    rmSync(this.file, { force: true });
  }

  private vaultKey(vaultId: string): string {
    return createHash('sha256').update(`${vaultId}\u0000\u0000any user`).digest('hex');
  }

  private key(vaultId: string, userName: string): string {
    return createHash('sha256').update(`${vaultId}\u0000${normaliseUserName(userName)}`).digest('hex');
  }

  private read(): Record<string, AttemptRecord> {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as unknown;
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, AttemptRecord>) : {};
    } catch {
      return {};
    }
  }

  private write(all: Record<string, AttemptRecord>): void {
    mkdirSync(join(this.file, '..'), { recursive: true, mode: 0o700 });
    const temp = `${this.file}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(temp, JSON.stringify(all), { mode: 0o600 });
    renameSync(temp, this.file);
  }
}
