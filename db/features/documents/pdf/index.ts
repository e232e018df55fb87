// The PDF documents' one entry point: renderPdf and the content blocks (see pdf-document.ts).
export { renderPdf, type DocumentLanguage, type PdfDocumentModel, type PdfNode, type RenderedPdf } from './pdf-document';
export { fields, heading, paragraph, remark, subheading, table } from './pdf-blocks';
export { FURNITURE_WORDS } from './pdf-words';
