// Contract slice: documents made from a case as PDF files (db/features/documents/). Each is
// audited: which case and which optional parts were included, never what the document says.
import { z } from 'zod';

import { ALL_ROLES, id, method } from './core';

export const DOCUMENT_LANGUAGES = ['en', 'ru'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

/** A PDF made by the backend, for the window to save (renderer/src/shared/download.ts). */
export interface PdfFile {
  fileName: string;
  mediaType: 'application/pdf';
  /** The PDF's bytes in base64. */
  data: string;
  pages: number;
}

export const documentsApi = {
  /**
   * One PDF of a case: the person, detention, charges, court events, sentences, advocacy and WGAD,
   * the timeline and the list of attachments. Confidential fields (person notes, confidential case
   * events, the referral source) and contacts are left out unless chosen; staff may choose neither
   * (FORBIDDEN, dossier_inclusion_not_allowed).
   */
  'documents.dossier': method<PdfFile>()({
    input: z.object({
      caseId: id,
      language: z.enum(DOCUMENT_LANGUAGES),
      include: z.object({ confidentialFields: z.boolean().optional(), contacts: z.boolean().optional() }).default({}),
    }),
    access: ALL_ROLES,
    effect: 'write',
  }),
} as const;
