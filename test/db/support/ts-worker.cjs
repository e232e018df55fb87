// Starts a TypeScript worker entry under tsx, so tests run the same worker source the app bundles.
const { workerData } = require('node:worker_threads');
require('tsx/cjs/api').register();
require(workerData.entry);
