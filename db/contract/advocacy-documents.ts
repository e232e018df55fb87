// Contract slice: the advocacy documents made from a case (the WGAD communication following the
// Working Group's model questionnaire, the follow-up letter to the government, the urgent-appeal
// summary), recording one as the advocacy action it starts, and the templates behind them.
// Staff may not make them: they are drafts of casework, sent by the case's own people.
import { z } from 'zod';

import { id, isoDate, method, type Role } from './core';
import type { AdvocacyAction } from './advocacy';
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from './documents';

export { DOCUMENT_LANGUAGES, type DocumentLanguage };

export const ADVOCACY_DOCUMENT_KINDS = ['wgad_communication', 'follow_up_letter', 'urgent_appeal'] as const;
export type AdvocacyDocumentKind = (typeof ADVOCACY_DOCUMENT_KINDS)[number];

export const DOCUMENT_FORMATS = ['docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** Checklist codes: questionnaire fields the case does not hold. The renderer words them. */
export const MISSING_FIELDS = [
  'person.sex',
  'person.birthDate',
  'person.nationality',
  'person.identityDocument',
  'person.profession',
  'person.address',
  'arrest.date',
  'arrest.place',
  'arrest.forces',
  'arrest.warrant',
  'arrest.warrantIssuer',
  'arrest.reasons',
  'charges',
  'detention.places',
  'detention.orderedBy',
  'detention.reasons',
  'categories',
  'category.I',
  'category.II',
  'category.III',
  'category.IV',
  'category.V',
  'remedies',
  'source',
  'consent',
  'circumstances',
  'risks',
] as const;
export type MissingField = (typeof MISSING_FIELDS)[number];

export interface AdvocacyDocumentFile {
  fileName: string;
  mediaType: string;
  /** The file's bytes, base64. */
  data: string;
  missing: MissingField[];
}

export interface AdvocacyChecklist {
  missing: MissingField[];
}

export interface DocumentTemplateInfo {
  kind: AdvocacyDocumentKind;
  language: DocumentLanguage;
  /** An administrator's file in the vault's templates folder replaces the shipped default. */
  overridden: boolean;
}

export interface DocumentTemplate extends DocumentTemplateInfo {
  text: string;
  defaultText: string;
  /** The placeholders the template may use, e.g. "person.name", "#charges". */
  placeholders: string[];
}

export const DOCUMENT_ROLES: readonly Role[] = ['caseworker', 'supervisor', 'administrator'];

const kind = z.enum(ADVOCACY_DOCUMENT_KINDS);
const language = z.enum(DOCUMENT_LANGUAGES);
const templateKey = z.object({ kind, language });

export const advocacyDocumentsApi = {
  /** What the case still lacks for this document, as checklist codes. */
  'documents.advocacyChecklist': method<AdvocacyChecklist>()({
    input: z.object({ caseId: id, kind }),
    access: DOCUMENT_ROLES,
    effect: 'read',
  }),
  /** Makes the document; audited with the case, kind, language and format, never its content. */
  'documents.advocacyPack': method<AdvocacyDocumentFile>()({
    input: z.object({ caseId: id, kind, language, format: z.enum(DOCUMENT_FORMATS) }),
    access: DOCUMENT_ROLES,
    effect: 'write',
    // Laid out asynchronously after the reads and the audit entry (which commits on its own).
    transaction: false,
  }),
  /**
   * Records the document as sent: the advocacy action it starts (a WGAD petition with its submission
   * date, a letter to the government, an urgent appeal), through the advocacy service.
   */
  'documents.recordSubmission': method<AdvocacyAction>()({
    input: z.object({ caseId: id, kind, date: isoDate }),
    access: DOCUMENT_ROLES,
    effect: 'write',
  }),
  'templates.list': method<DocumentTemplateInfo[]>()({ input: z.object({}), access: ['administrator'], effect: 'read' }),
  'templates.get': method<DocumentTemplate>()({ input: templateKey, access: ['administrator'], effect: 'read' }),
  /** Refused with reason template_malformed when Mustache cannot parse the text; the old file stays. */
  'templates.save': method<DocumentTemplateInfo>()({
    input: templateKey.extend({ text: z.string().min(1, 'Required').max(200_000, 'At most 200000 characters') }),
    access: ['administrator'],
    effect: 'write',
  }),
  'templates.reset': method<DocumentTemplateInfo>()({ input: templateKey, access: ['administrator'], effect: 'write' }),
} as const;
