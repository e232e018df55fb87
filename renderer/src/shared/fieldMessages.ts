// Words for field errors in the current language. Client checks carry i18n keys (with optional
// "#name=value" parameters); the backend's field errors carry a reason code and parameters
// (details.issues), which are turned into the same keys. A field refused without a reason the
// catalogue knows (a newer backend) gets the generic "not accepted" words, never the backend's
// English.
import { useTranslation } from 'react-i18next';

import type { ApiError, ErrorDetails, FieldIssue, FieldReason } from '../../../db/api';
import { useReasonParams } from './reasonWords';

/** A message key carrying its parameters, as react-hook-form keeps only one string per field. */
export function keyed(key: string, params: Record<string, string | number> = {}): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  return query === '' ? key : `${key}#${query}`;
}

/** A message key for "at most n characters", carrying the limit. */
export function tooLong(max: number): string {
  return keyed('intake:errors.tooLong', { max });
}

const common = (reason: FieldReason): string => `common:fieldReasons.${reason}`;

/** The catalogue key of every field reason; the client's own checks share the intake ones. */
export const FIELD_REASON_KEYS: Record<FieldReason, string> = {
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
  no_such_user: common('no_such_user'),
  wrong_role: common('wrong_role'),
  no_active_user: common('no_active_user'),
  staff_assignee: common('staff_assignee'),
  before_opened: common('before_opened'),
  before_arrest: common('before_arrest'),
  required_with_release_reason: common('required_with_release_reason'),
  observation_before_arrest: common('observation_before_arrest'),
  observation_after_release: common('observation_after_release'),
  life_no_upper_term: common('life_no_upper_term'),
  shorter_than_range: common('shorter_than_range'),
  longer_than_term: common('longer_than_term'),
  other_episode: common('other_episode'),
  not_a_change: common('not_a_change'),
  out_of_order: common('out_of_order'),
  no_public_consent: common('no_public_consent'),
  not_wgad: common('not_wgad'),
  cannot_change: common('cannot_change'),
  supervisor_on_accept: common('supervisor_on_accept'),
  choose_person: common('choose_person'),
  choose_contact: common('choose_contact'),
  assign_someone: common('assign_someone'),
  article_number: common('article_number'),
  sentence_change_kind: common('sentence_change_kind'),
  sentence_changed: common('sentence_changed'),
  opinion_number: common('opinion_number'),
  opinion_year: common('opinion_year'),
  period_order: common('period_order'),
  name_taken: common('name_taken'),
  wrong_passphrase: common('wrong_passphrase'),
  invalid: common('invalid'),
};

/** One backend field refusal as a message key with its parameters. */
export function issueMessage(issue: FieldIssue | undefined): string {
  const key = issue ? (FIELD_REASON_KEYS[issue.reason] as string | undefined) : undefined;
  return key ? keyed(key, issue?.params) : FIELD_REASON_KEYS.invalid;
}

/** A backend error's field errors, path → message key (the generic one for a field without a known reason). */
export function serverFieldMessages(error: Pick<ApiError, 'details'>): Record<string, string> {
  const details = error.details as ErrorDetails | undefined;
  const paths = new Set([...Object.keys(details?.fields ?? {}), ...Object.keys(details?.issues ?? {})]);
  return Object.fromEntries([...paths].map((path) => [path, issueMessage(details?.issues?.[path])]));
}

const NAMESPACES = ['intake:', 'referrals:', 'deadlines:', 'common:'];

/** Whether a message is a catalogue key (with parameters) rather than words already made. */
export const isMessageKey = (message: string): boolean => NAMESPACES.some((ns) => message.startsWith(ns));

/** Translates a message key with its parameters (dates as people say them); other text as it is. */
export function useFieldMessage(): (message: string | undefined) => string | undefined {
  const { t } = useTranslation();
  const words = useReasonParams();
  return (message) => {
    if (!message) return undefined;
    if (!isMessageKey(message)) return message;
    const [key = message, query = ''] = message.split('#');
    return t(key, words(Object.fromEntries(new URLSearchParams(query))));
  };
}
