// What every case-file form shares: form-shaped field schemas (text in, contract values out),
// and putting a service's field errors beside the fields they name.
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import type { ApiError } from '../../../../../db/api';
import { partialDate as contractPartialDate, isoDate as contractIsoDate } from '../../../../../db/api';
import { isMessageKey, serverFieldMessages, useFieldMessage } from '../../../shared/fieldMessages';

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

/** A field error's words: the form's own keys (errors.*) and a service's reasons, both from the catalogues. */
export function useFieldError(): (message: string | undefined) => string | undefined {
  const { t } = useTranslation('case');
  const reasonText = useFieldMessage();
  return (message) => {
    if (message === undefined) return undefined;
    return isMessageKey(message) ? reasonText(message) : t(`errors.${message}`, { defaultValue: message });
  };
}

/**
 * Sets the service's field errors on the form by their reasons (paths map from contract names to
 * form names when they differ) and returns the error for the banner, worded by its own reason,
 * since some errors (an overlapping episode) name no single field.
 */
export function applyServerErrors<T extends FieldValues>(form: UseFormReturn<T>, error: ApiError, rename: Record<string, string> = {}): ApiError {
  const names = Object.keys(form.getValues());
  for (const [path, message] of Object.entries(serverFieldMessages(error))) {
    const name = rename[path] ?? path;
    if (names.includes(name.split('.')[0] ?? name)) form.setError(name as Path<T>, { type: 'server', message });
  }
  return error;
}
