// A PDF shown from memory: each page drawn into a <canvas> by PDF.js, with page and zoom controls.
// The bytes never reach the disk; closing the viewer drops the document and its memory.
// Keys: ← → (or Page Up / Page Down) turn pages, + and − zoom, Escape closes.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PDFDocumentProxy } from 'pdfjs-dist';

import { Button } from '../../components/Button';
import { openPdf, renderPage } from './pdfDocument';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;

export function PdfViewer({ bytes, fileName }: { bytes: Uint8Array<ArrayBuffer>; fileName: string }) {
  const { t, i18n } = useTranslation('attachments');
  const canvas = useRef<HTMLCanvasElement>(null);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [failed, setFailed] = useState(false);
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState(2);
  const [rendered, setRendered] = useState(0);

  useEffect(() => {
    let live = true;
    // PDF.js takes the buffer it is given; a copy keeps the caller's bytes.
    const task = openPdf(bytes.slice());
    task.promise.then(
      (doc) => live && setPdf(doc),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      setPdf(null);
      void task.destroy();
    };
  }, [bytes]);

  useEffect(() => {
    if (!pdf || !canvas.current) return;
    let live = true;
    renderPage(pdf, page, ZOOMS[zoom] ?? 1, canvas.current).then(
      () => live && setRendered((n) => n + 1),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [pdf, page, zoom]);

  const pages = pdf?.numPages ?? 0;
  const turn = (by: number) => setPage((p) => Math.min(Math.max(1, p + by), Math.max(1, pages)));
  const zoomBy = (by: number) => setZoom((z) => Math.min(Math.max(0, z + by), ZOOMS.length - 1));
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowRight' || e.key === 'PageDown') turn(1);
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') turn(-1);
    else if (e.key === '+' || e.key === '=') zoomBy(1);
    else if (e.key === '-') zoomBy(-1);
    else return;
    e.preventDefault();
  };
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(ZOOMS[zoom] ?? 1);

  if (failed) return <p className="error-banner" role="alert">{t('viewer.unreadablePdf')}</p>;
  return (
    <div className="pdf-viewer" onKeyDown={onKey}>
      <div className="viewer-toolbar" role="toolbar" aria-label={t('viewer.toolbar')}>
        <Button size="small" onClick={() => turn(-1)} disabled={page <= 1} aria-keyshortcuts="ArrowLeft">
          {t('viewer.previous')}
        </Button>
        <span className="viewer-page" aria-live="polite">
          {pages > 0 ? t('viewer.pageOf', { page, pages }) : t('viewer.loading')}
        </span>
        <Button size="small" onClick={() => turn(1)} disabled={page >= pages} aria-keyshortcuts="ArrowRight">
          {t('viewer.next')}
        </Button>
        <span className="viewer-gap" />
        <Button size="small" onClick={() => zoomBy(-1)} disabled={zoom <= 0} aria-label={t('viewer.zoomOut')}>
          −
        </Button>
        <span className="viewer-zoom">{percent}</span>
        <Button size="small" onClick={() => zoomBy(1)} disabled={zoom >= ZOOMS.length - 1} aria-label={t('viewer.zoomIn')}>
          +
        </Button>
      </div>
      {/* Focusable so the arrow keys work as soon as the viewer opens. */}
      <div className="viewer-stage" tabIndex={0} role="region" aria-label={t('viewer.pdfStage', { name: fileName })} data-rendered={rendered}>
        <canvas ref={canvas} className="pdf-canvas" role="img" aria-label={pages > 0 ? t('viewer.pageOf', { page, pages }) : t('viewer.loading')} />
      </div>
    </div>
  );
}
