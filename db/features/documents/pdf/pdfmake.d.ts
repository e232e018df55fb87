// The parts of pdfmake 0.3.11 that the documents use: its layout engine and pdfkit document, which
// pdf-layout.ts drives synchronously. Declared here rather than taken from @types/pdfmake, whose
// typings cover only the asynchronous front door and pull the DOM library into the backend room.
declare module 'pdfmake/js/PDFDocument.js' {
  /** A font's four faces as TrueType bytes. */
  export type PdfFontFaces = { normal: Buffer; bold: Buffer; italics: Buffer; bolditalics: Buffer };
  /** pdfkit's document with pdfmake's font handling; its bytes are readable once end() returns. */
  export default class PDFDocument {
    constructor(
      fonts: Record<string, PdfFontFaces>,
      images: Record<string, never>,
      patterns: Record<string, never>,
      attachments: Record<string, never>,
      options: Record<string, unknown>,
      virtualfs: null,
    );
    info: { [key: string]: unknown };
    end(): void;
    read(): Buffer | null;
  }
}

declare module 'pdfmake/js/LayoutBuilder.js' {
  import type PDFDocument from 'pdfmake/js/PDFDocument.js';

  export interface LaidOutPage {
    pageSize: { width: number; height: number };
  }
  export default class LayoutBuilder {
    constructor(pageSize: unknown, pageMargins: unknown, svgMeasure: unknown);
    registerTableLayouts(layouts: unknown): void;
    layoutDocument(
      content: unknown,
      doc: PDFDocument,
      styles: unknown,
      defaultStyle: unknown,
      background: unknown,
      header: unknown,
      footer: unknown,
      watermark: unknown,
      pageBreakBefore: unknown,
    ): LaidOutPage[];
  }
}

declare module 'pdfmake/js/Renderer.js' {
  import type { LaidOutPage } from 'pdfmake/js/LayoutBuilder.js';
  import type PDFDocument from 'pdfmake/js/PDFDocument.js';

  export default class Renderer {
    constructor(doc: PDFDocument);
    renderPages(pages: LaidOutPage[]): void;
  }
}

declare module 'pdfmake/js/SVGMeasure.js' {
  export default class SVGMeasure {}
}

declare module 'pdfmake/js/PageSize.js' {
  export function normalizePageSize(size: unknown, orientation: unknown): { width: number; height: number };
  export function normalizePageMargin(margin: unknown): unknown;
}

declare module 'pdfmake/js/tableLayouts.js' {
  export const tableLayouts: Record<string, unknown>;
}

// pdfmake's bundled Roboto (Latin, Cyrillic, Greek) as base64 strings keyed by file name.
declare module 'pdfmake/build/vfs_fonts.js' {
  const vfs: Record<string, string>;
  export default vfs;
}
