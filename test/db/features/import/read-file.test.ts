// Reading import files: CSV with any delimiter, BOM and Windows-1251 bytes, XLSX written by exceljs
// or assembled part by part (first or chosen sheet, shared/inline/rich strings, dates in both date
// systems, formulas, booleans, errors, gaps), flat JSON; and every kind of bad file refused with a
// VALIDATION error that says what is wrong, never a crash.
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

import { ServiceError } from '../../../../db/backend/errors';
import type { ErrorReason } from '../../../../db/contract/core';
import { IMPORT_MAX_BYTES } from '../../../../db/contract/imports';
import { readImportFile, sha256 } from '../../../../db/features/import/files/read-file';
import { base64 } from './import-support';

const read = (fileName: string, bytes: Buffer | string, more: { encoding?: 'utf-8' | 'windows-1251'; delimiter?: string; sheet?: string } = {}) =>
  readImportFile({ fileName, content: base64(bytes), ...more });

function refusal(fn: () => unknown): ServiceError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ServiceError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const CYRILLIC = 'ФИО;Пол;Дата рождения\r\nИльяшев Марат;м;02.05.1970\r\nЛизунова Любовь;ж;2001\r\n';

describe('CSV', () => {
  it('guesses ; and tab delimiters and keeps quoted cells whole', () => {
    const semi = read('a.csv', 'Name;Notes\nA;"one; two"\n');
    expect(semi.delimiter).toBe(';');
    expect(semi.rows).toEqual([['A', 'one; two']]);
    const tab = read('a.tsv', 'Name\tCountry\nB\tKZ\n');
    expect(tab.delimiter).toBe('\t');
    expect(tab.rows).toEqual([['B', 'KZ']]);
    expect(read('a.csv', 'Name|Country\nB|KZ\n', { delimiter: '|' }).rows).toEqual([['B', 'KZ']]);
  });

  it('reads UTF-8 with and without a BOM the same, and hashes the bytes', () => {
    const plain = read('a.csv', CYRILLIC);
    const bom = read('a.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CYRILLIC)]));
    expect(bom.headers).toEqual(['ФИО', 'Пол', 'Дата рождения']);
    expect(bom.rows).toEqual(plain.rows);
    expect(plain.encoding).toBe('utf-8');
    expect(plain.fileHash).toBe(sha256(Buffer.from(CYRILLIC)));
    expect(plain.rowNumbers).toEqual([2, 3]);
  });

  it('detects Windows-1251 bytes, or reads them as told', () => {
    const bytes = iconv.encode(CYRILLIC, 'win1251');
    const guessed = read('a.csv', bytes);
    expect(guessed.encoding).toBe('windows-1251');
    expect(guessed.rows[0]).toEqual(['Ильяшев Марат', 'м', '02.05.1970']);
    expect(read('a.csv', bytes, { encoding: 'windows-1251' }).rows).toEqual(guessed.rows);
    expect(refusal(() => read('a.csv', bytes, { encoding: 'utf-8' })).message).toMatch(/not valid UTF-8/);
  });
});

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const first = wb.addWorksheet('Intro');
  first.addRow(['Title']);
  first.addRow(['This sheet has no people']);
  const people = wb.addWorksheet('People');
  people.addRow(['Name', 'Date of Birth', 'Age', 'Country']);
  people.addRow(['Marat Ilyashev', new Date(Date.UTC(1970, 4, 2)), { formula: '2026-YEAR(B2)', result: 56 }, 'Kazakhstan']);
  people.addRow(['Ильяшев & <Марат>', '1971', 7, 'KZ']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('XLSX', () => {
  it('reads the first sheet, or the chosen one, with dates as ISO and formulas as their result', async () => {
    const bytes = await workbook();
    const first = read('people.xlsx', bytes);
    expect(first.format).toBe('xlsx');
    expect(first.sheets).toEqual(['Intro', 'People']);
    expect(first.headers).toEqual(['Title']);
    const people = read('people.xlsx', bytes, { sheet: 'People' });
    expect(people.headers).toEqual(['Name', 'Date of Birth', 'Age', 'Country']);
    expect(people.rows).toEqual([
      ['Marat Ilyashev', '1970-05-02', '56', 'Kazakhstan'],
      ['Ильяшев & <Марат>', '1971', '7', 'KZ'],
    ]);
    expect(refusal(() => read('people.xlsx', bytes, { sheet: 'Nope' })).message).toMatch(/no sheet called "Nope".*Intro, People/);
  });

  it('reads rich text, string formulas and custom date formats written by exceljs, in the 1904 date system too', async () => {
    const build = async (date1904: boolean) => {
      const wb = new ExcelJS.Workbook();
      wb.properties.date1904 = date1904;
      const sheet = wb.addWorksheet('People');
      sheet.addRow(['Name', 'Born', 'Arrested', 'Count', 'Code', 'Label']);
      sheet.addRow([
        { richText: [{ font: { bold: true }, text: 'Marat' }, { text: ' Ilyashev' }] },
        new Date(Date.UTC(1970, 4, 2)),
        45_000,
        12.5,
        7,
        { formula: 'A2&"!"', result: 'Marat Ilyashev!' },
      ]);
      const row = sheet.getRow(2);
      row.getCell(3).numFmt = 'dd.mm.yyyy';
      row.getCell(4).numFmt = '[Red]0.00';
      row.getCell(5).numFmt = '"day "0';
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    for (const date1904 of [false, true]) {
      const bytes = await build(date1904);
      expect(strFromZip(bytes, 'xl/workbook.xml').includes('date1904="1"')).toBe(date1904);
      // 45000 is 2023-03-15 counted from 1900, four years and a day later counted from 1904.
      expect(read('p.xlsx', bytes).rows).toEqual([['Marat Ilyashev', '1970-05-02', date1904 ? '2027-03-16' : '2023-03-15', '12.5', '7', 'Marat Ilyashev!']]);
    }
  });

  it('reads shared, inline and rich-text strings, booleans, errors, cached results and gaps', () => {
    const bytes = xlsx({
      shared: [
        '<si><t>Name</t></si>',
        '<si><r><rPr><b/></rPr><t>Ильяшев</t></r><r><t xml:space="preserve"> &amp; Марат</t></r><rPh sb="0" eb="1"><t>いりゃ</t></rPh></si>',
        '<si><t xml:space="preserve">  Notes  </t></si>',
      ],
      styles: '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>',
      sheets: {
        First: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Inline</t></is></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>Flag</t></is></c><c r="E1" t="inlineStr"><is><t>Born</t></is></c><c r="F1" t="inlineStr"><is><t>Sum</t></is></c></row>
<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="inlineStr"><is><r><t>A</t></r><r><t xml:space="preserve"> &lt;b&gt;</t></r><rPh><t>x</t></rPh></is></c><c r="D2" t="b"><v>1</v></c><c r="E2" s="1"><v>25690</v></c><c r="F2"><f>SUM(1,2)</f><v>3</v></c></row>
<row r="4"><c r="B4" t="e"><v>#DIV/0!</v></c><c r="D4" t="b"><v>0</v></c><c r="E4" s="2"><v>25691.75</v></c><c r="F4" t="str"><f>"&amp;"&amp;"x"</f><v>&amp;x</v></c></row>`,
      },
    });
    const t = read('x.xlsx', bytes);
    expect(t.sheets).toEqual(['First']);
    expect(t.headers).toEqual(['Name', 'Inline', 'Notes', 'Flag', 'Born', 'Sum']);
    expect(t.rows).toEqual([
      ['Ильяшев & Марат', 'A <b>', '', 'TRUE', '1970-05-02', '3'],
      ['', '', '', 'FALSE', '1970-05-03', '&x'],
    ]);
    expect(t.rowNumbers).toEqual([2, 4]);
  });

  it('reads a second sheet by name, wherever its part is', () => {
    const bytes = xlsx({ sheets: { One: '<row><c t="inlineStr"><is><t>A</t></is></c></row><row><c><v>1</v></c></row>', Two: '<row><c t="inlineStr"><is><t>B</t></is></c></row><row><c><v>2</v></c></row>' } });
    expect(read('x.xlsx', bytes).headers).toEqual(['A']);
    expect(read('x.xlsx', bytes, { sheet: 'Two' })).toMatchObject({ sheets: ['One', 'Two'], sheet: 'Two', headers: ['B'], rows: [['2']] });
  });

  it('opens on the first sheet with anything in it when none is named, and still lists every sheet', () => {
    const bytes = xlsx({ sheets: { Cover: '', Blank: '<row><c t="inlineStr"><is><t> </t></is></c></row>', People: '<row><c t="inlineStr"><is><t>Name</t></is></c></row><row><c t="inlineStr"><is><t>Marat</t></is></c></row>' } });
    expect(read('x.xlsx', bytes)).toMatchObject({ sheets: ['Cover', 'Blank', 'People'], sheet: 'People', headers: ['Name'], rows: [['Marat']] });
    expect(refusal(() => read('x.xlsx', bytes, { sheet: 'Cover' })).message).toMatch(/empty/);
  });
});

const WORKBOOK_TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook assembled from its XML parts, to put in what exceljs never writes. */
function xlsx(parts: { shared?: string[]; styles?: string; sheets: Record<string, string>; patch?: Record<string, string | null> }): Buffer {
  const names = Object.keys(parts.sheets);
  const files: Record<string, string | null> = {
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns:r="${WORKBOOK_TYPES}"><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships>${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${WORKBOOK_TYPES}/worksheet" Target="${i === 0 ? '' : '/xl/'}worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ...Object.fromEntries(names.map((n, i) => [`xl/worksheets/sheet${i + 1}.xml`, `<worksheet><sheetData>${parts.sheets[n]}</sheetData></worksheet>`])),
    ...(parts.shared ? { 'xl/sharedStrings.xml': `<sst>${parts.shared.join('')}</sst>` } : {}),
    ...(parts.styles ? { 'xl/styles.xml': `<styleSheet>${parts.styles}</styleSheet>` } : {}),
    ...parts.patch,
  };
  const zip: Record<string, Uint8Array> = {};
  for (const [name, xml] of Object.entries(files)) if (xml !== null) zip[name] = strToU8(xml);
  return Buffer.from(zipSync(zip));
}

const strFromZip = (bytes: Buffer, name: string): string => Buffer.from(unzipSync(bytes)[name] ?? []).toString('utf8');

/** A copy of the zip with the first central-directory entry's unpacked size set to `size`. */
function withDeclaredSize(bytes: Buffer, size: number): Buffer {
  const copy = Buffer.from(bytes);
  copy.writeUInt32LE(size, copy.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24);
  return copy;
}

describe('JSON', () => {
  it('reads an array of flat objects, columns in the order they first appear', () => {
    const t = read('p.json', JSON.stringify([{ name: 'A', born: 1970 }, { name: 'B', country: 'KZ', confidential: true }]));
    expect(t.headers).toEqual(['name', 'born', 'country', 'confidential']);
    expect(t.rows).toEqual([['A', '1970', '', ''], ['B', '', 'KZ', 'true']]);
  });

  it('refuses nested values with their path', () => {
    const e = refusal(() => read('p.json', JSON.stringify([{ name: 'A' }, { name: 'B', address: { city: 'X' } }])));
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toMatch(/\[1\]\.address is an object/);
    expect(e.details).toMatchObject({ reason: 'json_nested_value', params: { path: '[1].address', kind: 'object' } });
    expect(refusal(() => read('ru.json', '[{"id":"x","prisoners":[{"name":"A"}]}]')).message).toMatch(/\[0\]\.prisoners is a list/);
  });
});

describe('bad files', () => {
  const SMALL = xlsx({ sheets: { One: '<row><c t="inlineStr"><is><t>Name</t></is></c></row><row><c t="inlineStr"><is><t>A</t></is></c></row>' } });
  const cases: [string, () => unknown, RegExp, ErrorReason][] = [
    ['empty', () => readImportFile({ fileName: 'a.csv', content: '' }), /empty/, 'file_empty'],
    ['blank text', () => read('a.csv', '\n\n  \n'), /empty/i, 'file_empty'],
    ['header only', () => read('a.csv', 'Name;Country\n'), /no rows/, 'no_rows'],
    ['no header row', () => read('a.csv', '12;1970-01-02;7\n13;1971;8\n'), /first row has no column names/, 'header_row_missing'],
    ['duplicate headers', () => read('a.csv', 'Name;name\nA;B\n'), /both called "Name"/, 'duplicate_column'],
    ['binary garbage', () => read('a.csv', Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8, 9, 0, 0, 0])), /binary/, 'file_binary'],
    ['xlsx that is not a zip', () => read('a.xlsx', 'Name,Country\nA,KZ\n'), /not a valid Excel workbook/, 'xlsx_not_zip'],
    ['zip that is not a workbook', () => read('a.xlsx', Buffer.from(zipSync({ 'notes.txt': strToU8('hello') }))), /zip file is not an Excel workbook/, 'xlsx_not_workbook'],
    ['truncated xlsx', () => read('a.xlsx', SMALL.subarray(0, SMALL.length - 30)), /not a valid Excel workbook/, 'xlsx_not_zip'],
    ['xlsx part shorter than declared', () => read('a.xlsx', withDeclaredSize(SMALL, 100_000)), /not a valid Excel workbook/, 'xlsx_not_zip'],
    ['xlsx zip bomb', () => read('a.xlsx', withDeclaredSize(SMALL, 300 * 1024 * 1024)), /too large/, 'xlsx_too_large'],
    ['xlsx without sheets', () => read('a.xlsx', xlsx({ sheets: {} })), /no sheets/, 'xlsx_no_sheets'],
    ['xlsx sheet without a relationship', () => read('a.xlsx', xlsx({ sheets: { One: '' }, patch: { 'xl/_rels/workbook.xml.rels': '<Relationships/>' } })), /sheet listed in the workbook is missing/, 'xlsx_sheet_missing'],
    ['xlsx sheet part missing', () => read('a.xlsx', xlsx({ sheets: { One: '' }, patch: { 'xl/worksheets/sheet1.xml': null } })), /the sheet "One" is missing/, 'xlsx_sheet_missing'],
    ['xlsx sheet with no cells', () => read('a.xlsx', xlsx({ sheets: { One: '' } })), /empty/, 'file_empty'],
    ['old xls', () => read('a.xls', 'whatever'), /\.xls/, 'xls_unsupported'],
    ['not JSON', () => read('a.json', '[{"name": '), /not valid JSON/, 'json_invalid'],
    ['JSON not an array', () => read('a.json', '{"name":"A"}'), /array of objects/, 'json_not_array'],
    ['over-size', () => read('a.csv', Buffer.alloc(IMPORT_MAX_BYTES + 1, 0x41)), /larger than 25 MiB/, 'file_too_large'],
  ];
  it.each(cases)('%s', (_name, fn, message, reason) => {
    const e = refusal(fn);
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toMatch(message);
    expect(e.details.reason).toBe(reason);
  });
});
