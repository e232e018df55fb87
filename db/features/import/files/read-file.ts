// Reads an import file whatever its format: decodes the base64, hashes the bytes, picks the
// parser by the file's name and first bytes, and gives one table. Every bad file ends as a
// VALIDATION error with a message the user can act on, never a crash.
import { createHash } from 'node:crypto';

import type { z } from 'zod';

import { invalid } from '../../../backend/errors';
import { IMPORT_MAX_BYTES, type ImportFormat, type ImportReasonCode, type importFile } from '../../../contract/imports';
import { looksBinary, parseCsv } from './parse-csv';
import { parseJson } from './parse-json';
import { isZip, parseXlsx } from './parse-xlsx';
import type { ImportTable } from './table';

export type ImportFileOptions = z.output<typeof importFile>;

function formatOf(fileName: string, bytes: Buffer): ImportFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  if (ext === 'xls') throw invalid('Old Excel files (.xls) cannot be read. Save the sheet as .xlsx or CSV and import that.', { reason: 'xls_unsupported' });
  if (isZip(bytes)) return 'xlsx';
  const start = bytes.subarray(0, 64).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('[') || start.startsWith('{') ? 'json' : 'csv';
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function readImportFile(input: ImportFileOptions): ImportTable {
  const bytes = Buffer.from(input.content, 'base64');
  if (bytes.length === 0) throw invalid('The file is empty.', { reason: 'file_empty' });
  if (bytes.length > IMPORT_MAX_BYTES) throw invalid('The file is larger than 25 MiB. Split it into smaller files.', { reason: 'file_too_large', params: { maxMiB: IMPORT_MAX_BYTES / 2 ** 20 } });
  const fileHash = sha256(bytes);
  const format = formatOf(input.fileName, bytes);
  if (format === 'xlsx') {
    const body = parseXlsx(bytes, input.sheet);
    return { ...body, format, encoding: null, delimiter: null, unreadable: new Map<number, ImportReasonCode>(), fileHash };
  }
  if (format === 'json') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw invalid('The JSON file is not UTF-8 text. Save it as UTF-8 and import it again.', { reason: 'json_not_utf8' });
    }
    if (looksBinary(text)) throw invalid('This file is not JSON text: it looks like binary data.', { reason: 'file_binary' });
    return { ...parseJson(text), format, encoding: null, delimiter: null, sheets: [], sheet: null, unreadable: new Map<number, ImportReasonCode>(), fileHash };
  }
  const body = parseCsv(bytes, { encoding: input.encoding, delimiter: input.delimiter });
  return { ...body, format, sheets: [], sheet: null, unreadable: body.unreadable ?? new Map<number, ImportReasonCode>(), fileHash };
}
