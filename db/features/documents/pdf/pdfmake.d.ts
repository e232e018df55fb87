// The part of pdfmake 0.3 (server build) that the documents use. Declared here rather than taken
// from @types/pdfmake, whose typings pull the DOM library into the backend room.
declare module 'pdfmake' {
  /** One node of a pdfmake document definition: a string or an object of pdfmake's shapes. */
  export type PdfNode = string | { [key: string]: unknown };
  /** A font's four faces, each the name of a file in pdfmake's virtual file system. */
  export type PdfFontFaces = { normal: string; bold: string; italics: string; bolditalics: string };

  export interface PdfKitInfo {
    [key: string]: unknown;
  }
  /** The pdfkit document pdfmake lays out into; a readable stream once end() is called. */
  export interface PdfKitDocument extends NodeJS.ReadableStream {
    info: PdfKitInfo;
    end(): void;
  }
  export interface CreatedPdf {
    getStream(): Promise<PdfKitDocument>;
  }
  export interface PdfMake {
    virtualfs: { writeFileSync(name: string, content: Buffer): void };
    setFonts(fonts: Record<string, PdfFontFaces>): void;
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    setLocalAccessPolicy(allow: (path: string) => boolean): void;
    createPdf(definition: Record<string, unknown>): CreatedPdf;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}

// pdfmake's bundled Roboto (Latin, Cyrillic, Greek) as base64 strings keyed by file name.
declare module 'pdfmake/build/vfs_fonts.js' {
  const vfs: Record<string, string>;
  export default vfs;
}
