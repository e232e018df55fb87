// documents.dossier: one PDF of a case for printing or sending on, made from what the caller may
// see on the case file. Audited with the case and the inclusions chosen, never with the content.
import type { ServiceContext } from '../../backend/context';
import { ServiceError } from '../../backend/errors';
import type { HandlersFor } from '../../backend/handler-map';
import type { DocumentLanguage, documentsApi } from '../../contract/documents';
import { caseSection, contactsSection, detentionSection, personSection, type DossierContext } from './dossier-case';
import { loadDossier, type DossierInclusions } from './dossier-data';
import { advocacySection, attachmentsSection, sentencesSection, timelineSection, wgadSection } from './dossier-history';
import { DOSSIER_WORDS } from './dossier-words';
import { remark, renderPdf, type PdfNode, type RenderedPdf } from './pdf';

export interface Dossier extends RenderedPdf {
  reference: string | null;
}

/** The dossier of one case as a PDF; refuses inclusions staff may not make. */
export function makeDossier(ctx: ServiceContext, caseId: string, language: DocumentLanguage, include: DossierInclusions): Dossier {
  const staff = ctx.user.role === 'staff';
  if (staff && (include.confidentialFields || include.contacts)) {
    throw new ServiceError('FORBIDDEN', 'Staff cannot include confidential fields or contacts in a dossier.', { reason: 'dossier_inclusion_not_allowed' });
  }
  const data = loadDossier(ctx, caseId, include);
  const dc: DossierContext = { language, include, staff };
  const w = DOSSIER_WORDS[language];
  const content: PdfNode[] = [
    ...(include.confidentialFields ? [] : [remark(w.leftOut.confidentialFields)]),
    ...caseSection(data, dc),
    ...personSection(data, dc),
    ...contactsSection(data, dc),
    ...detentionSection(data, dc),
    ...sentencesSection(data, dc),
    ...advocacySection(data, dc),
    ...wgadSection(data, dc),
    ...timelineSection(data, dc),
    ...attachmentsSection(data, dc),
  ];
  const pdf = renderPdf({ language, title: w.title, generatedOn: ctx.today(), reference: data.reference, content });
  return { ...pdf, reference: data.reference };
}

export const documentsHandlers: HandlersFor<typeof documentsApi> = {
  'documents.dossier': (ctx, input) => {
    const include = { confidentialFields: input.include.confidentialFields ?? false, contacts: input.include.contacts ?? false };
    const dossier = makeDossier(ctx, input.caseId, input.language, include);
    ctx.audit({
      action: 'dossier.export',
      tableName: 'cases',
      recordId: input.caseId,
      changes: { language: input.language, confidentialFields: include.confidentialFields, contacts: include.contacts, pages: dossier.pages },
    });
    // The file name carries the case reference (or the start of its id) and the date, never a name.
    const fileName = `dossier-${dossier.reference ?? input.caseId.slice(0, 8)}-${ctx.today()}.pdf`;
    return { fileName, mediaType: 'application/pdf', data: dossier.data.toString('base64'), pages: dossier.pages };
  },
};
