// File-level helpers for security tests: fingerprints of every file in a folder and byte searches.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out.sort();
}

/** Path → SHA-256 of its bytes, for "nothing changed" assertions. */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of listFiles(dir)) out[file] = createHash('sha256').update(readFileSync(file)).digest('hex');
  return out;
}

/** Which of the needles occur in the file's raw bytes (UTF-8 and, for ASCII, UTF-16LE too). */
export function findPlaintext(file: string, needles: string[]): string[] {
  const bytes = readFileSync(file);
  return needles.filter((n) => bytes.includes(Buffer.from(n, 'utf8')) || bytes.includes(Buffer.from(n, 'utf16le')));
}
