// Words for field errors in the current language. Client checks carry i18n keys (with optional
// "#name=value" parameters); the backend's field errors carry a reason code and parameters
// (details.issues), which are turned into the same keys. A reason the catalogue lacks (a newer
// backend) is shown with the backend's own message.
import { useTranslation } from 'react-i18next';

import type { ApiError, ErrorDetails, FieldIssue, FieldReason } from '../../../db/api';

/** A message key carrying its parameters, as react-hook-form keeps only one string per field. */
export function keyed(key: string, params: Record<string, string | number> = {}): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  return query === '' ? key : `${key}#${query}`;
}

/** A message key for "at most n characters", carrying the limit. */
export function tooLong(max: number): string {
  return keyed('intake:errors.tooLong', { max });
}

const REASON_KEYS: Partial<Record<FieldReason, string>> = {
  required: 'intake:errors.required',
  too_long: 'intake:errors.tooLong',
  partial_date: 'intake:errors.partialDate',
  full_date: 'intake:errors.fullDate',
  no_such_date: 'intake:errors.noSuchDate',
  future_date: 'intake:errors.future',
  country_code: 'intake:errors.countryCode',
  unknown_country: 'intake:errors.unknownCountry',
  decision_reason: 'intake:errors.reason',
  before_received: 'intake:errors.beforeReceived',
  inactive_user: 'intake:errors.inactiveUser',
};

function messageOf(issue: FieldIssue | undefined, english: string): string {
  const key = issue ? REASON_KEYS[issue.reason] : undefined;
  return key ? keyed(key, issue?.params) : english;
}

/** A backend error's field errors, path → message key (or the backend's message for an unknown reason). */
export function serverFieldMessages(error: ApiError): Record<string, string> {
  const details = error.details as ErrorDetails | undefined;
  const fields = details?.fields ?? {};
  return Object.fromEntries(Object.entries(fields).map(([path, english]) => [path, messageOf(details?.issues?.[path], english)]));
}

const NAMESPACES = ['intake:', 'referrals:', 'deadlines:'];

export function useFieldMessage(): (message: string | undefined) => string | undefined {
  const { t } = useTranslation();
  return (message) => {
    if (!message) return undefined;
    if (!NAMESPACES.some((ns) => message.startsWith(ns))) return message;
    const [key = message, query = ''] = message.split('#');
    return t(key, Object.fromEntries(new URLSearchParams(query)));
  };
}
