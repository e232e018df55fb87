// The payload guard on its own: plain bounded data passes untouched; everything else is named by
// reason and path, without the guard itself ever throwing.
import { describe, expect, it } from 'vitest';

import { isWellFormedText, payloadRefusal } from '../../../db/contract/payload-guard';

describe('payloadRefusal', () => {
  it('passes plain data: objects (also without prototype), arrays, strings in any script, numbers, null, undefined', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { name: 'Taşkın' });
    expect(payloadRefusal({ a: [1, 'Ержан', null, undefined, true, { b: '😀𠀋' }], bare })).toBeNull();
    expect(payloadRefusal(undefined)).toBeNull();
    // The same object twice (not a cycle) is fine.
    const shared = { x: 1 };
    expect(payloadRefusal({ left: shared, right: shared })).toBeNull();
  });

  it.each([
    ['a getter', Object.defineProperty({}, 'secret', { get: () => 'run', enumerable: true }), 'payload_unsupported_value', 'secret'],
    ['a symbol key', { [Symbol('k')]: 1 }, 'payload_unsupported_value', ''],
    ['a proxy that throws', { p: new Proxy({}, { ownKeys: () => { throw new Error('trap'); } }) }, 'payload_unsupported_value', 'p'],
    ['an Error', { e: new Error('x') }, 'payload_unsupported_value', 'e'],
    ['a cycle through an array', (() => { const a: unknown[] = []; a.push({ a }); return { list: a }; })(), 'payload_circular', 'list.0.a'],
    ['a sparse array of a billion holes', { list: new Array(1_000_000_000) }, 'payload_too_large', 'list'],
    ['a lone low surrogate', ['ok', 'x\uDC01y'], 'invalid_unicode', '1'],
  ])('refuses %s', (_what, input, reason, path) => {
    expect(payloadRefusal(input)).toMatchObject({ reason, path });
  });

  it('counts keys, items and characters together against the size limit, and depth against its own', () => {
    const limits = { maxDepth: 3, maxSize: 20 };
    expect(payloadRefusal({ abc: 'x'.repeat(10) }, limits)).toBeNull();
    expect(payloadRefusal({ abc: 'x'.repeat(10), defgh: [1, 2, 3] }, limits)).toMatchObject({ reason: 'payload_too_large', params: { max: 20 } });
    expect(payloadRefusal({ a: { b: {} } }, limits)).toBeNull();
    expect(payloadRefusal({ a: { b: { c: {} } } }, limits)).toMatchObject({ reason: 'payload_too_deep', path: 'a.b.c' });
  });
});

describe('isWellFormedText', () => {
  it('tells lone surrogates from pairs', () => {
    expect(isWellFormedText('😀')).toBe(true);
    expect(isWellFormedText('\uD83D')).toBe(false);
    expect(isWellFormedText('\uDE00\uD83D')).toBe(false);
    expect(isWellFormedText('')).toBe(true);
  });
});
