// pdfmake's own layout and rendering, driven synchronously: its front door (createPdf, and the
// Printer behind it) is asynchronous only to fetch URLs and files, which no document here uses,
// and every backend service runs synchronously inside one transaction. The steps are those of
// pdfmake 0.3.11's Printer.createPdfKitDocument (pinned; test/db/features/documents/pdf.test.ts
// reads the output back), without images, attachments or remote resources.
import LayoutBuilderModule from 'pdfmake/js/LayoutBuilder.js';
import { normalizePageMargin, normalizePageSize } from 'pdfmake/js/PageSize.js';
import PDFDocumentModule from 'pdfmake/js/PDFDocument.js';
import RendererModule from 'pdfmake/js/Renderer.js';
import SVGMeasureModule from 'pdfmake/js/SVGMeasure.js';
import { tableLayouts } from 'pdfmake/js/tableLayouts.js';

import type { PdfFontFaces } from 'pdfmake/js/PDFDocument.js';

/** A class whether it arrives as module.exports.default (Babel's CommonJS) or unwrapped. */
function unwrap<T>(loaded: T): T {
  return (loaded as T & { default?: T }).default ?? loaded;
}
const PDFDocument = unwrap(PDFDocumentModule);
const LayoutBuilder = unwrap(LayoutBuilderModule);
const Renderer = unwrap(RendererModule);
const SVGMeasure = unwrap(SVGMeasureModule);

export interface PdfDefinition {
  /** PDF metadata under its standard keys (Title, Subject). */
  info: Record<string, string>;
  language: string;
  pageSize: string;
  pageMargins: number[];
  defaultStyle: Record<string, unknown>;
  styles: Record<string, unknown>;
  header: (page: number, pages: number) => unknown;
  footer: (page: number, pages: number) => unknown;
  /** Whether a node starts a new page (pdfmake's pageBreakBefore). */
  pageBreakBefore: (node: { headlineLevel?: unknown }, nodes: { getFollowingNodesOnPage(): { style?: unknown }[] }) => boolean;
  content: unknown[];
}

/** Lays the definition out and writes the PDF; Author and Creator are left out of its metadata. */
export function layOutPdf(fonts: Record<string, PdfFontFaces>, definition: PdfDefinition): Buffer {
  const pageSize = normalizePageSize(definition.pageSize, 'portrait');
  const doc = new PDFDocument(
    fonts,
    {},
    {},
    {},
    {
      size: [pageSize.width, pageSize.height],
      pdfVersion: '1.3',
      compress: true,
      lang: definition.language,
      fontLayoutCache: true,
      bufferPages: false,
      autoFirstPage: false,
      // pdfkit would add Creator and Producer of its own; Producer stays, naming only the library.
      info: { Producer: 'pdfmake', ...definition.info },
      font: null,
    },
    null,
  );
  delete doc.info['Creator'];
  delete doc.info['Author'];
  const builder = new LayoutBuilder(pageSize, normalizePageMargin(definition.pageMargins), new SVGMeasure());
  builder.registerTableLayouts(tableLayouts);
  const pages = builder.layoutDocument(definition.content, doc, definition.styles, definition.defaultStyle, undefined, definition.header, definition.footer, undefined, definition.pageBreakBefore);
  new Renderer(doc).renderPages(pages);
  // pdfkit writes every byte into the stream's buffer during end(): read them back at once.
  doc.end();
  const chunks: Buffer[] = [];
  for (let chunk = doc.read(); chunk !== null; chunk = doc.read()) chunks.push(chunk);
  return Buffer.concat(chunks);
}
