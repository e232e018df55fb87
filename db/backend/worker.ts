// Entry of the app's backend worker thread (bundled as out/main/backend-worker.js): it serves the
// contract of db/api.ts and nothing else; the message loop is in worker-main.ts.
import { startWorker } from './worker-main';

startWorker();
