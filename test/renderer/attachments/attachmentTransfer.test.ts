// The window's side of sending and reading files, against a stand-in bridge: the hash and chunks
// sent are those of the file, a file over the limit is refused before a byte is read or sent, a
// Cancel between chunks tells the backend to drop what it has, and a read joins the chunks back.
import { createHash } from 'node:crypto';

import { beforeEach, describe, expect, it } from 'vitest';

import { ATTACHMENT_MAX_BYTES, type Attachment } from '../../../db/api';
import { readAttachment, uploadAttachment, uploadControl } from '../../../renderer/src/features/attachments/attachmentTransfer';
import { installBridge, refusal, type TestBridge } from '../support/bridge';

const CASE = '01900000-0000-7000-8000-000000000001';
const FILE_ID = '01900000-0000-7000-8000-0000000000f1';
const target = { caseId: CASE, subjectKind: 'case', subjectId: null } as const;
const choices = { confidential: true, description: '  Verdict of the city court ' };

function fileOf(length: number, name = 'verdict.pdf'): { file: File; bytes: Uint8Array } {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 13 + 5) % 256;
  return { file: new File([bytes], name, { type: 'application/pdf' }), bytes };
}

let bridge: TestBridge;
beforeEach(() => {
  bridge = installBridge();
  bridge.answer('attachments.begin', { id: FILE_ID, chunkBytes: 1000 });
  bridge.answer('attachments.chunk', (input) => ({ received: (input.seq + 1) * 1000 }));
  bridge.answer('attachments.cancel', { cancelled: true });
  bridge.answer('attachments.finish', { id: FILE_ID } as Attachment);
});

describe('uploadAttachment', () => {
  it('sends the SHA-256 and size first, then every chunk in order, then finishes', async () => {
    const { file, bytes } = fileOf(2500);
    const progress: number[] = [];
    const outcome = await uploadAttachment(file, target, choices, uploadControl(), (sent) => progress.push(sent));
    expect(outcome.kind).toBe('done');
    const [begun] = bridge.inputsOf('attachments.begin');
    expect(begun).toEqual({ ...target, fileName: 'verdict.pdf', mediaType: 'application/pdf', size: 2500, sha256: createHash('sha256').update(bytes).digest('hex'), confidential: true, description: 'Verdict of the city court' });
    const chunks = bridge.inputsOf('attachments.chunk');
    expect(chunks.map((c) => c.seq)).toEqual([0, 1, 2]);
    expect(Buffer.concat(chunks.map((c) => Buffer.from(c.data, 'base64'))).equals(Buffer.from(bytes))).toBe(true);
    expect(progress).toEqual([1000, 2000, 2500]);
    expect(bridge.calls.at(-1)?.method).toBe('attachments.finish');
  });

  it('refuses a file over 200 MiB without reading it or calling the backend', async () => {
    const huge = { name: 'scan.tiff', type: 'image/tiff', size: ATTACHMENT_MAX_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as File;
    const outcome = await uploadAttachment(huge, target, choices, uploadControl(), () => undefined);
    expect(outcome).toEqual({ kind: 'refused', refusal: 'tooLarge' });
    expect(bridge.calls).toEqual([]);
  });

  it('stops between chunks when cancelled and tells the backend to drop the file', async () => {
    const { file } = fileOf(3500);
    const control = uploadControl();
    const outcome = await uploadAttachment(file, target, choices, control, (sent) => {
      if (sent >= 2000) control.cancel();
    });
    expect(outcome).toEqual({ kind: 'cancelled' });
    expect(bridge.inputsOf('attachments.chunk').map((c) => c.seq)).toEqual([0, 1]);
    expect(bridge.inputsOf('attachments.cancel')).toEqual([{ id: FILE_ID }]);
    expect(bridge.inputsOf('attachments.finish')).toEqual([]);
  });

  it('hands back the backend refusal and drops the partial file', async () => {
    const { file } = fileOf(1500);
    bridge.fail('attachments.chunk', refusal('CONFLICT', 'A part of the file arrived out of order.', { reason: 'attachment_chunk_out_of_order' }));
    const outcome = await uploadAttachment(file, target, choices, uploadControl(), () => undefined);
    expect(outcome.kind === 'failed' ? outcome.error.details : null).toEqual({ reason: 'attachment_chunk_out_of_order' });
    expect(bridge.inputsOf('attachments.cancel')).toEqual([{ id: FILE_ID }]);
  });

  it('sends no chunk for an empty file', async () => {
    const outcome = await uploadAttachment(fileOf(0, 'empty.txt').file, target, choices, uploadControl(), () => undefined);
    expect(outcome.kind).toBe('done');
    expect(bridge.inputsOf('attachments.chunk')).toEqual([]);
  });
});

describe('readAttachment', () => {
  it('opens for export with the metadata choice and joins the chunks read', async () => {
    const whole = Buffer.from('0123456789abcdefghij');
    bridge.answer('attachments.open', { token: 'token-0123456789abcdef', size: whole.length, sha256: 'x'.repeat(64), mediaType: 'text/plain', fileName: 'letter.txt', chunkBytes: 8, stripped: false });
    bridge.answer('attachments.read', (input) => ({ data: whole.subarray(input.seq * 8, input.seq * 8 + 8).toString('base64') }));
    const read = await readAttachment(FILE_ID, 'export', true);
    expect(bridge.inputsOf('attachments.open')).toEqual([{ id: FILE_ID, purpose: 'export', stripMetadata: true }]);
    expect(bridge.inputsOf('attachments.read').map((r) => r.seq)).toEqual([0, 1, 2]);
    expect(read.ok && Buffer.from(read.file.bytes).equals(whole)).toBe(true);
  });
});
