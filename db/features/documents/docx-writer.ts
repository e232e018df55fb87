// A document model as a Word file (docx library), editable by whoever finishes the draft: real
// headings, field rows as "label: value" with the label bold, checklist items as "[ ]" lines.
import { Document, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';

import type { DocumentBlock, DocumentModel } from './document-model';

/** One run per line: Word needs an explicit break between the lines of one value. */
function runs(text: string, bold = false): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, bold, ...(i > 0 ? { break: 1 } : {}) }));
}

function paragraphOf(block: DocumentBlock): Paragraph {
  switch (block.kind) {
    case 'title':
      return new Paragraph({ heading: HeadingLevel.TITLE, children: runs(block.text) });
    case 'heading':
      return new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240 }, children: runs(block.text) });
    case 'subheading':
      return new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(block.text) });
    case 'field': {
      const children: ParagraphChild[] = [new TextRun({ text: `${block.label}: `, bold: true }), ...runs(block.value)];
      return new Paragraph({ children, spacing: { after: 80 } });
    }
    case 'checklist':
      return new Paragraph({ children: runs(`[ ] ${block.text}`), indent: { left: 360 } });
    case 'paragraph':
      return new Paragraph({ children: runs(block.text), spacing: { after: 120 } });
  }
}

export async function docxOf(model: DocumentModel, language: string): Promise<Buffer> {
  const document = new Document({
    title: model.title,
    creator: 'Habeas',
    styles: { default: { document: { run: { font: 'Arial', size: 22, language: { value: language === 'ru' ? 'ru-RU' : 'en-GB' } } } } },
    sections: [{ children: model.blocks.map(paragraphOf) }],
  });
  return Packer.toBuffer(document);
}
