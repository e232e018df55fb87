// Leftovers of writes that were interrupted (the process killed, the laptop shut): half-written
// backups (`*.db.partial`) and temporary key ring or state files (`*.<hex>.tmp`). They are removed
// when the backend starts and before each unlock, once old enough that no write can still own them.
import { closeSync, fsyncSync, lstatSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

import type { VaultFiles } from './vault-files';

/**
 * A leftover younger than this may belong to a write still under way (a backup of a large vault
 * spends minutes in its integrity check without touching the file); it waits for a later start.
 */
export const STALE_AFTER_MS = 10 * 60 * 1000;

const PARTIAL_BACKUP = /^habeas-.+\.db\.partial$/;
const TEMP_OF = (base: string) => new RegExp(`^${base.replace(/\./g, '\\.')}\\.[0-9a-f]+\\.tmp$`);

/** Overwrites a file's bytes in place before it is removed: a temporary key ring holds wrapped keys. */
export function overwriteFile(file: string): void {
  const size = lstatSync(file).size;
  const fd = openSync(file, 'r+');
  try {
    const zeros = Buffer.alloc(Math.min(size, 64 * 1024));
    for (let done = 0; done < size; done += zeros.length) writeSync(fd, zeros, 0, Math.min(zeros.length, size - done), done);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function sweep(folder: string, pattern: RegExp, nowMs: number, overwrite: boolean): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!pattern.test(name)) continue;
    const file = join(folder, name);
    const info = lstatSync(file, { throwIfNoEntry: false });
    if (!info?.isFile() || nowMs - info.mtimeMs < STALE_AFTER_MS) continue;
    try {
      if (overwrite) overwriteFile(file);
      rmSync(file, { force: true });
      removed.push(file);
    } catch {
      // A leftover that cannot be removed now (in use elsewhere, read-only media) waits for the next start.
    }
  }
  return removed;
}

/** Removes stale leftovers in the vault, its backups folder and the state folder; returns their paths. */
export function removeStaleFiles(files: VaultFiles, stateDir: string, nowMs: number = Date.now()): string[] {
  return [
    ...sweep(files.backups, PARTIAL_BACKUP, nowMs, false),
    // Older versions, and copies restored by hand, may have left one beside the database.
    ...sweep(files.dir, PARTIAL_BACKUP, nowMs, false),
    ...sweep(files.dir, TEMP_OF('keyring.json'), nowMs, true),
    ...sweep(files.dir, TEMP_OF('unlock-policy.json'), nowMs, false),
    ...sweep(stateDir, TEMP_OF('unlock-attempts.json'), nowMs, false),
  ];
}
