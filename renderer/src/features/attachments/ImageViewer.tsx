// An image shown from memory: an object URL made from the bytes (blob:, never a file), revoked
// when the viewer closes. Zoom fits the window or shows the image at its own size.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../../components/Button';

export function ImageViewer({ bytes, mediaType, fileName }: { bytes: Uint8Array<ArrayBuffer>; mediaType: string; fileName: string }) {
  const { t } = useTranslation('attachments');
  const [url, setUrl] = useState<string | null>(null);
  const [actualSize, setActualSize] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const made = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [bytes, mediaType]);

  if (failed) return <p className="error-banner" role="alert">{t('viewer.unreadableImage')}</p>;
  return (
    <div className="image-viewer">
      <div className="viewer-toolbar" role="toolbar" aria-label={t('viewer.toolbar')}>
        <Button size="small" onClick={() => setActualSize((a) => !a)} aria-pressed={actualSize}>
          {t('viewer.actualSize')}
        </Button>
      </div>
      <div className={`viewer-stage${actualSize ? ' viewer-actual' : ''}`}>
        {url ? <img src={url} alt={fileName} className="viewer-image" onError={() => setFailed(true)} /> : null}
      </div>
    </div>
  );
}
