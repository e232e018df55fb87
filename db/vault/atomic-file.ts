// Replacing a small vault file (the key ring, the audit head, the unlock policy, a document
// template) so that a crash leaves either the old file or the new one, never half of either: the
// bytes go to a temporary owner-only file beside it, are flushed, and the temporary file is renamed
// over the old one. Stale temporaries of a crash are removed at start (stale-files.ts).
import { closeSync, existsSync, fchmodSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';

import { PRIVATE_FILE_MODE } from './file-modes';

export interface AtomicWriteOptions {
  /**
   * Flush the folder entry after the rename too, so the new file survives a power cut (not possible
   * on Windows). Off for the audit head, written after every commit: a lost rename only brings
   * back the previous head, which is behind the log, never ahead of it.
   */
  syncFolder?: boolean;
}

/** Writes text (or bytes) to file atomically, owner-only (0600). */
export function writeFileAtomically(file: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', PRIVATE_FILE_MODE);
  try {
    // The mode given to open is narrowed by the umask, never widened; set it exactly.
    if (process.platform !== 'win32') fchmodSync(fd, PRIVATE_FILE_MODE);
    writeFileSync(fd, content);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(temp, file);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
  if (options.syncFolder !== false) syncFolder(dirname(file));
}

/** Writes a value as JSON atomically (see writeFileAtomically). */
export function writeJsonAtomically(file: string, value: unknown, options: AtomicWriteOptions & { indent?: number } = {}): void {
  writeFileAtomically(file, JSON.stringify(value, null, options.indent), options);
}

/** The rename is durable only once the folder entry is flushed (not possible on Windows). */
export function syncFolder(folder: string): void {
  if (process.platform === 'win32' || !existsSync(folder)) return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
