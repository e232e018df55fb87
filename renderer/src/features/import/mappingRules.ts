// The mapping step's rules: which fields every row needs (mapped from a column or fixed for the
// whole file), and the mapping as sent to the backend (fixed values only for unmapped fields).
import { IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../../../db/api';

/** Without these a row cannot become a case: the person's name and the case's country. */
export const REQUIRED_FIELDS: readonly ImportField[] = ['name', 'country'];

export function mappedFields(mapping: ImportMapping): Set<ImportField> {
  const fields = new Set<ImportField>();
  for (const field of Object.values(mapping.columns)) if (field !== 'ignore') fields.add(field);
  return fields;
}

function hasFixed(mapping: ImportMapping, field: ImportField): boolean {
  return (mapping.fixed[field] ?? '').trim() !== '';
}

/** Required fields neither mapped from a column nor given a fixed value. */
export function missingRequired(mapping: ImportMapping): ImportField[] {
  const mapped = mappedFields(mapping);
  return REQUIRED_FIELDS.filter((field) => !mapped.has(field) && !hasFixed(mapping, field));
}

/** Fields mapped from more than one column; the backend would have to pick one, so we ask. */
export function mappedTwice(mapping: ImportMapping): ImportField[] {
  const seen = new Map<ImportField, number>();
  for (const field of Object.values(mapping.columns)) if (field !== 'ignore') seen.set(field, (seen.get(field) ?? 0) + 1);
  // Only notes collect several columns (Category and Description both); the backend's guess agrees.
  const joinable: readonly ImportField[] = ['notes'];
  return IMPORT_FIELDS.filter((field) => (seen.get(field) ?? 0) > 1 && !joinable.includes(field));
}

/** The mapping for a call: columns of this file only, fixed values only where no column is mapped. */
export function mappingForCall(mapping: ImportMapping, headers: readonly string[]): ImportMapping {
  const columns: ImportMapping['columns'] = {};
  for (const header of headers) {
    const field = mapping.columns[header];
    if (field && field !== 'ignore') columns[header] = field;
  }
  const mapped = mappedFields({ columns, fixed: {} });
  const fixed: ImportMapping['fixed'] = {};
  for (const field of IMPORT_FIELDS) {
    const value = mapping.fixed[field]?.trim();
    if (value && !mapped.has(field)) fixed[field] = value;
  }
  return { columns, fixed };
}

/** A saved preset applied to this file: its columns where the headers match, its fixed values. */
export function applyPreset(current: ImportMapping, preset: ImportMapping, headers: readonly string[]): ImportMapping {
  const columns: ImportMapping['columns'] = {};
  for (const header of headers) columns[header] = preset.columns[header] ?? current.columns[header] ?? 'ignore';
  return { columns, fixed: { ...current.fixed, ...preset.fixed } };
}
