// Hosts the backend worker thread: posts calls with ids, matches results to them, fans out events.
// If the worker dies every pending and later call answers INTERNAL; nothing restarts behind the user's back.
import { Worker } from 'node:worker_threads';

import type {
  BackendEvent,
  BackendEventName,
  HostMessage,
  LockReason,
  WorkerMessage,
  WorkerOptions,
} from '../db/backend/worker-protocol';
import type { Result } from '../db/contract/core';

export type EventPayload<E extends BackendEventName> = Extract<BackendEvent, { event: E }>['payload'];
type EventListener = (event: BackendEvent) => void;

const STOPPED_MESSAGE = 'The backend has stopped. Restart Habeas to continue; saved work is kept.';

function internal(message: string): Result<unknown> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

function isWorkerMessage(value: unknown): value is WorkerMessage {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  switch (value.type) {
    case 'ready':
      return true;
    case 'result':
      return 'id' in value && typeof value.id === 'number' && 'result' in value;
    case 'event':
      return 'event' in value && typeof value.event === 'string' && 'payload' in value;
    default:
      return false;
  }
}

export interface BackendHostOptions {
  /** Called once when the worker ends without stop() having been asked for. */
  onUnexpectedExit?: (exitCode: number, error: Error | undefined) => void;
  /** How long stop() waits for the worker to close the database before terminating it. */
  stopTimeoutMs?: number;
}

export class BackendHost {
  private readonly worker: Worker;
  private readonly pending = new Map<number, (result: Result<unknown>) => void>();
  private readonly listeners = new Set<EventListener>();
  private nextId = 1;
  private alive = true;
  private stopping = false;
  private lastError: Error | undefined;
  private readonly exited: Promise<void>;
  /** Resolves when the worker has posted 'ready'; rejects if it dies first. */
  readonly ready: Promise<void>;

  constructor(
    workerPath: string,
    workerData: WorkerOptions,
    private readonly options: BackendHostOptions = {},
  ) {
    this.worker = new Worker(workerPath, { workerData });
    let markReady: () => void = () => undefined;
    let failReady: (error: Error) => void = () => undefined;
    this.ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      failReady = reject;
    });
    // Nobody may be awaiting ready; an unhandled rejection must not take the main process down.
    this.ready.catch(() => undefined);

    this.worker.on('message', (message: unknown) => {
      if (!isWorkerMessage(message)) return;
      if (message.type === 'ready') markReady();
      else if (message.type === 'result') this.settle(message.id, message.result);
      else for (const listener of this.listeners) listener(message);
    });
    this.worker.on('error', (error: Error) => {
      this.lastError = error;
    });
    this.exited = new Promise<void>((resolve) => {
      this.worker.once('exit', (exitCode: number) => {
        this.alive = false;
        failReady(this.lastError ?? new Error(`backend worker exited with code ${exitCode}`));
        for (const [id] of this.pending) this.settle(id, internal(STOPPED_MESSAGE));
        if (!this.stopping) this.options.onUnexpectedExit?.(exitCode, this.lastError);
        resolve();
      });
    });
  }

  get running(): boolean {
    return this.alive;
  }

  /** Forwards one call; always resolves with a Result, never rejects. */
  call(method: string, input: unknown): Promise<Result<unknown>> {
    if (!this.alive || this.stopping) return Promise.resolve(internal(STOPPED_MESSAGE));
    const id = this.nextId++;
    return new Promise<Result<unknown>>((resolve) => {
      this.pending.set(id, resolve);
      if (!this.post({ type: 'call', id, method, input })) {
        this.settle(id, internal('The request could not be passed to the backend.'));
      }
    });
  }

  lock(reason: LockReason): void {
    if (this.alive) this.post({ type: 'lock', reason });
  }

  /** Every backend event, for forwarding to the window. Returns an unsubscribe function. */
  onEvent(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  on<E extends BackendEventName>(name: E, handler: (payload: EventPayload<E>) => void): () => void {
    return this.onEvent((event) => {
      // TypeScript cannot narrow a union by a generic key; the check above is the narrowing.
      if (event.event === name) handler(event.payload as EventPayload<E>);
    });
  }

  /**
   * Locks with reason 'shutdown' so the worker closes the database and drops the key, waits for it
   * to confirm (or exit), then ends the thread. Terminates anyway after the timeout.
   */
  async stop(): Promise<void> {
    if (!this.alive) return;
    this.stopping = true;
    let unsubscribe: () => void = () => undefined;
    const locked = new Promise<void>((resolve) => {
      unsubscribe = this.on('session.locked', ({ reason }) => {
        if (reason === 'shutdown') resolve();
      });
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.options.stopTimeoutMs ?? 3000);
    });
    this.post({ type: 'lock', reason: 'shutdown' });
    await Promise.race([locked, this.exited, timeout]);
    clearTimeout(timer);
    unsubscribe();
    if (this.alive) await this.worker.terminate();
    await this.exited;
  }

  private post(message: HostMessage): boolean {
    try {
      this.worker.postMessage(message);
      return true;
    } catch {
      // Input that cannot be structured-cloned; the renderer already sends clonable data only.
      return false;
    }
  }

  private settle(id: number, result: Result<unknown>): void {
    const resolve = this.pending.get(id);
    if (resolve === undefined) return;
    this.pending.delete(id);
    resolve(result);
  }
}
