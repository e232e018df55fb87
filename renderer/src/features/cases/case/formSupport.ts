// What every case-file form shares: form-shaped field schemas (text in, contract values out),
// and putting a service's field errors beside the fields they name.
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import type { ApiError } from '../../../../../db/api';
import { partialDate as contractPartialDate, isoDate as contractIsoDate } from '../../../../../db/api';

// Messages are keys of the case namespace (errors.*), translated where they are shown.
export const requiredText = z.string().trim().min(1, 'required');
export const optionalPartialDate = z.string().trim().refine((s) => s === '' || contractPartialDate.safeParse(s).success, 'partialDate');
export const requiredPartialDate = z.string().trim().min(1, 'required').refine((s) => contractPartialDate.safeParse(s).success, 'partialDate');
export const optionalFullDate = z.string().trim().refine((s) => s === '' || contractIsoDate.safeParse(s).success, 'fullDate');
export const requiredFullDate = z.string().trim().min(1, 'required').refine((s) => contractIsoDate.safeParse(s).success, 'fullDate');
export const wholeNumber = z.string().trim().refine((s) => /^\d{0,5}$/.test(s), 'wholeNumber');

/** '' → null, for optional text and dates. */
export const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());
/** '' → 0, for counts of years, months, days. */
export const toCount = (s: string): number => (s.trim() === '' ? 0 : Number(s));

/** A field error's words: a known key translated, a service's own message as it came. */
export function useFieldError(): (message: string | undefined) => string | undefined {
  const { t } = useTranslation('case');
  return (message) => (message === undefined ? undefined : t(`errors.${message}`, { defaultValue: message }));
}

/**
 * Sets the service's field errors on the form (paths map from contract names to form names when
 * they differ) and returns the error for the banner: the whole message stays visible too, since
 * some errors (an overlapping episode) name no single field.
 */
export function applyServerErrors<T extends FieldValues>(form: UseFormReturn<T>, error: ApiError, rename: Record<string, string> = {}): ApiError {
  const details = error.details as { fields?: Record<string, string> } | undefined;
  const fields = details?.fields ?? {};
  const names = Object.keys(form.getValues());
  for (const [path, message] of Object.entries(fields)) {
    const name = rename[path] ?? path;
    if (names.includes(name.split('.')[0] ?? name)) form.setError(name as Path<T>, { type: 'server', message });
  }
  return error;
}
