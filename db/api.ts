// The contract between the window and the backend: every method with its input schema, output
// type, the roles allowed to call it and whether it writes. The renderer imports only this file
// from db/; the preload, the IPC gate, the worker and the CLI all follow from it.
import type { z } from 'zod';

import { advocacyApi } from './contract/advocacy';
import { advocacyDocumentsApi } from './contract/advocacy-documents';
import { attachmentsApi } from './contract/attachments';
import { adminApi } from './contract/admin';
import { appealWindowsApi } from './contract/appeal-windows';
import { backupsApi } from './contract/backups';
import { caseEventsApi } from './contract/case-events';
import { casesApi } from './contract/cases';
import type { MethodDef, Result } from './contract/core';
import { detentionApi } from './contract/detention';
import { documentsApi } from './contract/documents';
import { draftsApi } from './contract/drafts';
import { erasureApi } from './contract/erasure';
import { grantsApi } from './contract/grants';
import { importsApi } from './contract/imports';
import { overviewApi } from './contract/overview';
import { peopleApi } from './contract/people';
import { preferencesApi } from './contract/preferences';
import { referralsApi } from './contract/referrals';
import { reportsApi } from './contract/reports';
import { reviewApi } from './contract/review';
import { searchApi } from './contract/search';
import { vaultApi } from './contract/vault';
import { sessionApi } from './contract/session';
import { tasksApi } from './contract/tasks';
import { timelineApi } from './contract/timeline';
import { usersApi } from './contract/users';

export const api = {
  ...sessionApi,
  ...usersApi,
  ...adminApi,
  ...appealWindowsApi,
  ...backupsApi,
  ...erasureApi,
  ...peopleApi,
  ...referralsApi,
  ...casesApi,
  ...grantsApi,
  ...detentionApi,
  ...advocacyApi,
  ...advocacyDocumentsApi,
  ...caseEventsApi,
  ...attachmentsApi,
  ...tasksApi,
  ...timelineApi,
  ...reviewApi,
  ...vaultApi,
  ...draftsApi,
  ...preferencesApi,
  ...reportsApi,
  ...documentsApi,
  ...searchApi,
  ...importsApi,
  ...overviewApi,
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
export type Input<M extends MethodName> = z.input<Api[M]['input']>;
export type Output<M extends MethodName> = Api[M] extends MethodDef<z.ZodType, infer O> ? O : never;
export type CallResult<M extends MethodName> = Result<Output<M>>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);
}

export * from './contract/core';
export { WGAD_TYPES } from './contract/advocacy';
export { ATTACHMENT_CHUNK_BYTES, ATTACHMENT_EDITORS, ATTACHMENT_MAX_BYTES } from './contract/attachments';
export { ADVOCACY_DOCUMENT_KINDS, DOCUMENT_FORMATS, MISSING_FIELDS } from './contract/advocacy-documents';
export { CASE_SORTS, OPEN_CASE_STATUSES } from './contract/cases';
export { GRANTEE_ROLES, GRANTORS } from './contract/grants';
export { EDITORS, NAME_SCRIPTS } from './contract/people';
export { DEADLINE_KINDS } from './contract/tasks';
export { APPEAL_WINDOW_DAYS, APPEAL_WINDOW_LEVELS, DEFAULT_APPEAL_WINDOWS, appealWindowKey } from './contract/appeal-windows';
export { TIMELINE_KINDS } from './contract/timeline';
export { REVIEW_QUEUE_AGES, REVIEW_QUEUE_SORTS, REVIEW_REASONS, SIGN_OFF_MANY_MAX, SIGN_OFF_SKIP_REASONS } from './contract/review';
export { LEFT_OUT_REASONS, REPORT_LANGUAGES } from './contract/reports';
export { DOCUMENT_LANGUAGES } from './contract/documents';
export { SEARCH_KINDS } from './contract/search';
export { IMPORT_CONFLICT_CODES, IMPORT_ENCODINGS, IMPORT_FIELDS, IMPORT_FORMATS, IMPORT_MAX_BYTES, IMPORT_NOTE_CODES, IMPORT_REASON_CODES, IMPORT_STATUSES } from './contract/imports';
export { MERGE_POLICIES, decisionsFor, mergedByPolicy } from './contract/import-decisions';
export * from '../shared/vocabulary';
export type * from './contract/events';
export type * from './contract/session';
export type * from './contract/users';
export type * from './contract/admin';
export type * from './contract/appeal-windows';
export type * from './contract/backups';
export type * from './contract/erasure';
export { BACKUP_KINDS } from './contract/backups';
export { ATTACHMENT_PROBLEM_CODES } from './contract/vault';
export { ERASE_AFTER_FAILED_UNLOCKS } from './contract/erasure';
export type * from './contract/people';
export type * from './contract/referrals';
export type * from './contract/cases';
export type * from './contract/grants';
export type * from './contract/preferences';
export { MAX_SAVED_CASE_FILTERS, MAX_SAVED_FILTER_NAME, PREFERENCE_SCHEMAS } from './contract/preferences';
export type * from './contract/need-to-know';
export type * from './contract/detention';
export type * from './contract/drafts';
export type * from './contract/advocacy';
export type * from './contract/advocacy-documents';
export type * from './contract/case-events';
export type * from './contract/attachments';
export type * from './contract/tasks';
export type * from './contract/timeline';
export type * from './contract/review';
export type * from './contract/vault';
export type * from './contract/reports';
export type * from './contract/documents';
export type * from './contract/search';
export type * from './contract/imports';
export type * from './contract/import-decisions';
export type * from './contract/overview';
