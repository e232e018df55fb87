// The decision dialogs' forms: their checks (messages are i18n keys) and how a backend field error
// finds its field; what cannot be placed is shown above the buttons instead.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { z } from 'zod';

import { isoDate, type ApiError } from '../../../../db/api';
import { localToday } from '../../shared/formDates';
import { serverFieldMessages, tooLong } from '../../shared/fieldMessages';

const decidedOn = z.string().superRefine((v, ctx) => {
  if (!isoDate.safeParse(v).success) ctx.addIssue({ code: 'custom', message: v === '' ? 'intake:errors.required' : 'intake:errors.fullDate' });
  else if (v > localToday()) ctx.addIssue({ code: 'custom', message: 'intake:errors.future' });
});

export const acceptSchema = z.object({
  caseworkerId: z.string().refine((v) => v !== '', 'referrals:errors.caseworker'),
  supervisorId: z.string(),
  decidedOn,
});
export type AcceptValues = z.input<typeof acceptSchema>;

export const closeSchema = z.object({
  reason: z
    .string()
    .max(5000, tooLong(5000))
    .refine((v) => v.trim() !== '', 'intake:errors.reason'),
  decidedOn,
});
export type CloseValues = z.input<typeof closeSchema>;

/**
 * Puts the backend's field errors on the form's fields; returns the error when something is left
 * to show above the buttons (always, unless every message found its field).
 */
export function placeDecisionErrors<T extends FieldValues>(error: ApiError, fields: readonly Path<T>[], setError: UseFormSetError<T>): ApiError | null {
  const messages = Object.entries(serverFieldMessages(error));
  let placed = 0;
  for (const [path, message] of messages) {
    const field = fields.find((f) => f === path);
    if (field) {
      setError(field, { type: 'server', message });
      placed++;
    }
  }
  return messages.length > 0 && placed === messages.length ? null : error;
}
