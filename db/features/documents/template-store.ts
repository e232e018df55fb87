// The advocacy documents' templates: the defaults shipped in the build, and an administrator's
// overrides as plain files in the vault's templates folder (<vault>/templates/wgad-communication.ru.md),
// readable with any editor. Templates hold no case data, so they are not encrypted; they are
// written atomically, owner-only.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import type { AdvocacyDocumentKind, DocumentLanguage } from '../../contract/advocacy-documents';
import { writeFileAtomically } from '../../vault/atomic-file';
import followUpEn from './templates/follow-up-letter.en';
import followUpRu from './templates/follow-up-letter.ru';
import urgentEn from './templates/urgent-appeal.en';
import urgentRu from './templates/urgent-appeal.ru';
import wgadEn from './templates/wgad-communication.en';
import wgadRu from './templates/wgad-communication.ru';

const DEFAULTS: Record<AdvocacyDocumentKind, Record<DocumentLanguage, string>> = {
  wgad_communication: { en: wgadEn, ru: wgadRu },
  follow_up_letter: { en: followUpEn, ru: followUpRu },
  urgent_appeal: { en: urgentEn, ru: urgentRu },
};

const FILE_STEMS: Record<AdvocacyDocumentKind, string> = {
  wgad_communication: 'wgad-communication',
  follow_up_letter: 'follow-up-letter',
  urgent_appeal: 'urgent-appeal',
};

export function defaultTemplate(kind: AdvocacyDocumentKind, language: DocumentLanguage): string {
  return DEFAULTS[kind][language];
}

export function templatesFolder(vaultDir: string): string {
  return join(vaultDir, 'templates');
}

export function templateFile(vaultDir: string, kind: AdvocacyDocumentKind, language: DocumentLanguage): string {
  return join(templatesFolder(vaultDir), `${FILE_STEMS[kind]}.${language}.md`);
}

/** The override when there is one, else the default. */
export function currentTemplate(vaultDir: string, kind: AdvocacyDocumentKind, language: DocumentLanguage): { text: string; overridden: boolean } {
  const file = templateFile(vaultDir, kind, language);
  if (existsSync(file)) return { text: readFileSync(file, 'utf8'), overridden: true };
  return { text: defaultTemplate(kind, language), overridden: false };
}

export function writeTemplate(vaultDir: string, kind: AdvocacyDocumentKind, language: DocumentLanguage, text: string): void {
  mkdirSync(templatesFolder(vaultDir), { recursive: true, mode: 0o700 });
  writeFileAtomically(templateFile(vaultDir, kind, language), text);
}

export function removeTemplate(vaultDir: string, kind: AdvocacyDocumentKind, language: DocumentLanguage): void {
  rmSync(templateFile(vaultDir, kind, language), { force: true });
}

/** The placeholders a template may use, for the administrator's reference. */
export const TEMPLATE_PLACEHOLDERS: readonly string[] = [
  'today',
  '#hasMissing … /hasMissing',
  '#missing … /missing: code, label',
  'person.name',
  'person.otherNames',
  'person.sex',
  'person.birthDate',
  'person.nationality',
  'person.identityDocument',
  'person.profession',
  'person.address',
  'country',
  'government',
  'arrest.date',
  'arrest.place',
  'arrest.forces',
  'arrest.warrant',
  'arrest.warrantIssuer',
  'arrest.reasons',
  'arrest.legalBasis',
  '#charges … /charges: code, article, text',
  'detention.date',
  'detention.duration',
  'detention.forces',
  'detention.places',
  'detention.type',
  'detention.orderedBy',
  'detention.reasons',
  'detention.legalBasis',
  'circumstances',
  '#categories … /categories: numeral, title, facts',
  'categoriesMissing',
  '#remedies … /remedies: kind, date, court, outcome',
  'remediesMissing',
  'source.text',
  '#source.withheld … /source.withheld',
  'consent',
  '#opinion … /opinion: number, adoptedOn',
  '#risks … /risks: date, title, body',
  'risksMissing',
];
