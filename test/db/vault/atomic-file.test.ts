import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { writeFileAtomically, writeJsonAtomically } from '../../../db/vault/atomic-file';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('atomic file writes', () => {
  it('replaces a file whole, owner-only, leaving no temporary file behind', () => {
    dir = mkdtempSync(join(tmpdir(), 'habeas-atomic-'));
    const file = join(dir, 'ring.json');
    writeFileSync(file, 'old', { mode: 0o644 });
    writeJsonAtomically(file, { a: 1, b: 'двa' }, { indent: 1 });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ a: 1, b: 'двa' });
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['ring.json']);
    writeFileAtomically(file, new Uint8Array([1, 2, 3]), { syncFolder: false });
    expect([...readFileSync(file)]).toEqual([1, 2, 3]);
  });

  it('keeps the old file and removes its temporary when the rename cannot happen', () => {
    dir = mkdtempSync(join(tmpdir(), 'habeas-atomic-'));
    // A folder where the file should be: the rename over it fails after the temporary was written.
    const target = join(dir, 'head.json');
    mkdirSync(target);
    writeFileSync(join(target, 'keep'), 'x');
    expect(() => writeFileAtomically(target, 'new')).toThrow();
    expect(readdirSync(dir)).toEqual(['head.json']);
    expect(readFileSync(join(target, 'keep'), 'utf8')).toBe('x');
  });

});
