// Reading the chosen file in the window: size checked before a byte is read (the backend refuses
// anything over IMPORT_MAX_BYTES anyway, but only after 34 MiB of base64 crossed the bridge).
import { IMPORT_MAX_BYTES } from '../../../../db/api';
import { bytesToBase64 } from './base64';
import type { ChosenFile } from './importStore';

export type FileProblem = 'tooLarge' | 'empty' | 'unreadable';

export async function readChosenFile(file: File): Promise<ChosenFile | FileProblem> {
  if (file.size > IMPORT_MAX_BYTES) return 'tooLarge';
  if (file.size === 0) return 'empty';
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { fileName: file.name, size: file.size, content: bytesToBase64(bytes) };
  } catch {
    return 'unreadable';
  }
}

/** "2.4 MB" / "2,4 МБ": a size as the user's language writes it. */
export function formatSize(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: unit === 0 ? 'long' : 'short', maximumFractionDigits: 1 }).format(value);
}
