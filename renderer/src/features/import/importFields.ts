// How each Habeas field is edited in the wizard: which controlled vocabulary it takes (a select),
// whether it is a country or a date (a dedicated control), or free text.
import { CASE_STATUSES, CONFIDENTIALITY, DETENTION_TYPES, IMPORT_STATUSES, PROFESSIONS, SEXES, type ImportField } from '../../../../db/api';

export type FieldKind = { kind: 'vocab'; group: string; values: readonly string[] } | { kind: 'country' } | { kind: 'date' } | { kind: 'text' };

const VOCABULARIES: Partial<Record<ImportField, { group: string; values: readonly string[] }>> = {
  sex: { group: 'sex', values: SEXES },
  professions: { group: 'profession', values: PROFESSIONS },
  confidentiality: { group: 'confidentiality', values: CONFIDENTIALITY },
  detentionType: { group: 'detentionType', values: DETENTION_TYPES },
  caseStatus: { group: 'caseStatus', values: CASE_STATUSES },
  status: { group: 'importStatus', values: IMPORT_STATUSES },
};

const DATES: readonly ImportField[] = ['birthDate', 'deathDate', 'detentionStart', 'observedOn'];

export function fieldKind(field: ImportField): FieldKind {
  const vocabulary = VOCABULARIES[field];
  if (vocabulary) return { kind: 'vocab', ...vocabulary };
  if (field === 'country' || field === 'citizenship') return { kind: 'country' };
  if (DATES.includes(field)) return { kind: 'date' };
  return { kind: 'text' };
}
