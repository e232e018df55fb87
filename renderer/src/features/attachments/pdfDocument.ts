// PDF.js set up for the strict content policy: its worker is a file of our own bundle (script-src
// 'self'), the document comes from bytes in memory (no URL, no fetch), and nothing that would need
// eval, WebAssembly fetched from a URL, or a network font is switched on.
import { GlobalWorkerOptions, getDocument, type PDFDocumentLoadingTask, type PDFDocumentProxy } from 'pdfjs-dist';
import PdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';

let worker: Worker | null = null;

function ensureWorker(): void {
  if (worker) return;
  worker = new PdfWorker();
  GlobalWorkerOptions.workerPort = worker;
}

/**
 * Starts opening a PDF from its bytes; the bytes are handed to the worker (the array is emptied).
 * The task's destroy() drops the document and what the worker holds of it.
 */
export function openPdf(bytes: Uint8Array<ArrayBuffer>): PDFDocumentLoadingTask {
  ensureWorker();
  return getDocument({
    data: bytes,
    useWasm: false,
    useSystemFonts: true,
    disableWorkerRendering: true,
    enableXfa: false,
    stopAtErrors: false,
  });
}

/** Draws one page into the canvas at the scale asked, sharp on high-density screens. */
export async function renderPage(pdf: PDFDocumentProxy, pageNumber: number, scale: number, canvas: HTMLCanvasElement): Promise<void> {
  const page = await pdf.getPage(pageNumber);
  const viewport = page.getViewport({ scale });
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = `${Math.floor(viewport.width)}px`;
  canvas.style.height = `${Math.floor(viewport.height)}px`;
  await page.render({ canvas, viewport, ...(ratio !== 1 ? { transform: [ratio, 0, 0, ratio, 0, 0] } : {}) }).promise;
}
