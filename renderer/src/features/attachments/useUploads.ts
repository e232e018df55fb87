// The files being added from one panel: each with its progress, a Cancel, and what became of it
// (added, cancelled, refused in the window, or refused by the backend with a reason).
import { useCallback, useRef, useState } from 'react';

import { uploadAttachment, uploadControl, type UploadChoices, type UploadControl, type UploadOutcome, type UploadTarget } from './attachmentTransfer';

export interface Upload {
  key: number;
  fileName: string;
  size: number;
  sent: number;
  /** null while it runs. */
  outcome: UploadOutcome | null;
}

export interface Uploads {
  uploads: Upload[];
  start: (files: readonly File[], target: UploadTarget, choices: UploadChoices) => void;
  cancel: (key: number) => void;
  dismiss: (key: number) => void;
}

let nextKey = 1;

export function useUploads(onAdded: () => void): Uploads {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const controls = useRef(new Map<number, UploadControl>());

  const patch = useCallback((key: number, change: Partial<Upload>) => {
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));
  }, []);

  const start = useCallback(
    (files: readonly File[], target: UploadTarget, choices: UploadChoices) => {
      const added = files.map((file) => ({ file, control: uploadControl(), upload: { key: nextKey++, fileName: file.name, size: file.size, sent: 0, outcome: null } satisfies Upload }));
      for (const a of added) controls.current.set(a.upload.key, a.control);
      setUploads((list) => [...list.filter((u) => u.outcome === null || u.outcome.kind !== 'done'), ...added.map((a) => a.upload)]);
      // One file after another: the backend receives one stream at a time and memory holds one file.
      void (async () => {
        for (const { file, control, upload } of added) {
          const outcome = await uploadAttachment(file, target, choices, control, (sent) => patch(upload.key, { sent }));
          controls.current.delete(upload.key);
          // An added file leaves the list of uploads: it is in the table now.
          if (outcome.kind === 'done') {
            setUploads((list) => list.filter((u) => u.key !== upload.key));
            onAdded();
          } else patch(upload.key, { outcome });
        }
      })();
    },
    [onAdded, patch],
  );

  const cancel = useCallback((key: number) => controls.current.get(key)?.cancel(), []);
  const dismiss = useCallback((key: number) => setUploads((list) => list.filter((u) => u.key !== key)), []);
  return { uploads, start, cancel, dismiss };
}
