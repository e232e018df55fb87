// "Erase this laptop's keys": the key ring loses every member slot (what it keeps besides, such as
// the vault id and the recovery key's check, stays), the old ring's bytes are overwritten in place,
// leftover temporary rings are overwritten and removed, and the unlock counters are forgotten. The
// encrypted database is untouched and opens only with the recovery key afterwards. No key
// derivation on this path: it takes milliseconds.
import { closeSync, existsSync, fstatSync, fsyncSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';

import { KeyRing } from './key-ring';
import { overwriteFile } from './stale-files';
import { UnlockAttempts } from './unlock-attempts';
import type { VaultFiles } from './vault-files';

export interface ErasedKeys {
  /** Member slots removed from the key ring; 0 when they were already gone. */
  slotsRemoved: number;
}

/** True when the key ring exists and holds no member slot: nothing but the recovery key opens the vault. */
export function keysErased(files: VaultFiles): boolean {
  if (!existsSync(files.keyRing)) return false;
  try {
    return KeyRing.load(files.keyRing).slotCount === 0;
  } catch {
    return false;
  }
}

/** Zeroes the bytes of an open file whose name already points at its replacement. */
function zeroOpenFile(fd: number, size: number): void {
  const zeros = Buffer.alloc(Math.min(Math.max(size, 1), 64 * 1024));
  for (let done = 0; done < size; done += zeros.length) writeSync(fd, zeros, 0, Math.min(zeros.length, size - done), done);
  fsyncSync(fd);
}

/** Temporary key ring files left beside the ring by interrupted writes, whatever their age. */
function removeTemporaryRings(files: VaultFiles): void {
  const base = basename(files.keyRing);
  let names: string[];
  try {
    names = readdirSync(files.dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(`${base}.`) || !name.endsWith('.tmp')) continue;
    const file = join(files.dir, name);
    try {
      overwriteFile(file);
    } finally {
      rmSync(file, { force: true });
    }
  }
}

export function eraseKeys(files: VaultFiles, stateDir: string): ErasedKeys {
  let slotsRemoved = 0;
  if (existsSync(files.keyRing)) {
    const ring = KeyRing.load(files.keyRing);
    slotsRemoved = ring.eraseMembers();
    // The old ring stays open while the new one is renamed over its name, so its bytes can be
    // overwritten afterwards: at no moment is there no ring, and no old copy is left beside it.
    const old = openSync(files.keyRing, 'r+');
    try {
      const size = fstatSync(old).size;
      ring.save(files.keyRing);
      zeroOpenFile(old, size);
    } finally {
      closeSync(old);
    }
  }
  removeTemporaryRings(files);
  new UnlockAttempts(stateDir).forgetAll();
  return { slotsRemoved };
}
