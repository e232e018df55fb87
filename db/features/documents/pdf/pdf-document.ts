/**
 * Makes a PDF from a document model with the standard page furniture of every Habeas document.
 *
 *   const { data, pages } = await renderPdf({
 *     language: 'ru', title: 'Досье дела', generatedOn: '2026-12-04', reference: 'HB-2026-014',
 *     content: [heading('Лицо'), fields([['Имя', 'Иван Петров']]), table(['Дата', 'Событие'], rows)],
 *   });
 *
 * - Every page: "Confidential" marking in the header; in the footer the generation date, the case
 *   reference (when there is one) and "Page X of Y", all in the document's language.
 * - Content is built from the blocks in pdf-blocks.ts (heading, fields, table, paragraph, remark);
 *   any other pdfmake node works too. Fonts: pdfmake's Roboto, which covers Latin and Cyrillic.
 * - Metadata: Title is the neutral `title` given; Author and Creator are left out, so a file carries
 *   no user's name. pdfmake may read neither files nor URLs while it lays out.
 */
import pdfmakeModule from 'pdfmake';

import { formatPartialDate } from '../../../../shared/partial-date';
import { installRoboto } from './pdf-fonts';
import { FURNITURE_WORDS, type DocumentLanguage } from './pdf-words';

import type { PdfMake, PdfNode } from 'pdfmake';

export type { DocumentLanguage } from './pdf-words';
export type { PdfNode } from 'pdfmake';

export interface PdfDocumentModel {
  language: DocumentLanguage;
  /** Neutral words for the PDF's Title metadata and the first page's heading ("Case dossier"). */
  title: string;
  /** The date the document is made, YYYY-MM-DD. */
  generatedOn: string;
  /** The case reference for the footer; null leaves it out. */
  reference: string | null;
  content: PdfNode[];
}

export interface RenderedPdf {
  data: Buffer;
  pages: number;
}

/** pdfmake's instance whether it arrives as module.exports or as an ES namespace around it. */
function library(): PdfMake {
  const loaded = pdfmakeModule as PdfMake & { default?: PdfMake };
  return loaded.default ?? loaded;
}

let configured: PdfMake | null = null;
function pdfmake(): PdfMake {
  if (configured === null) {
    const lib = library();
    lib.setFonts({ Roboto: installRoboto(lib.virtualfs) });
    // Documents are made from vault data only: nothing may pull in a file or a URL.
    lib.setUrlAccessPolicy(() => false);
    lib.setLocalAccessPolicy(() => false);
    configured = lib;
  }
  return configured;
}

const GREY = '#555555';

export async function renderPdf(model: PdfDocumentModel): Promise<RenderedPdf> {
  const words = FURNITURE_WORDS[model.language];
  const generated = words.generated(formatPartialDate(model.generatedOn, model.language));
  const left = model.reference === null ? generated : `${generated} · ${words.reference(model.reference)}`;
  let pages = 0;
  const definition = {
    info: { title: model.title },
    language: model.language,
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2 },
    styles: PDF_STYLES,
    header: () => ({
      margin: [48, 24, 48, 0],
      columns: [
        { text: words.confidential.toUpperCase(), bold: true, color: '#b00020', fontSize: 9 },
        { text: model.title, alignment: 'right', color: GREY, fontSize: 8.5 },
      ],
    }),
    footer: (page: number, count: number) => {
      pages = count;
      return {
        margin: [48, 16, 48, 0],
        fontSize: 8.5,
        color: GREY,
        columns: [{ text: left }, { text: words.page(page, count), alignment: 'right' }],
      };
    },
    content: [{ text: model.title, style: 'title' }, ...model.content],
  };
  const doc = await pdfmake().createPdf(definition).getStream();
  // pdfkit fills Creator and Producer itself; a dossier names no person or tool that made it.
  delete doc.info.Author;
  delete doc.info.Creator;
  const data = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
  return { data, pages };
}

const PDF_STYLES = {
  title: { fontSize: 17, bold: true, margin: [0, 0, 0, 10] },
  heading: { fontSize: 12.5, bold: true, margin: [0, 14, 0, 5] },
  subheading: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 3] },
  label: { color: GREY },
  tableHeader: { bold: true, fillColor: '#eeeeee' },
  remark: { italics: true, color: GREY, margin: [0, 2, 0, 4] },
  paragraph: { margin: [0, 0, 0, 4] },
};
