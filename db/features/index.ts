// Every service's handlers in one map: the backend dispatches contract calls through it.
// The type check below fails the build when a contract method has no service behind it.
import { advocacyDocumentHandlers } from './documents/advocacy-documents';
import type { MethodName } from '../api';
import type { sessionApi } from '../contract/session';
import { adminHandlers } from './admin/admin';
import { appealWindowHandlers } from './admin/appeal-windows';
import { backupsHandlers } from './admin/backups';
import { erasureHandlers } from './admin/erasure';
import { advocacyHandlers } from './advocacy/advocacy';
import { attachmentsHandlers } from './attachments/attachments';
import { caseEventHandlers } from './cases/case-events';
import { casesHandlers } from './cases/cases';
import { caseGrantHandlers } from './cases/case-grants';
import { chargeHandlers } from './detention/charges';
import { contactsHandlers } from './people/contacts';
import { courtEventHandlers } from './detention/court-events';
import { documentsHandlers } from './documents/documents';
import { episodeHandlers } from './detention/detention';
import { draftsHandlers } from './drafts/drafts';
import { importsHandlers } from './import/imports';
import { overviewHandlers } from './overview/overview';
import { observationHandlers } from './detention/observations';
import { peopleHandlers } from './people/people';
import { preferencesHandlers } from './preferences/preferences';
import { duplicatesHandlers } from './people/people-duplicates';
import { referralsHandlers } from './referrals/referrals';
import { reportsHandlers } from './reports/reports';
import { reviewHandlers } from './review/review';
import { ruleTaskHandlers } from './tasks/rule-tasks';
import { dismissalHandlers } from './tasks/dismissals';
import { searchHandlers } from './search/search';
import { vaultHandlers } from './admin/vault-integrity';
import { vaultKeyHandlers } from './admin/vault-keys';
import { sentenceHandlers } from './detention/sentences';
import { taskHandlers } from './tasks/tasks';
import { timelineHandlers } from './timeline/timeline';
import { passphraseHandlers, usersHandlers } from './admin/users';

export const serviceHandlers = {
  ...passphraseHandlers,
  ...usersHandlers,
  ...adminHandlers,
  ...appealWindowHandlers,
  ...backupsHandlers,
  ...erasureHandlers,
  ...peopleHandlers,
  ...duplicatesHandlers,
  ...contactsHandlers,
  ...referralsHandlers,
  ...casesHandlers,
  ...caseGrantHandlers,
  ...episodeHandlers,
  ...chargeHandlers,
  ...courtEventHandlers,
  ...observationHandlers,
  ...sentenceHandlers,
  ...advocacyHandlers,
  ...advocacyDocumentHandlers,
  ...caseEventHandlers,
  ...attachmentsHandlers,
  ...taskHandlers,
  ...ruleTaskHandlers,
  ...dismissalHandlers,
  ...timelineHandlers,
  ...reviewHandlers,
  ...vaultHandlers,
  ...vaultKeyHandlers,
  ...draftsHandlers,
  ...preferencesHandlers,
  ...reportsHandlers,
  ...documentsHandlers,
  ...searchHandlers,
  ...importsHandlers,
  ...overviewHandlers,
};

/** The calls answered while locked live in db/backend/session-methods.ts, not here. */
type LockedMethod = Exclude<keyof typeof sessionApi, 'session.changePassphrase'>;
type ServiceMethod = Exclude<MethodName, LockedMethod>;
// Compile-time completeness: every unlocked method of the contract has a handler.
export const everyMethodHandled: Record<ServiceMethod, unknown> = serviceHandlers;
