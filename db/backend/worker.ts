// Entry of the backend worker thread: one backend per thread, driven by messages from the host
// (Electron main or the test harness), so long work never stalls the window.
import { parentPort, workerData } from 'node:worker_threads';

import { createBackend } from './backend';
import type { HostMessage, WorkerMessage, WorkerOptions } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('The backend worker must run in a worker thread.');

const options = workerData as WorkerOptions;
const post = (message: WorkerMessage) => port.postMessage(message);

const backend = createBackend({
  vaultDir: options.vaultDir,
  stateDir: options.stateDir,
  ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  ...(options.migrationsDir ? { migrationsDir: options.migrationsDir } : {}),
  onEvent: (event) => post({ type: 'event', ...event }),
});

port.on('message', (message: HostMessage) => {
  if (message.type === 'call') {
    post({ type: 'result', id: message.id, result: backend.call(message.method, message.input) });
  } else if (message.type === 'lock') {
    backend.lock(message.reason);
    if (message.reason === 'shutdown') port.close();
  }
});

post({ type: 'ready' });
