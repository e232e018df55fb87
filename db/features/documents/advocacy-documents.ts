// The advocacy documents made from a case: the WGAD communication, the follow-up letter to the
// government and the urgent-appeal summary, each from its template (an administrator's override or
// the default) through one document model into DOCX or PDF; recording one as sent starts its
// advocacy action through the advocacy service, so its deadlines and reminders follow.
import type { ServiceContext } from '../../backend/context';
import { invalid } from '../../backend/errors';
import type { AsyncHandlersFor } from '../../backend/handler-map';
import type { AdvocacyAction } from '../../contract/advocacy';
import type { AdvocacyDocumentKind, advocacyDocumentsApi, DocumentLanguage } from '../../contract/advocacy-documents';
import type { AdvocacyType } from '../../../shared/vocabulary';
import { advocacyHandlers } from '../advocacy/advocacy';
import { advocacyFacts } from './advocacy-facts';
import { advocacyView } from './advocacy-view';
import { fillTemplate, parseDocument, templateProblem } from './document-model';
import { docxOf } from './docx-writer';
import { pdfOf } from './pdf-writer';
import { currentTemplate, defaultTemplate, removeTemplate, TEMPLATE_PLACEHOLDERS, writeTemplate } from './template-store';
import { ADVOCACY_DOCUMENT_KINDS, DOCUMENT_LANGUAGES } from '../../contract/advocacy-documents';

type Methods = typeof advocacyDocumentsApi;

const MEDIA_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

const FILE_STEMS: Record<AdvocacyDocumentKind, string> = {
  wgad_communication: 'wgad-communication',
  follow_up_letter: 'follow-up-letter',
  urgent_appeal: 'urgent-appeal-summary',
};

/** The advocacy action each document starts. */
const ACTION_TYPES: Record<AdvocacyDocumentKind, AdvocacyType> = {
  wgad_communication: 'wgad_petition',
  follow_up_letter: 'letter_to_government',
  urgent_appeal: 'wgad_urgent_appeal',
};

function filledDocument(ctx: ServiceContext, caseId: string, kind: AdvocacyDocumentKind, language: DocumentLanguage) {
  const facts = advocacyFacts(ctx, caseId);
  const { view, missing } = advocacyView(facts, kind, language, ctx.today());
  const template = currentTemplate(ctx.vaultFiles.dir, kind, language).text;
  // An override broken by hand in an editor: fall back to the default rather than fail the export.
  const usable = templateProblem(template) === null ? template : defaultTemplate(kind, language);
  return { facts, missing, model: parseDocument(fillTemplate(usable, view)) };
}

function templateInfo(ctx: ServiceContext, kind: AdvocacyDocumentKind, language: DocumentLanguage) {
  return { kind, language, overridden: currentTemplate(ctx.vaultFiles.dir, kind, language).overridden };
}

/** Records the document as sent. A planned WGAD petition not yet submitted is the one it submits. */
function recordSubmission(ctx: ServiceContext, caseId: string, kind: AdvocacyDocumentKind, date: string): AdvocacyAction {
  const type = ACTION_TYPES[kind];
  const facts = advocacyFacts(ctx, caseId);
  if (kind === 'wgad_communication') {
    const open = advocacyHandlers['advocacy.list'](ctx, { caseId }).filter((a) => a.type === 'wgad_petition' && a.wgad !== null && a.wgad.submittedOn === null);
    const draft = open.at(-1);
    if (draft) {
      return advocacyHandlers['advocacy.update'](ctx, { id: draft.id, status: 'submitted', wgad: { submittedOn: date } });
    }
  }
  const government = facts.country === null ? null : `Government of ${facts.country.nameEn}`;
  return advocacyHandlers['advocacy.create'](ctx, {
    caseId,
    type,
    date,
    status: 'submitted',
    public: false,
    target: kind === 'follow_up_letter' ? government : 'UN Working Group on Arbitrary Detention',
    ...(type === 'wgad_petition' || type === 'wgad_urgent_appeal'
      ? { wgad: { submittedOn: date, ...(facts.petition && type === 'wgad_petition' ? { categories: facts.petition.categories, categoryFacts: facts.petition.categoryFacts } : {}) } }
      : {}),
  });
}

export const advocacyDocumentHandlers: AsyncHandlersFor<Methods> = {
  'documents.advocacyChecklist': (ctx, input) => {
    const { missing } = advocacyView(advocacyFacts(ctx, input.caseId), input.kind, 'en', ctx.today());
    return { missing };
  },

  'documents.advocacyPack': async (ctx, input) => {
    const { facts, missing, model } = filledDocument(ctx, input.caseId, input.kind, input.language);
    ctx.audit({
      action: 'document.export',
      tableName: 'cases',
      recordId: input.caseId,
      changes: { document: input.kind, language: input.language, format: input.format, missing: missing.length },
    });
    const bytes = input.format === 'docx' ? await docxOf(model, input.language) : pdfOf(model, input.language, ctx.today(), facts.reference);
    const name = `${FILE_STEMS[input.kind]}-${facts.reference ?? input.caseId.slice(-8)}-${input.language}.${input.format}`;
    return { fileName: name, mediaType: MEDIA_TYPES[input.format], data: bytes.toString('base64'), missing };
  },

  'documents.recordSubmission': (ctx, input) => recordSubmission(ctx, input.caseId, input.kind, input.date),

  'templates.list': (ctx) => ADVOCACY_DOCUMENT_KINDS.flatMap((kind) => DOCUMENT_LANGUAGES.map((language) => templateInfo(ctx, kind, language))),

  'templates.get': (ctx, input) => {
    const { text, overridden } = currentTemplate(ctx.vaultFiles.dir, input.kind, input.language);
    return { kind: input.kind, language: input.language, overridden, text, defaultText: defaultTemplate(input.kind, input.language), placeholders: [...TEMPLATE_PLACEHOLDERS] };
  },

  'templates.save': (ctx, input) => {
    if (templateProblem(input.text) !== null) {
      throw invalid('The template could not be read: a section or placeholder is not closed. The previous template is kept.', {
        reason: 'template_malformed',
      });
    }
    ctx.audit({ action: 'template.save', changes: { template: input.kind, language: input.language, characters: input.text.length } });
    writeTemplate(ctx.vaultFiles.dir, input.kind, input.language, input.text);
    return templateInfo(ctx, input.kind, input.language);
  },

  'templates.reset': (ctx, input) => {
    ctx.audit({ action: 'template.reset', changes: { template: input.kind, language: input.language } });
    removeTemplate(ctx.vaultFiles.dir, input.kind, input.language);
    return templateInfo(ctx, input.kind, input.language);
  },
};
