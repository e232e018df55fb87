// Hosts the backend worker thread: posts calls with ids, matches results to them, fans out events.
// If the worker dies it is started again, locked: the calls it was running answer LOCKED
// (backend_restarted) and the window hears session.locked with that reason. A worker that dies
// before it ever started, or too often in a short time, is given up: every call then answers INTERNAL.
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
const RESTARTED_MESSAGE = 'Habeas restarted the part that keeps the records and locked the vault. Unlock it to continue; saved work is kept.';

function internal(message: string, reason: 'backend_stopped' | 'internal_failure' = 'internal_failure'): Result<unknown> {
  return { ok: false, error: { code: 'INTERNAL', message, details: { reason } } };
}

function restarted(): Result<unknown> {
  return { ok: false, error: { code: 'LOCKED', message: RESTARTED_MESSAGE, details: { reason: 'backend_restarted' } } };
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
  /** Called every time the worker ends without stop() having been asked for (to log it). */
  onUnexpectedExit?: (exitCode: number, error: Error | undefined) => void;
  /** Called once when the host stops starting the worker again; every later call answers INTERNAL. */
  onGiveUp?: (restarts: number) => void;
  /** How long stop() waits for the worker to close the database before terminating it. */
  stopTimeoutMs?: number;
  /** At most this many restarts within restartWindowMs; one more exit gives up. Default 5 in a minute. */
  maxRestarts?: number;
  restartWindowMs?: number;
}

export class BackendHost {
  private worker!: Worker;
  private readonly pending = new Map<number, (result: Result<unknown>) => void>();
  private readonly listeners = new Set<EventListener>();
  private readonly restartTimes: number[] = [];
  private nextId = 1;
  private restartCount = 0;
  private alive = true;
  private stopping = false;
  private lastError: Error | undefined;
  private exited: Promise<void> = Promise.resolve();
  /** Resolves when the first worker has posted 'ready'; rejects if it dies first. */
  readonly ready: Promise<void>;
  private markReady: () => void = () => undefined;
  private failReady: (error: Error) => void = () => undefined;

  constructor(
    private readonly workerPath: string,
    private readonly workerData: WorkerOptions,
    private readonly options: BackendHostOptions = {},
  ) {
    this.ready = new Promise<void>((resolve, reject) => {
      this.markReady = resolve;
      this.failReady = reject;
    });
    // Nobody may be awaiting ready; an unhandled rejection must not take the main process down.
    this.ready.catch(() => undefined);
    this.spawn();
  }

  /** How many times the worker has been started again since the host began. */
  get restarts(): number {
    return this.restartCount;
  }

  private spawn(): void {
    const worker = new Worker(this.workerPath, { workerData: this.workerData });
    this.worker = worker;
    let started = false;
    this.lastError = undefined;
    worker.on('message', (message: unknown) => {
      if (!isWorkerMessage(message)) return;
      if (message.type === 'ready') {
        started = true;
        this.markReady();
      } else if (message.type === 'result') this.settle(message.id, message.result);
      else this.fanOut(message);
    });
    worker.on('error', (error: Error) => {
      this.lastError = error;
    });
    this.exited = new Promise<void>((resolve) => {
      worker.once('exit', (exitCode: number) => {
        this.onExit(exitCode, started);
        resolve();
      });
    });
  }

  private onExit(exitCode: number, started: boolean): void {
    const error = this.lastError;
    this.failReady(error ?? new Error(`backend worker exited with code ${exitCode}`));
    if (this.stopping) {
      this.alive = false;
      this.settleAll(internal(STOPPED_MESSAGE, 'backend_stopped'));
      return;
    }
    this.options.onUnexpectedExit?.(exitCode, error);
    const now = Date.now();
    const windowMs = this.options.restartWindowMs ?? 60_000;
    while (this.restartTimes.length > 0 && (this.restartTimes[0] ?? 0) <= now - windowMs) this.restartTimes.shift();
    // A worker that never started (its native module failed to load, say) would fail the same way again.
    if (!started || this.restartTimes.length >= (this.options.maxRestarts ?? 5)) {
      this.alive = false;
      this.settleAll(internal(STOPPED_MESSAGE, 'backend_stopped'));
      this.fanOut({ event: 'backend.stopped', payload: { restarts: this.restartCount } });
      this.options.onGiveUp?.(this.restartCount);
      return;
    }
    this.restartTimes.push(now);
    this.restartCount += 1;
    // The calls the dead worker held may or may not have run; their transactions rolled back or committed whole.
    this.settleAll(restarted());
    this.spawn();
    this.fanOut({ event: 'session.locked', payload: { reason: 'backend_restarted' } });
  }

  private fanOut(event: BackendEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private settleAll(result: Result<unknown>): void {
    for (const [id] of this.pending) this.settle(id, result);
  }

  get running(): boolean {
    return this.alive;
  }

  /** Forwards one call; always resolves with a Result, never rejects. */
  call(method: string, input: unknown): Promise<Result<unknown>> {
    if (!this.alive || this.stopping) return Promise.resolve(internal(STOPPED_MESSAGE, 'backend_stopped'));
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
