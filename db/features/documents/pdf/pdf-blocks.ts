// The building blocks of a document's content, so every Habeas PDF looks alike: a section heading,
// label/value fields, a table of records, a paragraph and a grey remark ("Contacts left out").
import type { PdfNode } from 'pdfmake';

/** A cell's text: '' and null both print as an em dash so an empty cell reads as "not recorded". */
const cell = (value: string | null | undefined): string => (value === null || value === undefined || value === '' ? '—' : value);

export function heading(text: string): PdfNode {
  return { text, style: 'heading', headlineLevel: 1 };
}

export function subheading(text: string): PdfNode {
  return { text, style: 'subheading' };
}

export function paragraph(text: string): PdfNode {
  return { text, style: 'paragraph' };
}

export function remark(text: string): PdfNode {
  return { text, style: 'remark' };
}

/** Label/value pairs in two columns; rows whose value is null are dropped. */
export function fields(rows: ReadonlyArray<readonly [string, string | null | undefined]>): PdfNode {
  const kept = rows.filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (kept.length === 0) return { text: '' };
  return {
    layout: 'noBorders',
    margin: [0, 0, 0, 4],
    table: { widths: [130, '*'], body: kept.map(([label, value]) => [{ text: label, style: 'label' }, cell(value)]) },
  };
}

/**
 * A table of records with a repeated header row. `widths` as pdfmake takes them ('auto', '*', or
 * points); by default the last column takes the rest.
 */
export function table(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | null | undefined>>, widths?: ReadonlyArray<string | number>): PdfNode {
  return {
    layout: 'lightHorizontalLines',
    margin: [0, 2, 0, 6],
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: widths ?? headers.map((_, i) => (i === headers.length - 1 ? '*' : 'auto')),
      body: [headers.map((text) => ({ text, style: 'tableHeader' })), ...rows.map((row) => row.map(cell))],
    },
  };
}
