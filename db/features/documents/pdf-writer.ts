// A document model as a PDF through the shared PDF module, block for block as the DOCX says it:
// consecutive field rows become one label/value table, checklist items "[ ]" lines.
import { fields, heading, paragraph, renderPdf, subheading, type PdfNode } from './pdf';
import type { DocumentModel } from './document-model';
import type { DocumentLanguage } from '../../contract/advocacy-documents';

function contentOf(model: DocumentModel): PdfNode[] {
  const content: PdfNode[] = [];
  let rows: Array<[string, string]> = [];
  const flush = () => {
    if (rows.length > 0) content.push(fields(rows));
    rows = [];
  };
  for (const block of model.blocks) {
    if (block.kind === 'field') {
      rows.push([block.label, block.value === '' ? '—' : block.value]);
      continue;
    }
    flush();
    if (block.kind === 'title') continue; // the module prints the title as the first page's heading
    if (block.kind === 'heading') content.push(heading(block.text));
    else if (block.kind === 'subheading') content.push(subheading(block.text));
    else if (block.kind === 'checklist') content.push(paragraph(`[ ] ${block.text}`));
    else content.push(paragraph(block.text));
  }
  flush();
  return content;
}

export function pdfOf(model: DocumentModel, language: DocumentLanguage, generatedOn: string, reference: string | null): Buffer {
  const { data } = renderPdf({ language, title: model.title, generatedOn, reference, content: contentOf(model) });
  return data;
}
