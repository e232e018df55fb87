// Document metadata taken out of a PDF on export, with pdf-lib: the Info dictionary's author, title,
// subject, keywords, creator, producer and dates, and every XMP metadata stream. pdf-lib rewrites the
// whole file, so nothing of the old objects survives in the copy. pdf-lib only works asynchronously
// and the backend's calls are synchronous, so it runs in a short-lived worker thread that this call
// waits for; the bytes go there and back in memory (transferred, never written anywhere).
import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

export function isPdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 1024).includes('%PDF-');
}

/** Longest a strip may take before the original is kept instead. */
const STRIP_TIMEOUT_MS = 120_000;

const STRIP_PDF = `
const { workerData } = require('node:worker_threads');
const { PDFDocument, PDFName, PDFDict, PDFRef, PDFStream } = require(workerData.pdfLib);
const { port, signal, bytes } = workerData;
const INFO_KEYS = ['Author', 'Title', 'Subject', 'Keywords', 'Creator', 'Producer', 'CreationDate', 'ModDate', 'Trapped'];
async function strip() {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const context = doc.context;
  const infoRef = context.trailerInfo.Info;
  if (infoRef) {
    const info = context.lookup(infoRef);
    if (info instanceof PDFDict) for (const key of info.keys()) info.delete(key);
    if (infoRef instanceof PDFRef) context.delete(infoRef);
    context.trailerInfo.Info = undefined;
  }
  const metadata = PDFName.of('Metadata');
  const gone = new Set();
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (object instanceof PDFStream && object.dict.get(PDFName.of('Type')) === metadata) gone.add(ref);
  }
  for (const ref of gone) context.delete(ref);
  for (const [, object] of context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFDict ? object : object instanceof PDFStream ? object.dict : null;
    if (dict && dict.has(metadata)) dict.delete(metadata);
  }
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}
strip()
  .then((out) => port.postMessage({ ok: true, bytes: out }, [out.buffer]), () => port.postMessage({ ok: false }))
  .finally(() => { Atomics.store(signal, 0, 1); Atomics.notify(signal, 0); });
`;

function pdfLibPath(): string {
  return createRequire(__filename).resolve('pdf-lib');
}

/** The PDF without its metadata, or null when pdf-lib cannot read it (damaged, encrypted) or took too long. */
export function stripPdfMetadata(bytes: Buffer): Buffer | null {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const input = new Uint8Array(bytes.length);
  input.set(bytes);
  const worker = new Worker(STRIP_PDF, {
    eval: true,
    workerData: { pdfLib: pdfLibPath(), port: port2, signal, bytes: input },
    transferList: [port2, input.buffer],
  });
  try {
    if (Atomics.wait(signal, 0, 0, STRIP_TIMEOUT_MS) === 'timed-out') return null;
    const answer = receiveMessageOnPort(port1)?.message as { ok: boolean; bytes?: Uint8Array } | undefined;
    if (!answer?.ok || !answer.bytes) return null;
    return Buffer.from(answer.bytes.buffer, answer.bytes.byteOffset, answer.bytes.byteLength);
  } finally {
    port1.close();
    void worker.terminate();
  }
}
