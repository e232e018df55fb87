// JSON files: an array of flat objects, one per row; the keys are the columns (in the order
// they first appear). Nested values are refused with their path, since a column cannot hold them.
import { invalid } from '../../../backend/errors';
import { tableFromGrid, type TableBody } from './table';

function cellText(value: unknown, path: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const what = Array.isArray(value) ? 'a list' : 'an object';
  throw invalid(`The value at ${path} is ${what}, not a single value. Import a JSON array of flat objects (one per person).`, { reason: 'json_nested_value', params: { path, kind: Array.isArray(value) ? 'list' : 'object' }, path });
}

export function parseJson(text: string): TableBody {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw invalid('The file is not valid JSON.', { reason: 'json_invalid' });
  }
  if (!Array.isArray(data)) throw invalid('The JSON file must hold an array of objects, one per row.', { reason: 'json_not_array' });
  const headers: string[] = [];
  const known = new Set<string>();
  const records = data.map((entry: unknown, i) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw invalid(`Entry [${i}] is not an object. Import a JSON array of flat objects (one per person).`, { reason: 'json_entry_not_object', params: { path: `[${i}]` }, path: `[${i}]` });
    }
    const row = entry as Record<string, unknown>;
    for (const key of Object.keys(row)) {
      if (!known.has(key)) {
        known.add(key);
        headers.push(key);
      }
    }
    return row;
  });
  if (records.length === 0) throw invalid('The JSON array is empty: there are no rows to import.', { reason: 'no_rows' });
  const grid = [headers, ...records.map((row, i) => headers.map((h) => cellText(row[h], `[${i}].${h}`)))];
  return tableFromGrid(grid);
}
