// Owner-only modes for everything a vault writes: files 0600, folders 0700, set with chmod after
// creation so the process umask cannot widen them. SQLite gives its -wal and -shm files the mode of
// the database file, so a database created 0600 keeps its companions 0600 as well.
import { chmodSync, closeSync, existsSync, fchmodSync, lstatSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import type { VaultFiles } from './vault-files';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/** chmod is a no-op with a different meaning on Windows; there the folder's ACL decides. */
const posix = process.platform !== 'win32';

/** Creates the folder (and its parents) when missing and makes it owner-only. */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (posix) chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Creates an empty owner-only file, refusing one that already exists (flag 'wx'). */
export function createPrivateFile(file: string): void {
  const fd = openSync(file, 'wx', PRIVATE_FILE_MODE);
  try {
    if (posix) fchmodSync(fd, PRIVATE_FILE_MODE);
  } finally {
    closeSync(fd);
  }
}

/** Makes an existing regular file owner-only; symbolic links and missing files are left alone. */
export function makePrivateFile(file: string): void {
  if (!posix || !existsSync(file)) return;
  if (!lstatSync(file).isFile()) return;
  chmodSync(file, PRIVATE_FILE_MODE);
}

/**
 * Brings an existing vault's modes to owner-only: the folders, every file of the vault folder and
 * every backup. Vaults made before modes were set explicitly were 0644.
 */
export function tightenVaultModes(files: VaultFiles): void {
  if (!posix || !existsSync(files.dir)) return;
  chmodSync(files.dir, PRIVATE_DIR_MODE);
  // Every regular file of the folder: the database with its WAL and SHM, the key ring and its
  // recovery copy, the audit head and the unlock policy.
  for (const name of readdirSync(files.dir)) makePrivateFile(join(files.dir, name));
  if (!existsSync(files.backups) || !lstatSync(files.backups).isDirectory()) return;
  chmodSync(files.backups, PRIVATE_DIR_MODE);
  for (const name of readdirSync(files.backups)) makePrivateFile(join(files.backups, name));
}
