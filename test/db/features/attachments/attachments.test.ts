// Attachments on a real encrypted vault: files of every size round-trip exactly through begin, chunks
// and finish; what does not add up is refused and dropped; each intake, opening and deletion is in
// the audit log with the file's SHA-256 and size; deleting removes the bytes and keeps the record.
import { randomBytes } from 'node:crypto';

import { afterEach, describe, expect, it } from 'vitest';

import { ATTACHMENT_CHUNK_BYTES, ATTACHMENT_MAX_BYTES } from '../../../../db/api';
import { addAttachment, readAttachment, sha256 } from '../../support/attachments';
import { auditFor, openCase } from '../../support/fixtures';
import { createTestVault, failure, MISSING_ID, type TestVault } from '../../support/test-vault';

let v: TestVault;
afterEach(() => v?.close());

function setUp() {
  v = createTestVault();
  v.signInAsAdmin();
  return openCase(v, { detention: { arrestDate: '2025-10-10', detentionType: 'pre_trial' } });
}

function begin(caseId: string, bytes: Buffer, over: Record<string, unknown> = {}) {
  return v.call('attachments.begin', {
    caseId,
    subjectKind: 'case',
    subjectId: null,
    fileName: 'verdict.pdf',
    mediaType: 'application/pdf',
    size: bytes.length,
    sha256: sha256(bytes),
    confidential: false,
    ...over,
  });
}

function chunkCount(id: string): number {
  return v.sqlite.prepare('SELECT COUNT(*) FROM attachment_chunks WHERE attachment_id = ?').pluck().get(id) as number;
}

describe('adding and reading files', () => {
  it('round-trips several files exactly: empty, small and over two chunks', () => {
    const { caseId } = setUp();
    const files = [Buffer.alloc(0), Buffer.from('Приговор Алматинского городского суда'), randomBytes(9 * 1024 * 1024 + 17)];
    const stored = files.map((bytes, i) => addAttachment(v, bytes, { caseId, fileName: `file-${i}.bin` }));
    expect(stored.map((a) => a.size)).toEqual(files.map((f) => f.length));
    expect(chunkCount(stored[2]?.id ?? '')).toBe(3);
    for (const [i, a] of stored.entries()) {
      const bytes = files[i] ?? Buffer.alloc(0);
      expect(a).toMatchObject({ caseId, subjectKind: 'case', subjectId: null, sha256: sha256(bytes), addedByName: 'Administrator', view: null });
      const read = readAttachment(v, a.id);
      expect(read.opened).toMatchObject({ size: bytes.length, sha256: sha256(bytes), stripped: false, chunkBytes: ATTACHMENT_CHUNK_BYTES });
      expect(read.bytes.equals(bytes)).toBe(true);
    }
    // Newest first.
    expect(v.call('attachments.list', { caseId }).map((a) => a.fileName)).toEqual(['file-2.bin', 'file-1.bin', 'file-0.bin']);
  });

  it('keeps files with a court event, a sentence, an advocacy action and a note, each on its own case', () => {
    const { caseId } = setUp();
    const other = openCase(v, { name: 'Другой Человек' });
    const [episode] = v.call('episodes.list', { caseId });
    if (!episode) throw new Error('no episode');
    const subjects = {
      court_event: v.call('courtEvents.create', { episodeId: episode.id, date: '2025-12-01', kind: 'verdict' }).id,
      sentence: v.call('sentences.create', { episodeId: episode.id, type: 'imprisonment', years: 5, startDate: '2025-12-01' }).id,
      advocacy: v.call('advocacy.create', { caseId, type: 'wgad_petition', date: '2025-12-10' }).id,
      note: v.call('caseEvents.create', { caseId, kind: 'note', title: 'Letter from the family' }).id,
    } as const;
    for (const [subjectKind, subjectId] of Object.entries(subjects) as [keyof typeof subjects, string][]) {
      addAttachment(v, Buffer.from(subjectKind), { caseId, subjectKind, subjectId, fileName: `${subjectKind}.txt` });
      expect(v.call('attachments.list', { caseId, subjectKind, subjectId }).map((a) => a.fileName)).toEqual([`${subjectKind}.txt`]);
      // The same record named on another case is not found.
      expect(failure(() => begin(other.caseId, Buffer.from('x'), { subjectKind, subjectId })).code).toBe('NOT_FOUND');
    }
    expect(failure(() => begin(caseId, Buffer.from('x'), { subjectKind: 'note', subjectId: MISSING_ID })).details).toMatchObject({ reason: 'case_event_not_found' });
    expect(failure(() => begin(caseId, Buffer.from('x'), { subjectKind: 'note', subjectId: null })).details).toMatchObject({ reason: 'attachment_subject_invalid' });
    expect(failure(() => begin(caseId, Buffer.from('x'), { subjectKind: 'case', subjectId: subjects.note })).details).toMatchObject({ reason: 'attachment_subject_invalid' });
    expect(failure(() => begin(MISSING_ID, Buffer.from('x'))).details).toMatchObject({ reason: 'case_not_found' });
  });

  it('refuses a file over 200 MiB and names with path parts', () => {
    const { caseId } = setUp();
    const tooBig = failure(() => v.call('attachments.begin', { caseId, subjectKind: 'case', subjectId: null, fileName: 'big.bin', mediaType: '', size: ATTACHMENT_MAX_BYTES + 1, sha256: '0'.repeat(64), confidential: false }));
    expect(tooBig.code).toBe('VALIDATION');
    expect(begin(caseId, Buffer.alloc(0), { size: ATTACHMENT_MAX_BYTES }).chunkBytes).toBe(ATTACHMENT_CHUNK_BYTES);
    for (const fileName of ['../etc/passwd', 'a\\b.txt', 'line\nbreak.txt', '..']) {
      expect(failure(() => begin(caseId, Buffer.from('x'), { fileName })).details).toMatchObject({ reason: 'attachment_name_unsafe' });
    }
  });
});

describe('refusals while receiving', () => {
  it('refuses chunks out of order, of the wrong size or past the end', () => {
    const { caseId } = setUp();
    const bytes = randomBytes(ATTACHMENT_CHUNK_BYTES + 10);
    const { id } = begin(caseId, bytes);
    const first = bytes.subarray(0, ATTACHMENT_CHUNK_BYTES).toString('base64');
    expect(failure(() => v.call('attachments.chunk', { id, seq: 1, data: first })).details).toMatchObject({ reason: 'attachment_chunk_out_of_order', params: { expected: 0 } });
    expect(failure(() => v.call('attachments.chunk', { id, seq: 0, data: bytes.subarray(0, 10).toString('base64') })).details).toMatchObject({ reason: 'attachment_chunk_size' });
    expect(v.call('attachments.chunk', { id, seq: 0, data: first })).toEqual({ received: ATTACHMENT_CHUNK_BYTES });
    expect(failure(() => v.call('attachments.chunk', { id, seq: 0, data: first })).details).toMatchObject({ reason: 'attachment_chunk_out_of_order', params: { expected: 1 } });
    expect(failure(() => v.call('attachments.chunk', { id, seq: 1, data: bytes.subarray(0, 11).toString('base64') })).details).toMatchObject({ reason: 'attachment_chunk_size' });
    expect(v.call('attachments.chunk', { id, seq: 1, data: bytes.subarray(ATTACHMENT_CHUNK_BYTES).toString('base64') })).toEqual({ received: bytes.length });
    expect(failure(() => v.call('attachments.chunk', { id, seq: 2, data: 'AA==' })).details).toMatchObject({ reason: 'attachment_chunk_size' });
    const stored = v.call('attachments.finish', { id });
    expect(failure(() => v.call('attachments.chunk', { id: stored.id, seq: 2, data: 'AA==' })).details).toMatchObject({ reason: 'attachment_not_receiving' });
  });

  it('refuses a finish whose bytes do not match the hash or the size, and drops what arrived', () => {
    const { caseId } = setUp();
    const bytes = Buffer.from('the real verdict');
    const wrongHash = begin(caseId, bytes, { sha256: sha256(Buffer.from('another verdict')) });
    v.call('attachments.chunk', { id: wrongHash.id, seq: 0, data: bytes.toString('base64') });
    expect(failure(() => v.call('attachments.finish', { id: wrongHash.id })).details).toMatchObject({ reason: 'attachment_hash_mismatch' });
    expect(chunkCount(wrongHash.id)).toBe(0);
    expect(v.sqlite.prepare('SELECT COUNT(*) FROM attachments WHERE id = ?').pluck().get(wrongHash.id)).toBe(0);
    expect(failure(() => v.call('attachments.finish', { id: wrongHash.id })).code).toBe('NOT_FOUND');

    const short = begin(caseId, bytes);
    expect(failure(() => v.call('attachments.finish', { id: short.id })).details).toMatchObject({ reason: 'attachment_incomplete', params: { expected: bytes.length, received: 0 } });
    expect(v.call('attachments.list', { caseId })).toEqual([]);
    // Nothing of a refused file reached the log.
    expect(auditFor(v, wrongHash.id)).toEqual([]);
  });

  it('cancels a file being received; files abandoned in a session are dropped at the next unlock', () => {
    const { caseId } = setUp();
    const bytes = randomBytes(100);
    const cancelled = begin(caseId, bytes);
    v.call('attachments.chunk', { id: cancelled.id, seq: 0, data: bytes.toString('base64') });
    expect(v.call('attachments.cancel', { id: cancelled.id })).toEqual({ cancelled: true });
    expect(v.call('attachments.cancel', { id: cancelled.id })).toEqual({ cancelled: false });
    expect(chunkCount(cancelled.id)).toBe(0);
    const abandoned = begin(caseId, bytes);
    v.call('attachments.chunk', { id: abandoned.id, seq: 0, data: bytes.toString('base64') });
    v.call('session.lock', {});
    v.signInAsAdmin();
    expect(v.sqlite.prepare('SELECT COUNT(*) FROM attachments').pluck().get()).toBe(0);
    expect(chunkCount(abandoned.id)).toBe(0);
  });
});

describe('chain of custody', () => {
  it('audits intake, opening, changes and deletion with the hash and size; deletion removes the bytes', () => {
    const { caseId } = setUp();
    const bytes = Buffer.from('%PDF-1.4 consent form');
    const a = addAttachment(v, bytes, { caseId, fileName: 'consent.pdf', mediaType: 'application/pdf', description: 'Signed by the mother' });
    expect(a.view).toBe('pdf');
    readAttachment(v, a.id, { purpose: 'export' });
    v.call('attachments.update', { id: a.id, fileName: 'consent-2025.pdf', confidential: true });
    const opened = v.call('attachments.open', { id: a.id, purpose: 'view' });
    expect(v.call('attachments.delete', { id: a.id })).toEqual({ id: a.id });

    const entries = auditFor(v, a.id).map((e) => ({ action: e.action, changes: JSON.parse(e.changes ?? '{}') as Record<string, unknown> }));
    expect(entries.map((e) => e.action)).toEqual(['attachments.finish', 'attachments.open', 'attachments.update', 'attachments.open', 'attachments.delete']);
    expect(entries[0]?.changes).toMatchObject({ fileName: 'consent.pdf', size: bytes.length, sha256: sha256(bytes), caseId, subjectKind: 'case', subjectId: null });
    expect(entries[1]?.changes).toMatchObject({ purpose: 'export', sha256: sha256(bytes), size: bytes.length });
    expect(entries[2]?.changes).toEqual({ fileName: ['consent.pdf', 'consent-2025.pdf'], confidential: [false, true] });
    expect(entries[4]?.changes).toMatchObject({ fileName: 'consent-2025.pdf', size: bytes.length, sha256: sha256(bytes) });
    // The description never reaches the log.
    expect(JSON.stringify(entries)).not.toContain('mother');

    expect(chunkCount(a.id)).toBe(0);
    expect(v.sqlite.prepare('SELECT file_name, size, sha256, deleted_at IS NOT NULL AS deleted FROM attachments WHERE id = ?').get(a.id)).toEqual({
      file_name: 'consent-2025.pdf',
      size: bytes.length,
      sha256: sha256(bytes),
      deleted: 1,
    });
    expect(v.call('attachments.list', { caseId })).toEqual([]);
    expect(failure(() => v.call('attachments.open', { id: a.id, purpose: 'view' })).details).toMatchObject({ reason: 'attachment_not_found' });
    // An opening from before the deletion reads nothing any more.
    expect(failure(() => v.call('attachments.read', { token: opened.token, seq: 0 })).details).toMatchObject({ reason: 'attachment_token_unknown' });
  });

  it('forgets every opening at lock, and refuses tokens it never gave', () => {
    const { caseId } = setUp();
    const a = addAttachment(v, Buffer.from('letter'), { caseId });
    const opened = v.call('attachments.open', { id: a.id, purpose: 'view' });
    expect(Buffer.from(v.call('attachments.read', { token: opened.token, seq: 0 }).data, 'base64').toString()).toBe('letter');
    expect(failure(() => v.call('attachments.read', { token: opened.token, seq: 1 })).details).toMatchObject({ reason: 'attachment_chunk_not_found' });
    expect(failure(() => v.call('attachments.read', { token: 'x'.repeat(32), seq: 0 })).details).toMatchObject({ reason: 'attachment_token_unknown' });
    v.call('session.lock', {});
    v.signInAsAdmin();
    expect(failure(() => v.call('attachments.read', { token: opened.token, seq: 0 })).details).toMatchObject({ reason: 'attachment_token_unknown' });
  });
});

describe('openings held in memory', () => {
  it('keeps the newest eight openings and the newest two stripped copies', () => {
    const { caseId } = setUp();
    const a = addAttachment(v, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), { caseId, fileName: 'empty.png' });
    const copies = Array.from({ length: 3 }, () => v.call('attachments.open', { id: a.id, purpose: 'export', stripMetadata: true }));
    expect(copies.every((c) => c.stripped)).toBe(true);
    const readable = (token: string) => v.result('attachments.read', { token, seq: 0 }).ok;
    expect(copies.map((c) => readable(c.token))).toEqual([false, true, true]);
    const views = Array.from({ length: 8 }, () => v.call('attachments.open', { id: a.id, purpose: 'view' }));
    expect([...copies, ...views].map((c) => readable(c.token))).toEqual([false, false, false, ...Array<boolean>(8).fill(true)]);
  });
});

describe('the chunk schema', () => {
  it('takes base64 with at most two padding characters at the end, and nothing else', () => {
    const { caseId } = setUp();
    const { id } = begin(caseId, Buffer.from('abcd'));
    for (const data of ['ab=c', 'YWJj===', 'YW Jj', 'YWJj\n', '=YWJ', 'YWJjZA=A']) {
      expect(failure(() => v.call('attachments.chunk', { id, seq: 0, data })).details).toMatchObject({ reason: 'invalid_fields' });
    }
    expect(v.call('attachments.chunk', { id, seq: 0, data: 'YWJjZA==' })).toEqual({ received: 4 });
  });
});
