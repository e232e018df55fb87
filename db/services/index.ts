// Every service's handlers in one map: the backend dispatches contract calls through it.
// The type check below fails the build when a contract method has no service behind it.
import type { Api, MethodName } from '../api';
import { adminHandlers } from './admin';
import { advocacyHandlers } from './advocacy';
import { caseEventHandlers } from './case-events';
import { casesHandlers } from './cases';
import { chargeHandlers } from './charges';
import { contactsHandlers } from './contacts';
import { courtEventHandlers } from './court-events';
import { episodeHandlers } from './detention';
import { peopleHandlers } from './people';
import { referralsHandlers } from './referrals';
import { ruleTaskHandlers } from './rule-tasks';
import { seedHandlers } from './seed';
import { sentenceHandlers } from './sentences';
import { taskHandlers } from './tasks';
import { passphraseHandlers, usersHandlers } from './users';

export const serviceHandlers = {
  ...passphraseHandlers,
  ...usersHandlers,
  ...adminHandlers,
  ...peopleHandlers,
  ...contactsHandlers,
  ...referralsHandlers,
  ...casesHandlers,
  ...episodeHandlers,
  ...chargeHandlers,
  ...courtEventHandlers,
  ...sentenceHandlers,
  ...advocacyHandlers,
  ...caseEventHandlers,
  ...taskHandlers,
  ...ruleTaskHandlers,
  ...seedHandlers,
};

type ServiceMethod = { [K in MethodName]: Api[K]['access'] extends 'locked' ? never : K }[MethodName];
// Compile-time completeness: every unlocked method of the contract has a handler.
export const everyMethodHandled: Record<ServiceMethod, unknown> = serviceHandlers;
