// A backend worker entry for tests: the app's real worker loop and backend, plus one method that
// ends the thread the way a native crash would (process.exit inside a worker ends that worker).
import { z } from 'zod';

import { api } from '../../../db/api';
import { startWorker } from '../../../db/backend/worker-main';
import { ALL_ROLES, method } from '../../../db/contract/core';
import { serviceHandlers } from '../../../db/features';

const crashApi = {
  ...api,
  'test.crash': method<never>()({ input: z.object({}), access: ALL_ROLES, effect: 'read' }),
};

startWorker({
  methods: crashApi as unknown as typeof api,
  handlers: {
    ...serviceHandlers,
    'test.crash': () => process.exit(3),
  } as unknown as typeof serviceHandlers,
});
