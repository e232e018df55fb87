// Sending a file to the backend (begin → chunks → finish, cancellable between chunks) and reading
// one back (open → reads), through the contract. Both keep the bytes in memory only.
import { ATTACHMENT_MAX_BYTES, type ApiError, type Attachment, type AttachmentSubject } from '../../../../db/api';
import { call } from '../../api/client';
import { bytesOfBase64 } from '../../shared/download';
import { chunkBase64, chunkRanges, joinChunks, sha256Hex } from './attachmentBytes';

export interface UploadTarget {
  caseId: string;
  subjectKind: AttachmentSubject;
  subjectId: string | null;
}

export interface UploadChoices {
  confidential: boolean;
  description: string;
}

/** Why a file was refused in the window before any byte was sent. */
export type LocalRefusal = 'tooLarge' | 'unreadable';

export type UploadOutcome =
  | { kind: 'done'; attachment: Attachment }
  | { kind: 'cancelled' }
  | { kind: 'refused'; refusal: LocalRefusal }
  | { kind: 'failed'; error: ApiError };

export interface UploadControl {
  /** Asks the upload to stop after the chunk in flight; the backend drops what it received. */
  cancel(): void;
  readonly cancelled: boolean;
}

export function uploadControl(): UploadControl {
  let cancelled = false;
  return {
    cancel: () => {
      cancelled = true;
    },
    get cancelled() {
      return cancelled;
    },
  };
}

/** Refuses what the backend would refuse anyway, before reading or sending anything. */
export function localRefusal(file: Pick<File, 'size'>): LocalRefusal | null {
  return file.size > ATTACHMENT_MAX_BYTES ? 'tooLarge' : null;
}

export async function uploadAttachment(
  file: File,
  target: UploadTarget,
  choices: UploadChoices,
  control: UploadControl,
  onProgress: (sentBytes: number) => void,
): Promise<UploadOutcome> {
  const refusal = localRefusal(file);
  if (refusal) return { kind: 'refused', refusal };
  if (control.cancelled) return { kind: 'cancelled' };
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    // Read once into memory (200 MiB at most): the hash and the chunks come from the same bytes.
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { kind: 'refused', refusal: 'unreadable' };
  }
  const sha256 = await sha256Hex(bytes);
  if (control.cancelled) return { kind: 'cancelled' };
  const description = choices.description.trim();
  const begun = await call('attachments.begin', {
    ...target,
    fileName: file.name,
    mediaType: file.type,
    size: bytes.length,
    sha256,
    confidential: choices.confidential,
    ...(description ? { description } : {}),
  });
  if (!begun.ok) return { kind: 'failed', error: begun.error };
  const { id, chunkBytes } = begun.value;
  for (const range of chunkRanges(bytes.length, chunkBytes)) {
    if (control.cancelled) {
      await call('attachments.cancel', { id });
      return { kind: 'cancelled' };
    }
    const sent = await call('attachments.chunk', { id, seq: range.seq, data: chunkBase64(bytes, range) });
    if (!sent.ok) {
      await call('attachments.cancel', { id });
      return { kind: 'failed', error: sent.error };
    }
    onProgress(range.end);
  }
  if (control.cancelled) {
    await call('attachments.cancel', { id });
    return { kind: 'cancelled' };
  }
  const finished = await call('attachments.finish', { id });
  return finished.ok ? { kind: 'done', attachment: finished.value } : { kind: 'failed', error: finished.error };
}

export interface OpenedFile {
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
  mediaType: string;
  sha256: string;
  stripped: boolean;
}

/** Opens a stored file (audited) and reads all its chunks into memory. */
export async function readAttachment(id: string, purpose: 'view' | 'export', stripMetadata = false): Promise<{ ok: true; file: OpenedFile } | { ok: false; error: ApiError }> {
  const opened = await call('attachments.open', { id, purpose, ...(purpose === 'export' ? { stripMetadata } : {}) });
  if (!opened.ok) return opened;
  const { token, size, chunkBytes, fileName, mediaType, sha256, stripped } = opened.value;
  const chunks: Uint8Array[] = [];
  for (const range of chunkRanges(size, chunkBytes)) {
    const read = await call('attachments.read', { token, seq: range.seq });
    if (!read.ok) return read;
    chunks.push(bytesOfBase64(read.value.data));
  }
  return { ok: true, file: { bytes: joinChunks(chunks), fileName, mediaType, sha256, stripped } };
}
