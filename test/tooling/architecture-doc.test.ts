// docs/architecture.md stays true to the tree: every repository path it names exists, and every
// feature folder of the backend and the renderer is named in it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..', '..');
const doc = readFileSync(resolve(ROOT, 'docs', 'architecture.md'), 'utf8');
const ROOMS = /^(db|renderer|electron|shared|test|build)\//;

/** Paths in backticks, without globs or placeholders (`<feature>`), trimmed of a trailing slash. */
const named = [...doc.matchAll(/`([^`\s]+)`/g)]
  .map((m) => m[1] ?? '')
  .filter((p) => ROOMS.test(p) && !/[<>*{}]/.test(p))
  .map((p) => p.replace(/\/$/, ''));

const folders = (dir: string) => readdirSync(resolve(ROOT, dir), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('docs/architecture.md', () => {
  it('names only paths that exist', () => {
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((p) => !existsSync(resolve(ROOT, p)))).toEqual([]);
  });

  it('has a section for every backend feature folder and lists every renderer feature folder', () => {
    const backend = folders('db/features').filter((f) => !doc.includes(`### db/features/${f}/`));
    const line = doc.split('\n').find((l) => l.startsWith('- `features/<route>/`')) ?? '';
    const listed = new Set(line.replace(/^[^—]*—/, '').split(/[,.]/).map((w) => w.trim()));
    const renderer = folders('renderer/src/features').filter((f) => !listed.has(f));
    expect({ backend, renderer }).toEqual({ backend: [], renderer: [] });
  });
});
