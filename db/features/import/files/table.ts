// The shape every parser gives back: a header row and text cells, whatever the file was, plus
// how it was read. Also the checks every format shares (headers present and distinct).
import { invalid } from '../../../backend/errors';
import type { ImportInspection, ImportReasonCode } from '../../../contract/imports';

/** How the file was read, as inspect reports it, and every data row. */
export interface ImportTable extends Pick<ImportInspection, 'format' | 'encoding' | 'delimiter' | 'sheets' | 'sheet' | 'headers' | 'fileHash'> {
  /** One array per data row, as long as headers; cells as text, trimmed. */
  rows: string[][];
  /** The row's number as a spreadsheet shows it (header = 1), parallel to rows. */
  rowNumbers: number[];
  /** Rows the parser could not read cleanly: row number → why (a skip reason). They are skipped. */
  unreadable: Map<number, ImportReasonCode>;
}

export type TableBody = Omit<ImportTable, 'format' | 'encoding' | 'delimiter' | 'sheets' | 'sheet' | 'fileHash' | 'unreadable'> & {
  unreadable?: Map<number, ImportReasonCode>;
};

/**
 * Header row and data rows from a grid of cells: blank rows are dropped, short rows padded and
 * long ones cut. `firstRowNumber` is the spreadsheet row of grid[0].
 */
export function tableFromGrid(grid: readonly (readonly string[])[], firstRowNumber = 1): TableBody {
  let at = 0;
  while (at < grid.length && (grid[at] ?? []).every((c) => c.trim() === '')) at++;
  const headerRow = grid[at];
  if (!headerRow) throw invalid('The file is empty: there is no header row and no data.', { reason: 'file_empty' });
  const headers = headerRow.map((h) => h.trim());
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  // A first row of only numbers and dates is data: the header row is missing.
  if (headers.length === 0 || headers.every((h) => h === '' || /^[\d\s.,:/+-]+$/.test(h))) {
    throw invalid('The first row has no column names (it looks like data). Put the column names in the first row.', { reason: 'header_row_missing' });
  }
  const seen = new Map<string, string>();
  headers.forEach((h, i) => {
    if (h === '') headers[i] = `Column ${i + 1}`;
    const key = (headers[i] ?? '').toLowerCase();
    const before = seen.get(key);
    if (before !== undefined) throw invalid(`Two columns are both called "${before}". Rename one of them and try again.`, { reason: 'duplicate_column', params: { column: before } });
    seen.set(key, headers[i] ?? '');
  });
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let r = at + 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    if (cells.every((c) => c.trim() === '')) continue;
    rows.push(headers.map((_, i) => (cells[i] ?? '').trim()));
    rowNumbers.push(r + firstRowNumber);
  }
  if (rows.length === 0) throw invalid('The file has column names but no rows to import.', { reason: 'no_rows' });
  return { headers, rows, rowNumbers };
}
