// Words for the reasons the backend gives: details.reason of an error (ERROR_REASONS) and
// details.issues per field (FIELD_REASONS), from the common catalogue (errorReasons.*,
// fieldReasons.*), with their parameters in the reader's language (dates, statuses, roles). A
// reason the catalogue lacks falls back to the generic words of the error's code, never to the
// backend's English message.
import { useTranslation } from 'react-i18next';

import type { ErrorCode, FieldIssue } from '../../../db/api';
import { useVocabLabel } from '../i18n/vocab';
import { useDateFormat } from './dates';

/** What a screen needs of an error to word it: its code and its details. */
export interface ReasonedError {
  code: ErrorCode;
  details?: unknown;
}

type Params = Record<string, string | number>;

const isDateParam = (name: string): boolean => name === 'date' || /(Date|On)$/.test(name);

/** Parameters as words: dates as people say them, statuses and roles from the vocabularies. */
export function useReasonParams(): (params: Params | undefined) => Record<string, string> {
  const dates = useDateFormat();
  const vocab = useVocabLabel();
  return (params) =>
    Object.fromEntries(
      Object.entries(params ?? {}).map(([name, value]) => {
        const text = String(value);
        if (isDateParam(name)) return [name, dates.partial(text)];
        if (name === 'status') return [name, vocab('referralStatus', text)];
        if (name === 'role') return [name, vocab('role', text)];
        return [name, text];
      }),
    );
}

function detailsOf(error: ReasonedError): { reason?: unknown; params?: unknown } {
  return typeof error.details === 'object' && error.details !== null ? error.details : {};
}

/** The error's reason, when it gave one. */
export function reasonOf(error: ReasonedError): string | null {
  const { reason } = detailsOf(error);
  return typeof reason === 'string' ? reason : null;
}

function paramsOf(error: ReasonedError): Params {
  const { params } = detailsOf(error);
  if (typeof params !== 'object' || params === null) return {};
  return Object.fromEntries(Object.entries(params).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'));
}

/** An error in words: the catalogue's text for its reason, else the generic text for its code. */
export function useReasonText(): (error: ReasonedError) => string {
  const { t, i18n } = useTranslation('common');
  const words = useReasonParams();
  return (error) => {
    const reason = reasonOf(error);
    if (reason !== null && i18n.exists(`common:errorReasons.${reason}`)) return t(`errorReasons.${reason}`, words(paramsOf(error)));
    return t(`errors.${error.code}`);
  };
}

/** One field's refusal in words: the catalogue's text for its reason, else a generic "not accepted". */
export function useFieldReasonText(): (issue: FieldIssue | undefined) => string {
  const { t, i18n } = useTranslation('common');
  const words = useReasonParams();
  return (issue) => {
    if (issue && i18n.exists(`common:fieldReasons.${issue.reason}`)) return t(`fieldReasons.${issue.reason}`, words(issue.params));
    return t('fieldReasons.invalid');
  };
}
