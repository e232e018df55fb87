// The type checker keeps the rooms apart: a probe file compiled under each room's own tsconfig.json
// (the same files `npm run typecheck` uses) may use only the globals that room runs with — the
// renderer the DOM and no Node, db/ and electron/ Node and no DOM, shared/ neither.
import { join } from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

const PROBES = {
  node: 'export const size: number = Buffer.byteLength("x") + process.pid;',
  dom: 'export const title: string = document.title + window.location.href;',
  pure: 'export const month: string = new Intl.DateTimeFormat("en-GB", { month: "long" }).format(new Date(0));',
} as const;

/** Error messages from compiling one in-memory file inside `room` under that room's tsconfig.json. */
function errorsOf(room: string, source: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, room, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!config) throw new Error(`No tsconfig.json in ${room}`);
  const probe = join(root, room, '__room_probe__.ts');
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => (f === probe ? source : readFile(f));
  host.fileExists = (f) => f === probe || fileExists(f);
  host.getSourceFile = (f, language, ...rest) =>
    f === probe ? ts.createSourceFile(f, source, language, true) : getSourceFile(f, language, ...rest);
  const program = ts.createProgram({ rootNames: [probe], options: config.options, host });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('tsconfig rooms', () => {
  it('gives the renderer the DOM and no Node globals', () => {
    expect(errorsOf('renderer', PROBES.dom)).toEqual([]);
    const errors = errorsOf('renderer', PROBES.node);
    expect(errors.some((e) => e.includes("Cannot find name 'Buffer'"))).toBe(true);
    expect(errors.some((e) => e.includes("Cannot find name 'process'"))).toBe(true);
  });

  it('gives db/ Node and no DOM globals', () => {
    expect(errorsOf('db', PROBES.node)).toEqual([]);
    const errors = errorsOf('db', PROBES.dom);
    expect(errors.some((e) => e.includes("Cannot find name 'document'"))).toBe(true);
    expect(errors.some((e) => e.includes("Cannot find name 'window'"))).toBe(true);
  });

  it('gives electron/ Node and no DOM globals', () => {
    expect(errorsOf('electron', PROBES.node)).toEqual([]);
    expect(errorsOf('electron', PROBES.dom).some((e) => e.includes("Cannot find name 'document'"))).toBe(true);
  });

  it('gives shared/ the language and Intl only: neither Node nor DOM', () => {
    expect(errorsOf('shared', PROBES.pure)).toEqual([]);
    expect(errorsOf('shared', PROBES.node).some((e) => e.includes("Cannot find name 'Buffer'"))).toBe(true);
    expect(errorsOf('shared', PROBES.dom).some((e) => e.includes("Cannot find name 'document'"))).toBe(true);
  });
});
