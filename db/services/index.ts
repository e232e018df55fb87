// Every service's handlers in one map: the backend dispatches contract calls through it.
import { adminHandlers } from './admin';
import { passphraseHandlers, usersHandlers } from './users';

export const serviceHandlers = {
  ...passphraseHandlers,
  ...usersHandlers,
  ...adminHandlers,
};
