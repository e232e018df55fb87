// The plan's reasons and warnings in the UI's language, from the codes the backend sends with its
// English text. Field names come from the field labels, dates are formatted, raw cells quoted; a
// code the catalogue lacks (a newer backend) falls back to the English text.
import { useTranslation } from 'react-i18next';

import { IMPORT_FIELDS, type ImportConflict, type ImportField, type ImportNote, type ImportRowPlan } from '../../../../db/api';
import { showPartialDate } from '../../../../shared/partial-date';
import { fieldKind } from './importFields';

const isField = (value: string): value is ImportField => (IMPORT_FIELDS as readonly string[]).includes(value);

export interface PlanText {
  reason: (row: ImportRowPlan) => string;
  /** The row's warnings, translated, in order. */
  warnings: (row: ImportRowPlan) => string[];
  /** One note (a value review's warning), translated. */
  note: (n: ImportNote) => string;
  /** A merged row's conflict: which value stays current and where the other is kept. */
  conflict: (conflict: ImportConflict) => string;
}

export function usePlanText(): PlanText {
  const { t, i18n } = useTranslation('import');
  const { t: tv } = useTranslation('vocab');
  const quoted = (text: string) => t('plan.quoted', { text });
  const fieldName = (field: string) => (isField(field) ? t(`field.${field}`) : field);
  const date = (value: string | number | undefined) => showPartialDate(value === undefined ? null : String(value), i18n.language);
  // Only the params a message interpolates are rewritten; the others pass through as sent.
  const translate = (key: string, values: Record<string, string | number>, english: string) =>
    i18n.exists(`import:${key}`) ? t(key, values) : english;

  const reason = (row: ImportRowPlan) => {
    const p = row.reasonParams;
    const fields = typeof p.fields === 'string' ? p.fields.split(', ').map(fieldName).join(', ') : '';
    return translate(`plan.reason.${row.reasonCode}`, { ...p, fields }, row.reason);
  };

  const note = (n: ImportNote, english: string) => {
    const values = typeof n.params.values === 'string' ? n.params.values.split('; ').map(quoted).join(', ') : '';
    return translate(`plan.note.${n.code}`, {
      ...n.params,
      field: n.field ? fieldName(n.field) : '',
      raw: quoted(n.raw ?? ''),
      date: date(n.params.date),
      values,
      words: quoted(String(n.params.words ?? '')),
    }, english);
  };

  // Notes and warnings are parallel; an older backend without notes keeps its English warnings.
  const warnings = (row: ImportRowPlan) => row.warnings.map((english, i) => {
    const n = row.notes[i];
    return n ? note(n, english) : english;
  });

  const conflict = (c: ImportConflict) => {
    const variant = c.field === 'sentence' ? 'Sentence' : '';
    const kind = fieldKind(c.field);
    // A vocabulary value (a status, a case status) in words; a date formatted; anything else as stored.
    const shown = (v: string) => (kind.kind === 'vocab' && kind.values.includes(v) ? tv(`${kind.group}.${v}`) : kind.kind === 'date' ? date(v) : v);
    const value = (v: string) => quoted(shown(v));
    return t(`plan.conflict.${c.code}${variant}`, { field: fieldName(c.field), kept: value(c.kept), other: value(c.other) });
  };

  return { reason, warnings, note: (n) => note(n, n.code), conflict };
}
