/**
 * Makes a PDF from a document model with the standard page furniture of every Habeas document.
 *
 *   const { data, pages } = renderPdf({
 *     language: 'ru', title: 'Досье дела', generatedOn: '2026-12-04', reference: 'HB-2026-014',
 *     content: [heading('Лицо'), fields([['Имя', 'Иван Петров']]), table(['Дата', 'Событие'], rows)],
 *   });
 *
 * - Every page: "Confidential" marking in the header; in the footer the generation date, the case
 *   reference (when there is one) and "Page X of Y", all in the document's language.
 * - Content is built from the blocks in pdf-blocks.ts (heading, fields, table, paragraph, remark);
 *   any other pdfmake node works too. Fonts: pdfmake's Roboto, which covers Latin and Cyrillic.
 * - Metadata: Title is the neutral `title` given; Author and Creator are left out, so a file carries
 *   no user's name. No images: nothing is read from files while it lays out.
 * - Synchronous, like every backend service (see pdf-layout.ts).
 */
import { formatPartialDate } from '../../../../shared/partial-date';
import { robotoFaces } from './pdf-fonts';
import { layOutPdf, type PdfDefinition } from './pdf-layout';
import { FURNITURE_WORDS, type DocumentLanguage } from './pdf-words';

export type { DocumentLanguage } from './pdf-words';

/** One node of a pdfmake document definition: a string or an object of pdfmake's shapes. */
export type PdfNode = string | { [key: string]: unknown };

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

const GREY = '#555555';
const FURNITURE = 'furniture';

export function renderPdf(model: PdfDocumentModel): RenderedPdf {
  const words = FURNITURE_WORDS[model.language];
  const generated = words.generated(formatPartialDate(model.generatedOn, model.language));
  const left = model.reference === null ? generated : `${generated} · ${words.reference(model.reference)}`;
  let pages = 0;
  const definition: PdfDefinition = {
    info: { Title: model.title },
    language: model.language,
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2 },
    styles: PDF_STYLES,
    // The page furniture's nodes carry style 'furniture', so the page-break rule below can tell them apart.
    header: () => ({
      margin: [48, 24, 48, 0],
      style: FURNITURE,
      columns: [
        { text: words.confidential.toUpperCase(), bold: true, color: '#b00020', fontSize: 9, style: FURNITURE },
        { text: model.title, alignment: 'right', color: GREY, fontSize: 8.5, style: FURNITURE },
      ],
    }),
    footer: (page: number, count: number) => {
      pages = count;
      return {
        margin: [48, 16, 48, 0],
        fontSize: 8.5,
        color: GREY,
        style: FURNITURE,
        columns: [{ text: left, style: FURNITURE }, { text: words.page(page, count), alignment: 'right', style: FURNITURE }],
      };
    },
    // A heading left alone at the foot of a page moves to the next one, beside what it heads.
    pageBreakBefore: (node, nodes) =>
      typeof node.headlineLevel === 'number' && nodes.getFollowingNodesOnPage().every((following) => following.style === FURNITURE),
    content: [{ text: model.title, style: 'title' }, ...model.content],
  };
  const data = layOutPdf({ Roboto: robotoFaces() }, definition);
  return { data, pages };
}

const PDF_STYLES = {
  furniture: {},
  title: { fontSize: 17, bold: true, margin: [0, 0, 0, 10] },
  heading: { fontSize: 12.5, bold: true, margin: [0, 14, 0, 5] },
  subheading: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 3] },
  label: { color: GREY },
  tableHeader: { bold: true, fillColor: '#eeeeee' },
  remark: { italics: true, color: GREY, margin: [0, 2, 0, 4] },
  paragraph: { margin: [0, 0, 0, 4] },
};
