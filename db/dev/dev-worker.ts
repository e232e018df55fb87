// Entry of the backend worker with the development methods (demo seeding): the test harness runs
// it; the packaged app bundles db/backend/worker.ts, which has none.
import { startWorker } from '../backend/worker-main';
import { devBackendOptions } from './dev-api';

startWorker(devBackendOptions);
