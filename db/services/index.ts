// Every service's handlers in one map: the backend dispatches contract calls through it.
// The type check below fails the build when a contract method has no service behind it.
import type { MethodName } from '../api';
import type { sessionApi } from '../contract/session';
import { adminHandlers } from './admin';
import { advocacyHandlers } from './advocacy';
import { caseEventHandlers } from './case-events';
import { casesHandlers } from './cases';
import { chargeHandlers } from './charges';
import { contactsHandlers } from './contacts';
import { courtEventHandlers } from './court-events';
import { episodeHandlers } from './detention';
import { draftsHandlers } from './drafts';
import { importsHandlers } from './imports';
import { observationHandlers } from './observations';
import { peopleHandlers } from './people';
import { duplicatesHandlers } from './people-duplicates';
import { referralsHandlers } from './referrals';
import { reportsHandlers } from './reports';
import { reviewHandlers } from './review';
import { ruleTaskHandlers } from './rule-tasks';
import { searchHandlers } from './search';
import { seedHandlers } from './seed';
import { sentenceHandlers } from './sentences';
import { taskHandlers } from './tasks';
import { timelineHandlers } from './timeline';
import { passphraseHandlers, usersHandlers } from './users';

export const serviceHandlers = {
  ...passphraseHandlers,
  ...usersHandlers,
  ...adminHandlers,
  ...peopleHandlers,
  ...duplicatesHandlers,
  ...contactsHandlers,
  ...referralsHandlers,
  ...casesHandlers,
  ...episodeHandlers,
  ...chargeHandlers,
  ...courtEventHandlers,
  ...observationHandlers,
  ...sentenceHandlers,
  ...advocacyHandlers,
  ...caseEventHandlers,
  ...taskHandlers,
  ...ruleTaskHandlers,
  ...timelineHandlers,
  ...reviewHandlers,
  ...seedHandlers,
  ...draftsHandlers,
  ...reportsHandlers,
  ...searchHandlers,
  ...importsHandlers,
};

/** The calls answered while locked live in db/backend/session-methods.ts, not here. */
type LockedMethod = Exclude<keyof typeof sessionApi, 'session.changePassphrase'>;
type ServiceMethod = Exclude<MethodName, LockedMethod>;
// Compile-time completeness: every unlocked method of the contract has a handler.
export const everyMethodHandled: Record<ServiceMethod, unknown> = serviceHandlers;
