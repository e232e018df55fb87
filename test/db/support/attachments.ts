// Adding and reading attachments the way the window does: begin, base64 chunks in order, finish;
// open, then read chunk by chunk with the token.
import { createHash } from 'node:crypto';

import type { Input, Output } from '../../../db/api';
import type { TestVault } from './test-vault';

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export type AttachmentSpec = Partial<Omit<Input<'attachments.begin'>, 'size' | 'sha256'>> & { caseId: string };

/** Sends a file whole, chunk by chunk; returns the stored attachment. */
export function addAttachment(v: TestVault, bytes: Buffer, spec: AttachmentSpec): Output<'attachments.finish'> {
  const begun = v.call('attachments.begin', {
    subjectKind: 'case',
    subjectId: null,
    fileName: 'file.bin',
    mediaType: 'application/octet-stream',
    confidential: false,
    ...spec,
    size: bytes.length,
    sha256: sha256(bytes),
  });
  for (let seq = 0; seq * begun.chunkBytes < bytes.length; seq++) {
    const part = bytes.subarray(seq * begun.chunkBytes, (seq + 1) * begun.chunkBytes);
    v.call('attachments.chunk', { id: begun.id, seq, data: part.toString('base64') });
  }
  return v.call('attachments.finish', { id: begun.id });
}

/** Opens a stored file and reads it back whole; returns the bytes and what open answered. */
export function readAttachment(v: TestVault, id: string, options: Partial<Input<'attachments.open'>> = {}) {
  const opened = v.call('attachments.open', { id, purpose: 'view', ...options });
  const parts: Buffer[] = [];
  for (let seq = 0; seq * opened.chunkBytes < opened.size; seq++) {
    parts.push(Buffer.from(v.call('attachments.read', { token: opened.token, seq }).data, 'base64'));
  }
  return { opened, bytes: Buffer.concat(parts) };
}
