// CSV (and TSV) files: the encoding (UTF-8 with or without BOM, else Windows-1251, the usual
// Russian Excel export) and the delimiter (, ; tab |) are guessed unless given.
import { detect } from 'chardet';
import iconv from 'iconv-lite';
import Papa from 'papaparse';

import { invalid } from '../../../backend/errors';
import type { ImportEncoding, ImportReasonCode } from '../../../contract/imports';
import { tableFromGrid, type TableBody } from './table';

const DELIMITERS = [',', ';', '\t', '|'];

/** The text of the bytes and the encoding used. */
export function decodeText(bytes: Buffer, encoding: ImportEncoding | undefined): { text: string; encoding: ImportEncoding } {
  if (encoding === 'windows-1251') return { text: iconv.decode(bytes, 'win1251'), encoding };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    if (encoding === 'utf-8') throw invalid('The file is not valid UTF-8. Choose Windows-1251 as the encoding, or save it as UTF-8.', { reason: 'file_not_utf8' });
  }
  const guessed = detect(bytes);
  if (guessed !== null && /^UTF-(16|32)/i.test(guessed)) {
    throw invalid(`The file is written in ${guessed}. Save it as CSV UTF-8 and import it again.`, { reason: 'file_utf16', params: { encoding: guessed } });
  }
  // Not UTF-8: the one other encoding such files come in here is the Cyrillic Windows code page.
  return { text: iconv.decode(bytes, 'win1251'), encoding: 'windows-1251' };
}

/** Text that is not a table at all: NUL bytes or mostly control characters (an image, an archive). */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  if (head.includes('\u0000')) return true;
  let control = 0;
  for (const ch of head) {
    const code = ch.charCodeAt(0);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12 && code !== 11) || code === 0xfffd) control += 1;
  }
  return head.length > 0 && control / head.length > 0.05;
}

export function parseCsv(bytes: Buffer, options: { encoding?: ImportEncoding | undefined; delimiter?: string | undefined }): TableBody & { encoding: ImportEncoding; delimiter: string } {
  const { text, encoding } = decodeText(bytes, options.encoding);
  if (looksBinary(text)) throw invalid('This file is not a spreadsheet: it looks like binary data, not CSV text.', { reason: 'file_binary' });
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw invalid('The file is empty.', { reason: 'file_empty' });
  const parsed = Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: 'greedy',
    ...(options.delimiter ? { delimiter: options.delimiter } : { delimitersToGuess: DELIMITERS }),
  });
  const delimiter = parsed.meta.delimiter || options.delimiter || ',';
  // papaparse counts rows from 0 in the grid; the spreadsheet's row number is one more.
  const unreadable = new Map<number, ImportReasonCode>();
  for (const e of parsed.errors) {
    if (e.type === 'Quotes' && e.row !== undefined) unreadable.set(e.row + 1, 'unreadableRow');
  }
  return { ...tableFromGrid(parsed.data), unreadable, encoding, delimiter };
}
