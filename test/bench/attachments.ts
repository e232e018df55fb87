// The attachment figures of `npm run bench`: a 100 MiB file written (begin, 4 MiB base64 chunks,
// finish with its SHA-256 check) and read back (open, chunks) through the backend's call path on the
// encrypted vault, in MiB/s, with the process's resident memory at its highest during each.
import { createHash, randomBytes } from 'node:crypto';

import { ATTACHMENT_CHUNK_BYTES } from '../../db/api';
import type { BenchVault } from './bench-vault';

const SIZE = 100 * 2 ** 20;

function rssMiB(): number {
  return process.memoryUsage().rss / 2 ** 20;
}

export function attachmentFigures(bench: BenchVault, caseId: string, log: (line: string) => void): void {
  const bytes = randomBytes(SIZE);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const baseline = rssMiB();
  let peak = baseline;
  const sample = () => void (peak = Math.max(peak, rssMiB()));

  const writeStarted = performance.now();
  const { id } = bench.call('attachments.begin', {
    caseId, subjectKind: 'case', subjectId: null, fileName: 'bench.bin', mediaType: 'application/octet-stream', size: SIZE, sha256, confidential: false,
  });
  for (let seq = 0; seq * ATTACHMENT_CHUNK_BYTES < SIZE; seq++) {
    const data = bytes.subarray(seq * ATTACHMENT_CHUNK_BYTES, (seq + 1) * ATTACHMENT_CHUNK_BYTES).toString('base64');
    bench.call('attachments.chunk', { id, seq, data });
    sample();
  }
  bench.call('attachments.finish', { id });
  const writeMs = performance.now() - writeStarted;
  sample();
  const writePeak = peak;

  peak = rssMiB();
  const readStarted = performance.now();
  const opened = bench.call('attachments.open', { id, purpose: 'export' });
  const hash = createHash('sha256');
  for (let seq = 0; seq * opened.chunkBytes < opened.size; seq++) {
    hash.update(Buffer.from(bench.call('attachments.read', { token: opened.token, seq }).data, 'base64'));
    sample();
  }
  const readMs = performance.now() - readStarted;
  if (hash.digest('hex') !== sha256) throw new Error('the file read back differs from the one written');
  bench.call('attachments.delete', { id });

  const rate = (ms: number) => (SIZE / 2 ** 20 / (ms / 1000)).toFixed(1);
  log(`\nAttachment of 100 MiB through the backend (${SIZE / ATTACHMENT_CHUNK_BYTES} chunks of 4 MiB, base64):`);
  log(`  write (begin, chunks, finish + SHA-256 check)  ${(writeMs / 1000).toFixed(2)} s = ${rate(writeMs)} MiB/s, peak RSS ${writePeak.toFixed(0)} MiB (${baseline.toFixed(0)} before)`);
  log(`  read (open, chunks)                            ${(readMs / 1000).toFixed(2)} s = ${rate(readMs)} MiB/s, peak RSS ${peak.toFixed(0)} MiB`);
}
