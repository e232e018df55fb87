// A generated PDF read back as a reader would see it: poppler's pdftotext and pdfinfo on a temp copy.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PdfReading {
  /** The text of every page, laid out, pages separated by form feeds. */
  text: string;
  /** pdfinfo's "Key: value" lines. */
  info: Record<string, string>;
}

export async function readPdf(data: Buffer): Promise<PdfReading> {
  const dir = mkdtempSync(join(tmpdir(), 'habeas-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, data);
    const { stdout: text } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
    const { stdout: infoText } = await run('pdfinfo', ['-enc', 'UTF-8', file]);
    const info: Record<string, string> = {};
    for (const line of infoText.split('\n')) {
      const at = line.indexOf(':');
      if (at > 0) info[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
    return { text, info };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
