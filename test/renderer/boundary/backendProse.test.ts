// The guard for "facts, not sentences, cross the boundary": no renderer source may hold the English
// the backend writes (a copy to compare with or a regex to read it back), and no regex may be run
// over a message, title or detail. Rewording a service message must never silently change a screen.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');

// Where the backend's words come from: its services, rules, errors and the CLI's formatters.
const BACKEND_DIRS = ['db/backend', 'db/contract', 'db/features', 'db/vault', 'db/cli'];
// Demo seeding writes sample records, not messages.
const NOT_MESSAGES = /(^|\/)seed[-.]/;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

interface Literal {
  text: string;
  regex: boolean;
  node: ts.Node;
}

/** The string, template and regex literals of a file; comments are not code and are left out. */
function literals(file: string): { literals: Literal[]; source: ts.SourceFile } {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Literal[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
      out.push({ text: node.text, regex: false, node });
    } else if (ts.isTemplateExpression(node)) {
      out.push({ text: node.head.text, regex: false, node });
      for (const span of node.templateSpans) out.push({ text: span.literal.text, regex: false, node });
    } else if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      out.push({ text: node.getText(source), regex: true, node });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { literals: out, source };
}

/** Sentence-like pieces: a capital, words with spaces, long enough not to be a vocabulary key. */
const isPhrase = (s: string): boolean => s.length >= 12 && /^[A-Z]/.test(s) && /[A-Za-z]{2,}[,:]? [A-Za-z]{2,}/.test(s);

function backendPhrases(): string[] {
  const phrases = new Set<string>();
  for (const dir of BACKEND_DIRS) {
    for (const file of sources(dir).filter((f) => !NOT_MESSAGES.test(f))) {
      for (const { text, regex } of literals(file).literals) {
        const trimmed = text.trim();
        if (!regex && isPhrase(trimmed)) phrases.add(trimmed);
      }
    }
  }
  return [...phrases];
}

/** The plain-text runs of a regex literal ("/cannot revoke yourself/i" → "cannot revoke yourself"). */
const regexRuns = (regex: string): string[] =>
  regex
    .replace(/\/[a-z]*$/, '')
    .slice(1)
    .split(/\\[a-zA-Z]|[\\^$.*+?()[\]{}|]/)
    .map((run) => run.trim())
    .filter((run) => run.length >= 8 && / /.test(run));

const READS_PROSE = /\.(message|title|detail|reason)\b/;

/** A regex run over something's message, title or detail: /x/.test(e.message), e.title.match(/x/)... */
function regexOverProse(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const target = node.expression.expression;
      const args = node.arguments.map((a) => a.getText(source)).join(',');
      const onRegex = target.kind === ts.SyntaxKind.RegularExpressionLiteral || /pattern|regex|re$/i.test(target.getText(source));
      if ((method === 'exec' || method === 'test') && onRegex && READS_PROSE.test(args)) found.push(node.getText(source));
      if ((method === 'match' || method === 'replace' || method === 'search') && READS_PROSE.test(target.getText(source))) {
        if (node.arguments[0]?.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(node.getText(source));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const rendererFiles = sources('renderer/src');

describe('the renderer reads no backend prose', () => {
  const phrases = backendPhrases();

  it('finds the backend phrases it guards against', () => {
    // A guard that collects nothing passes for nothing: these must be among what it checks.
    expect(phrases).toEqual(expect.arrayContaining(['You cannot revoke yourself; ask another administrator.', 'Sentence overturned', 'Use YYYY, YYYY-MM or YYYY-MM-DD']));
  });

  it('holds no copy of a backend message, title or detail, plain or as a regex', () => {
    const hits: string[] = [];
    for (const file of rendererFiles) {
      for (const { text, regex } of literals(file).literals) {
        if (regex) {
          for (const run of regexRuns(text)) {
            const lower = run.toLowerCase();
            const phrase = phrases.find((p) => p.toLowerCase().includes(lower));
            if (phrase) hits.push(`${file}: ${text} reads "${phrase}"`);
          }
        } else {
          const phrase = phrases.find((p) => text.includes(p));
          if (phrase) hits.push(`${file}: "${text}" copies "${phrase}"`);
        }
      }
    }
    expect(hits).toEqual([]);
  });

  it('runs no regex over a message, title or detail', () => {
    const hits = rendererFiles.flatMap((file) => regexOverProse(literals(file).source).map((call) => `${file}: ${call}`));
    expect(hits).toEqual([]);
  });
});
