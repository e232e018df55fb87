// The one intermediate form of a generated document, which both the DOCX and the PDF writers read,
// so the two always say the same. A filled template is plain lines:
//   "# Title", "## Heading", "### Subheading", "- [ ] checklist item", "* Label: value" (a field row),
//   anything else a paragraph (consecutive lines join; a blank line ends one).
import Mustache from 'mustache';

export type DocumentBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'field'; label: string; value: string }
  | { kind: 'checklist'; text: string };

export interface DocumentModel {
  title: string;
  blocks: DocumentBlock[];
}

/** Stands for a line break inside one value, so a value's lines never read as markup. */
export const LINE_BREAK = '\u2028';

const unbreak = (s: string) => s.replaceAll(LINE_BREAK, '\n').trim();

export function parseDocument(filled: string): DocumentModel {
  const blocks: DocumentBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: unbreak(paragraph.join(' ')) });
    paragraph = [];
  };
  for (const raw of filled.split(/\r?\n/)) {
    const line = raw.trim();
    let match: RegExpExecArray | null;
    if (line === '') flush();
    else if ((match = /^(#{1,3})\s+(.*)$/.exec(line))) {
      flush();
      const kind = match[1] === '#' ? 'title' : match[1] === '##' ? 'heading' : 'subheading';
      blocks.push({ kind, text: unbreak(match[2] ?? '') });
    } else if ((match = /^-\s*\[\s?\]\s+(.*)$/.exec(line))) {
      flush();
      blocks.push({ kind: 'checklist', text: unbreak(match[1] ?? '') });
    } else if ((match = /^\*\s+([^:]+):\s*(.*)$/.exec(line))) {
      flush();
      blocks.push({ kind: 'field', label: unbreak(match[1] ?? ''), value: unbreak(match[2] ?? '') });
    } else paragraph.push(line);
  }
  flush();
  const title = blocks.find((b) => b.kind === 'title');
  return { title: title?.kind === 'title' ? title.text : '', blocks };
}

/** Values go in as written: documents are not HTML, so nothing is escaped. */
const NO_ESCAPE = { escape: (s: string) => s };

export function fillTemplate(template: string, view: Record<string, unknown>): string {
  return Mustache.render(template, view, {}, NO_ESCAPE);
}

/** Null when Mustache can parse the template; else its complaint, which stays in the backend. */
export function templateProblem(template: string): string | null {
  try {
    Mustache.parse(template);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : 'unparseable';
  }
}
