// The pure arithmetic of moving a file across the boundary: where each chunk starts and ends, the
// file's SHA-256 as lower-case hex (WebCrypto), and the chunks of an opened file joined in memory.
// Nothing here touches the disk; the bytes live in the window's memory only while they are needed.
import { bytesToBase64 } from '../import/base64';

export interface ChunkRange {
  seq: number;
  start: number;
  end: number;
}

/** The chunks of a file of `size` bytes, in order from seq 0; an empty file has none. */
export function chunkRanges(size: number, chunkBytes: number): ChunkRange[] {
  if (!Number.isInteger(chunkBytes) || chunkBytes <= 0) throw new RangeError('chunkBytes must be a positive integer');
  const ranges: ChunkRange[] = [];
  for (let start = 0, seq = 0; start < size; start += chunkBytes, seq += 1) ranges.push({ seq, start, end: Math.min(size, start + chunkBytes) });
  return ranges;
}

/** How many chunks attachments.read serves for an opened file. */
export function chunkCount(size: number, chunkBytes: number): number {
  return chunkRanges(size, chunkBytes).length;
}

/** Lower-case hex SHA-256 of the bytes, as the backend records it. */
export async function sha256Hex(bytes: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** One chunk of the file's bytes as base64, ready for attachments.chunk. */
export function chunkBase64(bytes: Uint8Array, range: ChunkRange): string {
  return bytesToBase64(bytes.subarray(range.start, range.end));
}

/** The chunks read back joined into one buffer (what the PDF viewer needs). */
export function joinChunks(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const total = chunks.reduce((sum, c) => sum + c.length, 0);
  const joined = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    joined.set(c, at);
    at += c.length;
  }
  return joined;
}

/** The first characters of a hash, enough to tell files apart at a glance. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}
