// The file's bytes become base64 in slices: the result must equal a one-shot encoding at every
// slice boundary, and a file near the 25 MiB limit must not overflow the stack.
import { describe, expect, it } from 'vitest';

import { bytesToBase64 } from '../../../renderer/src/features/import/base64';

function bytes(length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (i * 31 + 7) % 256;
  return out;
}

describe('bytesToBase64', () => {
  it('matches Node’s encoder around the slice boundaries', () => {
    for (const length of [0, 1, 2, 3, 4095, 4096, 4097, 24575, 24576, 24577, 49153, 100_000]) {
      const input = bytes(length);
      expect(bytesToBase64(input)).toBe(Buffer.from(input).toString('base64'));
    }
  });

  it('encodes Cyrillic text in UTF-8 and Windows-1251 byte for byte', () => {
    const utf8 = new TextEncoder().encode('ФИО;Страна\nИванов Иван;Таджикистан\n');
    expect(Buffer.from(bytesToBase64(utf8), 'base64').toString('utf8')).toBe('ФИО;Страна\nИванов Иван;Таджикистан\n');
    const cp1251 = new Uint8Array([0xd4, 0xc8, 0xce, 0x3b, 0xff]);
    expect([...Buffer.from(bytesToBase64(cp1251), 'base64')]).toEqual([...cp1251]);
  });

  it('encodes a 25 MiB file without a stack overflow', () => {
    const input = new Uint8Array(25 * 1024 * 1024).fill(0xd0);
    const encoded = bytesToBase64(input);
    expect(encoded.length).toBe(Math.ceil(input.length / 3) * 4);
    expect(encoded.slice(0, 8)).toBe(Buffer.from(input.subarray(0, 6)).toString('base64'));
  });
});
