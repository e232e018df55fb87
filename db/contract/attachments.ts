// Contract slice: files kept with a case (verdicts, indictments, consent forms, letters, photos).
// The bytes cross the boundary in base64 chunks of at most ATTACHMENT_CHUNK_BYTES and are stored
// inside the encrypted database (db/schema/attachments.ts); nothing of a file is written elsewhere.
// Adding checks the SHA-256 the window computed against the bytes received and records both in the
// audit log; opening or exporting one is audited too.
import { z } from 'zod';

import { ATTACHMENT_SUBJECTS, type AttachmentSubject } from '../../shared/vocabulary';
import { ALL_ROLES, id, method, type Role } from './core';

/** Largest file accepted: 200 MiB. */
export const ATTACHMENT_MAX_BYTES = 200 * 1024 * 1024;
/** Bytes per chunk on the way in and out (before base64). */
export const ATTACHMENT_CHUNK_BYTES = 4 * 1024 * 1024;

/** Who adds, changes and deletes attachments; staff only read the non-confidential ones. */
export const ATTACHMENT_EDITORS: readonly Role[] = ['caseworker', 'supervisor', 'administrator'];

/** What the app can show itself, from memory; anything else is exported on purpose only. */
export type AttachmentView = 'pdf' | 'image' | null;

export interface Attachment {
  id: string;
  caseId: string;
  subjectKind: AttachmentSubject;
  subjectId: string | null;
  fileName: string;
  mediaType: string;
  size: number;
  /** Lower-case hex SHA-256 of the bytes as received. */
  sha256: string;
  confidential: boolean;
  description: string | null;
  addedBy: string | null;
  addedByName: string | null;
  /** ISO timestamp of intake. */
  addedAt: string;
  view: AttachmentView;
  /**
   * True when the caller may not read the name of the case's (confidential) person: the file name
   * and description, which could name them, are then replaced by a neutral name and null.
   */
  nameWithheld?: boolean;
}

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'Not a SHA-256');
/**
 * Base64 letters with at most two '=' at the end. Checked with a search for a stray character
 * rather than one anchored pattern over the whole string: on a 5.6 million character chunk it is
 * several times faster, and accepts exactly the same strings.
 */
function isBase64(text: string): boolean {
  if (/[^A-Za-z0-9+/=]/.test(text)) return false;
  const padding = text.indexOf('=');
  return padding === -1 || (text.length - padding <= 2 && text.endsWith('='.repeat(text.length - padding)));
}
const base64 = z.string().max(Math.ceil(ATTACHMENT_CHUNK_BYTES / 3) * 4 + 4).refine(isBase64, 'Not base64');

export const attachmentsApi = {
  /** A case's attachments (or those of one record on it), newest first; staff get only non-confidential ones. */
  'attachments.list': method<Attachment[]>()({
    input: z.object({ caseId: id, subjectKind: z.enum(ATTACHMENT_SUBJECTS).optional(), subjectId: id.optional() }),
    access: ALL_ROLES,
    effect: 'read',
  }),
  /** Starts receiving a file: checks the case and record, the size limit and the name; returns its id. */
  'attachments.begin': method<{ id: string; chunkBytes: number }>()({
    input: z.object({
      caseId: id,
      subjectKind: z.enum(ATTACHMENT_SUBJECTS),
      subjectId: id.nullable(),
      fileName: z.string().trim().min(1).max(255),
      mediaType: z.string().trim().max(255),
      size: z.number().int().min(0).max(ATTACHMENT_MAX_BYTES),
      sha256,
      confidential: z.boolean(),
      description: z.string().trim().max(2000).optional(),
    }),
    access: ATTACHMENT_EDITORS,
    effect: 'write',
    unaudited: true,
  }),
  /** One chunk of a file being received, in order from seq 0. */
  'attachments.chunk': method<{ received: number }>()({
    input: z.object({ id, seq: z.number().int().min(0), data: base64 }),
    access: ATTACHMENT_EDITORS,
    effect: 'write',
    unaudited: true,
  }),
  /** Ends receiving: the bytes must add up to the size and hash given at begin; audited with both. */
  // Outside one transaction: a refused file's partial bytes are dropped for good, not rolled back.
  'attachments.finish': method<Attachment>()({ input: z.object({ id }), access: ATTACHMENT_EDITORS, effect: 'write', transaction: false }),
  /** Drops a file still being received. */
  'attachments.cancel': method<{ cancelled: boolean }>()({ input: z.object({ id }), access: ATTACHMENT_EDITORS, effect: 'write', unaudited: true }),
  /**
   * Opens a stored file to view or export it (audited). With stripMetadata, an export gets a copy
   * without EXIF (JPEG, PNG) or document metadata (PDF author, title, producer, XMP); its size and
   * hash are then those of the copy. The token reads the bytes with attachments.read for this session.
   */
  'attachments.open': method<{ token: string; size: number; sha256: string; mediaType: string; fileName: string; chunkBytes: number; stripped: boolean }>()({
    input: z.object({ id, purpose: z.enum(['view', 'export']), stripMetadata: z.boolean().optional() }),
    access: ALL_ROLES,
    effect: 'write',
  }),
  /** One chunk of an opened file (base64). */
  'attachments.read': method<{ data: string }>()({
    input: z.object({ token: z.string().min(16).max(128), seq: z.number().int().min(0) }),
    access: ALL_ROLES,
    effect: 'read',
  }),
  'attachments.update': method<Attachment>()({
    input: z.object({
      id,
      fileName: z.string().trim().min(1).max(255).optional(),
      confidential: z.boolean().optional(),
      description: z.string().trim().max(2000).nullable().optional(),
    }),
    access: ATTACHMENT_EDITORS,
    effect: 'write',
  }),
  /** Deletes a file: its bytes are removed, its record (name, size, hash) stays for the log. */
  'attachments.delete': method<{ id: string }>()({ input: z.object({ id }), access: ATTACHMENT_EDITORS, effect: 'write' }),
} as const;
