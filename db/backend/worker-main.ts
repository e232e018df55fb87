// The backend worker's loop: one backend per thread, driven by messages from the host (Electron
// main or the test harness), so long work never stalls the window. Entries: worker.ts (the app)
// and db/dev/dev-worker.ts (the test harness, with the development methods).
import { parentPort, workerData } from 'node:worker_threads';

import { createBackend, type BackendOptions } from './backend';
import type { Result } from '../contract/core';
import type { HostMessage, WorkerMessage, WorkerOptions } from './worker-protocol';

export function startWorker(extra: Pick<BackendOptions, 'methods' | 'handlers'> = {}): void {
  const port = parentPort;
  if (!port) throw new Error('The backend worker must run in a worker thread.');

  const options = workerData as WorkerOptions;
  const post = (message: WorkerMessage) => port.postMessage(message);

  const backend = createBackend({
    ...extra,
    vaultDir: options.vaultDir,
    stateDir: options.stateDir,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.migrationsDir ? { migrationsDir: options.migrationsDir } : {}),
    onEvent: (event) => post({ type: 'event', ...event }),
  });

  const answer = async (message: Extract<HostMessage, { type: 'call' }>) => {
    let result: Result<unknown>;
    try {
      result = await backend.callAsync(message.method, message.input);
    } catch {
      // backend.call answers every failure itself; this is the last net, so the loop keeps serving.
      result = { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Habeas. Nothing was changed.' } };
    }
    try {
      post({ type: 'result', id: message.id, result });
    } catch {
      // A service answered with something that cannot be cloned: the caller still gets an answer.
      post({ type: 'result', id: message.id, result: { ok: false, error: { code: 'INTERNAL', message: 'The answer could not be passed back.' } } });
    }
  };

  port.on('message', (message: HostMessage) => {
    if (message.type === 'call') {
      void answer(message);
    } else if (message.type === 'lock') {
      try {
        backend.lock(message.reason);
      } catch {
        // Closing failed; the key goes with the thread when the host ends it.
      } finally {
        if (message.reason === 'shutdown') port.close();
      }
    }
  });

  post({ type: 'ready' });
}
