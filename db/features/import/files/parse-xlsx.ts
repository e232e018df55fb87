// XLSX workbooks: the first sheet or the one named, cells as text. Shared and inline strings
// (rich-text runs joined, phonetic hints left out), formulas as their last computed result,
// numbers styled as dates as ISO dates (YYYY-MM-DD, 1900 or 1904 system), booleans, errors as empty.
// Every backend call runs synchronously inside its SQLite transaction and exceljs reads only
// asynchronously, so the workbook is read with two synchronous libraries: fflate's unzipSync
// unpacks only the parts needed, fast-xml-parser reads their XML.
import { XMLParser } from 'fast-xml-parser';
import { unzipSync, type UnzipFileInfo } from 'fflate';

import { invalid, ServiceError } from '../../../backend/errors';
import { tableFromGrid, type TableBody } from './table';

type XmlNode = Record<string, unknown>;

/** A workbook part larger than this unpacked is refused: a zip bomb, not a spreadsheet. */
const MAX_PART_BYTES = 200 * 1024 * 1024;
const WORKBOOK = 'xl/workbook.xml';
const RELS = 'xl/_rels/workbook.xml.rels';

const notAWorkbook = () => invalid('This is not a valid Excel workbook (.xlsx): the file is not a readable zip archive.', { reason: 'xlsx_not_zip' });
const tooLarge = () => invalid('The workbook is too large to import.', { reason: 'xlsx_too_large' });

/** Whether the bytes start like a zip archive (a local file header, "PK\x03\x04"). */
export const isZip = (bytes: Buffer): boolean => bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;

/** Unpacks the named parts that exist, refusing oversized ones before inflating them. */
function unpack(bytes: Buffer, names: ReadonlySet<string>): Map<string, string> {
  if (!isZip(bytes)) throw notAWorkbook();
  const declared = new Map<string, number>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => {
        if (!names.has(file.name)) return false;
        // fflate allocates originalSize up front and never writes past it: this bounds memory.
        if (file.originalSize > MAX_PART_BYTES) throw tooLarge();
        if (file.compression !== 0 && file.compression !== 8) {
          throw invalid('The workbook uses a compression Habeas cannot read. Save it again from Excel or LibreOffice.', { reason: 'xlsx_compression' });
        }
        declared.set(file.name, file.originalSize);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof ServiceError) throw e;
    throw notAWorkbook();
  }
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) {
    if (data.length > MAX_PART_BYTES) throw tooLarge();
    // fflate never writes past the declared size; a part that unpacks shorter is damaged.
    if (data.length !== declared.get(name)) throw notAWorkbook();
    parts.set(name, Buffer.from(data.buffer, data.byteOffset, data.length).toString('utf8'));
  }
  return parts;
}

// Elements that repeat come as arrays even when there is one; attributes keep their plain names
// (r:id, xml:space); text stays text ("007" is not 7) with its spaces, and &#...; references are
// decoded as XML requires (htmlEntities).
const REPEATED = new Set(['sheet', 'Relationship', 'si', 'r', 'row', 'c', 'xf', 'numFmt']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && REPEATED.has(name),
});

// An empty element parses as '' and a text-only one as a string, so reads go through these.
const node = (x: unknown): XmlNode => (typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as XmlNode) : {});
const nodes = (x: unknown): XmlNode[] => (Array.isArray(x) ? x.map(node) : []);
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
/** Text of an element that may carry attributes (<t xml:space="preserve">) or be empty. */
const text = (x: unknown): string => (typeof x === 'string' ? x : (str(node(x)['#text']) ?? ''));
const parse = (xml: string | undefined): XmlNode => node(xml === undefined ? undefined : parser.parse(xml));

/** A string item (<si>, <is>): plain <t>, or rich-text runs joined; phonetic <rPh> runs are not read. */
const runsText = (item: XmlNode): string => text(item.t) + nodes(item.r).map((run) => text(run.t)).join('');

const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** For each cell style index, whether it shows a date. */
function dateStyles(styles: XmlNode): boolean[] {
  const sheet = node(styles.styleSheet);
  const custom = new Map(nodes(node(sheet.numFmts).numFmt).map((f) => [Number(str(f.numFmtId)), str(f.formatCode) ?? '']));
  return nodes(node(sheet.cellXfs).xf).map((xf) => {
    const id = Number(str(xf.numFmtId) ?? 0);
    // Quoted text and [colour]/[locale] parts are not date letters.
    const code = (custom.get(id) ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, '');
    return BUILT_IN_DATE_FORMATS.has(id) || /[dmy]/i.test(code);
  });
}

function serialToIso(serial: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '').toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The zip path of a sheet, from its relationship id in the workbook's rels part. */
function sheetPath(rels: XmlNode, rId: string): string {
  const rel = nodes(node(rels.Relationships).Relationship).find((r) => str(r.Id) === rId);
  if (!rel) throw invalid('The workbook is damaged: a sheet listed in the workbook is missing.', { reason: 'xlsx_sheet_missing' });
  const target = str(rel.Target) ?? '';
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

function cellText(cell: XmlNode, shared: string[], isDate: boolean[], date1904: boolean): string {
  const type = str(cell.t) ?? 'n';
  // A formula cell (<f>) is read by its cached result, <v>, like any other.
  const v = cell.v === undefined ? undefined : text(cell.v);
  if (type === 's') return v ? (shared[Number(v)] ?? '') : '';
  if (type === 'inlineStr') return runsText(node(cell.is));
  if (type === 'b') return v === '1' ? 'TRUE' : 'FALSE';
  if (type === 'e' || v === undefined) return '';
  const style = Number(str(cell.s) ?? 0);
  return type === 'n' && isDate[style] && v !== '' && Number.isFinite(Number(v)) ? serialToIso(Number(v), date1904) : v;
}

interface SheetRef {
  name: string;
  rId: string;
}

/** One sheet's cells as rows of text, gaps filled with empty cells. */
function readGrid(bytes: Buffer, sheet: SheetRef, rels: XmlNode, date1904: boolean): string[][] {
  const path = sheetPath(rels, sheet.rId);
  const parts = unpack(bytes, new Set(['xl/sharedStrings.xml', 'xl/styles.xml', path]));
  const shared = nodes(node(parse(parts.get('xl/sharedStrings.xml')).sst).si).map(runsText);
  const isDate = dateStyles(parse(parts.get('xl/styles.xml')));
  if (!parts.has(path)) throw invalid(`The workbook is damaged: the sheet "${sheet.name}" is missing.`, { reason: 'xlsx_sheet_missing', params: { sheet: sheet.name } });
  const sheetData = node(node(parse(parts.get(path)).worksheet).sheetData);
  const grid: string[][] = [];
  for (const row of nodes(sheetData.row)) {
    const r = Number(str(row.r) ?? grid.length + 1) - 1;
    const cells: string[] = [];
    for (const cell of nodes(row.c)) {
      const ref = str(cell.r);
      const col = ref ? columnIndex(ref) : cells.length;
      while (cells.length < col) cells.push('');
      cells[col] = cellText(cell, shared, isDate, date1904);
    }
    while (grid.length < r) grid.push([]);
    grid[r] = cells;
  }
  return grid;
}

const hasText = (grid: string[][]): boolean => grid.some((row) => row.some((cell) => cell.trim() !== ''));

/**
 * The sheet named, or else the first sheet with anything in it: workbooks often open on an empty
 * cover or notes sheet, and the user then still gets the sheet list to choose another.
 */
export function parseXlsx(bytes: Buffer, wanted: string | undefined): TableBody & { sheets: string[]; sheet: string } {
  // Two passes over the zip's directory: the sheet's path is only known from the workbook's rels.
  const top = unpack(bytes, new Set([WORKBOOK, RELS]));
  if (!top.has(WORKBOOK)) throw invalid('This zip file is not an Excel workbook (.xlsx).', { reason: 'xlsx_not_workbook' });
  const workbook = node(parse(top.get(WORKBOOK)).workbook);
  const sheets: SheetRef[] = nodes(node(workbook.sheets).sheet).map((s) => ({ name: str(s.name) ?? '', rId: str(s['r:id']) ?? '' }));
  const date1904 = ['1', 'true'].includes(str(node(workbook.workbookPr).date1904) ?? '');
  const rels = parse(top.get(RELS));
  const names = sheets.map((s) => s.name);
  if (wanted !== undefined) {
    const chosen = sheets.find((s) => s.name === wanted);
    if (!chosen) throw invalid(`There is no sheet called "${wanted}". The sheets are: ${names.join(', ')}.`, { reason: 'xlsx_no_such_sheet', params: { sheet: wanted, sheets: names.join(', ') } });
    return { ...tableFromGrid(readGrid(bytes, chosen, rels, date1904)), sheets: names, sheet: chosen.name };
  }
  const first = sheets[0];
  if (!first) throw invalid('The workbook has no sheets.', { reason: 'xlsx_no_sheets' });
  for (const sheet of sheets) {
    const grid = readGrid(bytes, sheet, rels, date1904);
    if (hasText(grid)) return { ...tableFromGrid(grid), sheets: names, sheet: sheet.name };
  }
  return { ...tableFromGrid(readGrid(bytes, first, rels, date1904)), sheets: names, sheet: first.name };
}
