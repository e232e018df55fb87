// Every refusal the backend throws names its reason: a source scan of db/ finds each ServiceError
// and each helper that makes one (invalid, conflict, notFound, fieldInvalid) and requires a
// details.reason from ERROR_REASONS (and a field reason from FIELD_REASONS), so screens can word
// it in the reader's language and never need the English message.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { ERROR_REASONS, FIELD_REASONS } from '../../db/contract/core';

const ROOT = join(import.meta.dirname, '..', '..');

/** Helpers whose argument at this index is the details, with the reason in it. */
const DETAILS_AT = new Map([['ServiceError', 2], ['invalid', 1], ['conflict', 1], ['notFound', 1]]);
/** fieldInvalid(field, message, reason, params): the field reason at index 2. */
const FIELD_REASON_AT = new Map([['fieldInvalid', 2]]);

function dbSources(): string[] {
  return readdirSync(join(ROOT, 'db'), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

function calleeName(node: ts.CallExpression | ts.NewExpression): string | null {
  const e = node.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return null;
}

const propertyName = (p: ts.ObjectLiteralElementLike): string | null =>
  (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : null;

/** The `reason` of an object literal: 'missing', or its literal text, or 'computed' for a variable. */
function reasonOf(literal: ts.ObjectLiteralExpression): string {
  const prop = literal.properties.find((p) => propertyName(p) === 'reason');
  if (!prop) return 'missing';
  if (ts.isPropertyAssignment(prop) && ts.isStringLiteral(prop.initializer)) return prop.initializer.text;
  return 'computed';
}

/** What an identifier passed as details stands for in its file: a parameter typed to need a reason, or a literal. */
function declaredDetails(source: ts.SourceFile, name: string): string {
  let found = 'missing';
  const visit = (node: ts.Node): void => {
    if (ts.isParameter(node) && ts.isIdentifier(node.name) && node.name.text === name && node.type?.getText(source) === 'ReasonedDetails') found = 'computed';
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      found = reasonOf(node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

interface Site {
  at: string;
  helper: string;
  /** The reason's literal text, 'computed' for one held in a variable, 'missing' for none. */
  reason: string;
  kind: 'error' | 'field';
}

function sitesOf(file: string): Site[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const sites: Site[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(node);
      const args = node.arguments ?? ts.factory.createNodeArray();
      const at = `${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
      const detailsAt = name === null ? undefined : DETAILS_AT.get(name);
      const fieldAt = name === null ? undefined : FIELD_REASON_AT.get(name);
      // Only makers of errors: `new ServiceError(...)`, and calls of the helpers (not their definitions).
      const counts = name !== null && (name !== 'ServiceError' || ts.isNewExpression(node));
      if (counts && detailsAt !== undefined) {
        const arg = args[detailsAt];
        let reason = 'missing';
        if (arg && ts.isObjectLiteralExpression(arg)) reason = reasonOf(arg);
        else if (arg && ts.isIdentifier(arg)) reason = declaredDetails(source, arg.text);
        sites.push({ at, helper: name, reason, kind: 'error' });
      } else if (counts && fieldAt !== undefined) {
        const arg = args[fieldAt];
        let reason = 'missing';
        if (arg && ts.isStringLiteral(arg)) reason = arg.text;
        else if (arg && ts.isIdentifier(arg)) reason = 'computed';
        sites.push({ at, helper: name, reason, kind: 'field' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sites;
}

describe('backend refusals name their reason', () => {
  const sites = dbSources().flatMap(sitesOf);

  it('finds the refusals it checks', () => {
    // A scan that finds nothing passes for nothing: the backend has well over a hundred refusals.
    expect(sites.length).toBeGreaterThan(100);
    expect(sites.map((s) => s.at)).toEqual(expect.arrayContaining([expect.stringMatching(/^db\/features\/cases\/cases\.ts:/), expect.stringMatching(/^db\/vault\/key-ring\.ts:/)]));
  });

  it('gives every ServiceError and helper call a reason', () => {
    expect(sites.filter((s) => s.reason === 'missing').map((s) => `${s.at} ${s.helper}(...) has no reason`)).toEqual([]);
  });

  it('uses only reasons the contract lists', () => {
    const errorReasons: readonly string[] = ERROR_REASONS;
    const fieldReasons: readonly string[] = FIELD_REASONS;
    const unknown = sites.filter((s) => s.reason !== 'computed' && s.reason !== 'missing' && !(s.kind === 'error' ? errorReasons : fieldReasons).includes(s.reason));
    expect(unknown.map((s) => `${s.at} ${s.helper}(...): "${s.reason}"`)).toEqual([]);
  });
});
