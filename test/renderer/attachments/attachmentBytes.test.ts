// The arithmetic of moving a file: chunk boundaries cover every byte once, in order; the SHA-256 is
// the standard one; base64 chunks join back to the file; sizes read as each language writes them.
import { createHash } from 'node:crypto';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ATTACHMENT_CHUNK_BYTES, ATTACHMENT_MAX_BYTES } from '../../../db/api';
import { chunkBase64, chunkCount, chunkRanges, joinChunks, sha256Hex, shortHash } from '../../../renderer/src/features/attachments/attachmentBytes';
import { localRefusal } from '../../../renderer/src/features/attachments/attachmentTransfer';
import { formatSize } from '../../../renderer/src/features/import/readFile';

function bytes(length: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (i * 31 + 7) % 256;
  return out;
}

describe('chunkRanges', () => {
  it('covers every byte exactly once, in order, no chunk larger than asked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 9_000 }), (size, chunk) => {
        const ranges = chunkRanges(size, chunk);
        const inOrder = ranges.every((r, i) => r.seq === i && r.start === (i === 0 ? 0 : ranges[i - 1]?.end) && r.end - r.start <= chunk && r.end > r.start);
        return inOrder && (ranges.at(-1)?.end ?? 0) === size;
      }),
    );
  });

  it('gives the largest file 50 chunks of 4 MiB and an empty file none', () => {
    expect(chunkCount(ATTACHMENT_MAX_BYTES, ATTACHMENT_CHUNK_BYTES)).toBe(50);
    expect(chunkCount(ATTACHMENT_CHUNK_BYTES + 1, ATTACHMENT_CHUNK_BYTES)).toBe(2);
    expect(chunkRanges(0, ATTACHMENT_CHUNK_BYTES)).toEqual([]);
  });

  it('refuses a chunk size that would never end', () => {
    expect(() => chunkRanges(10, 0)).toThrow(RangeError);
    expect(() => chunkRanges(10, 1.5)).toThrow(RangeError);
  });
});

describe('chunks as base64', () => {
  it('join back to the bytes of the file', () => {
    const file = bytes(10_007);
    const parts = chunkRanges(file.length, 4096).map((r) => Uint8Array.from(Buffer.from(chunkBase64(file, r), 'base64')));
    expect(parts.map((p) => p.length)).toEqual([4096, 4096, 1815]);
    expect(Buffer.from(joinChunks(parts)).equals(Buffer.from(file))).toBe(true);
  });
});

describe('sha256Hex', () => {
  it('is the standard SHA-256 in lower-case hex', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const file = bytes(70_001);
    expect(await sha256Hex(file)).toBe(createHash('sha256').update(file).digest('hex'));
  });

  it('shortens to twelve characters for the list', () => {
    expect(shortHash('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')).toBe('ba7816bf8f01');
  });
});

describe('local refusal', () => {
  it('refuses a file over 200 MiB before anything is read, and accepts one at the limit', () => {
    expect(localRefusal({ size: ATTACHMENT_MAX_BYTES + 1 })).toBe('tooLarge');
    expect(localRefusal({ size: ATTACHMENT_MAX_BYTES })).toBeNull();
    expect(localRefusal({ size: 0 })).toBeNull();
  });
});

describe('sizes', () => {
  it('reads as each language writes them', () => {
    expect(formatSize(ATTACHMENT_MAX_BYTES, 'en')).toBe('200 MB');
    expect(formatSize(1536, 'en')).toBe('1.5 kB');
    expect(formatSize(1536, 'ru').replace(/\s/g, ' ')).toBe('1,5 кБ');
    expect(formatSize(12, 'en')).toBe('12 bytes');
  });
});
