// A typed stand-in for window.habeas in renderer tests, typed from db/api.ts: per-test answers,
// refusals, answers held until the test lets them go, and backend events (progress, locks). A
// method the test gave no answer for is refused with INTERNAL, so a screen cannot quietly depend
// on a call the test never thought about.
import type { ApiError, BackendEventName, BackendEventPayload, ErrorCode, Input, MethodName, Output, Result } from '../../../db/api';
import type { HabeasBridge } from '../../../renderer/habeas';

type Reply<M extends MethodName> = Result<Output<M>> | Promise<Result<Output<M>>>;
type Handler<M extends MethodName> = (input: Input<M>) => Reply<M>;

export interface BridgeCall<M extends MethodName = MethodName> {
  method: M;
  input: Input<M>;
}

export interface HeldCall<M extends MethodName> {
  input: Input<M>;
  resolve(reply: Result<Output<M>>): void;
}

export interface TestBridge extends HabeasBridge {
  /** Every call made, in order, each input copied when it was sent. */
  readonly calls: BridgeCall[];
  /** Methods called that the test gave no answer for (each refused with INTERNAL). */
  readonly unanswered: MethodName[];
  /** Answers every call of the method with this value, or with what the function makes of the input. */
  answer<M extends MethodName>(method: M, value: Output<M> | ((input: Input<M>) => Output<M>)): TestBridge;
  /** Refuses every call of the method. */
  fail<M extends MethodName>(method: M, error: ApiError): TestBridge;
  /** Full control: the Result (or a promise of one) for each call. */
  handle<M extends MethodName>(method: M, handler: Handler<M>): TestBridge;
  /** One reply per call, in order, before the method's standing answer applies again. */
  queue<M extends MethodName>(method: M, ...replies: Result<Output<M>>[]): TestBridge;
  /** Holds every call of the method until the test resolves it; the list fills as calls arrive. */
  hold<M extends MethodName>(method: M): HeldCall<M>[];
  /** Sends a backend event to the screen's listeners. */
  emit<E extends BackendEventName>(event: E, payload: BackendEventPayload<E>): void;
  /** The inputs of every call of one method, in order. */
  inputsOf<M extends MethodName>(method: M): Input<M>[];
  /** What the shell does before it locks on its own (Ctrl/Cmd+L): runs the page's flush handler; false when none is set. */
  requestFlush(): Promise<boolean>;
  /** How many listeners the screen has for an event. */
  listeners(event: BackendEventName): number;
  /** Forgets calls, answers, queues and held calls (listeners stay with their components). */
  reset(): void;
}

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const refusal = (code: ErrorCode, message: string, details?: unknown): ApiError => (details === undefined ? { code, message } : { code, message, details });

/** Makes a bridge and puts it on window.habeas (replacing any earlier one). */
export function installBridge(): TestBridge {
  const handlers = new Map<MethodName, Handler<MethodName>>();
  const queues = new Map<MethodName, Result<unknown>[]>();
  const listeners = new Map<BackendEventName, Set<(payload: never) => void>>();
  const calls: BridgeCall[] = [];
  const unanswered: MethodName[] = [];
  let flushHandler: (() => Promise<void>) | null = null;

  const bridge: TestBridge = {
    calls,
    unanswered,
    call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
      calls.push({ method, input });
      const queued = queues.get(method)?.shift();
      if (queued) return Promise.resolve(queued as Result<Output<M>>);
      const handler = handlers.get(method) as Handler<M> | undefined;
      if (!handler) {
        unanswered.push(method);
        return Promise.resolve({ ok: false, error: refusal('INTERNAL', `The test gave no answer for ${method}.`) });
      }
      return Promise.resolve(handler(input));
    },
    on(event, handler) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(handler);
      return () => {
        set.delete(handler);
      };
    },
    answer(method, value) {
      return bridge.handle(method, (input) => ok(typeof value === 'function' ? (value as (i: typeof input) => Output<typeof method>)(input) : value));
    },
    fail(method, error) {
      return bridge.handle(method, () => ({ ok: false, error }));
    },
    handle(method, handler) {
      handlers.set(method, handler);
      return bridge;
    },
    queue(method, ...replies) {
      queues.set(method, [...(queues.get(method) ?? []), ...replies]);
      return bridge;
    },
    hold(method) {
      const held: HeldCall<typeof method>[] = [];
      bridge.handle(method, (input) => new Promise((resolve) => held.push({ input, resolve })));
      return held;
    },
    emit(event, payload) {
      for (const handler of listeners.get(event) ?? []) (handler as (p: typeof payload) => void)(payload);
    },
    inputsOf<M extends MethodName>(method: M) {
      return calls.filter((c) => c.method === method).map((c) => c.input as Input<M>);
    },
    listeners(event) {
      return listeners.get(event)?.size ?? 0;
    },
    onFlushDrafts(handler) {
      flushHandler = handler;
      return () => {
        if (flushHandler === handler) flushHandler = null;
      };
    },
    async requestFlush() {
      if (!flushHandler) return false;
      await flushHandler();
      return true;
    },
    reset() {
      calls.length = 0;
      unanswered.length = 0;
      handlers.clear();
      queues.clear();
    },
  };
  Object.defineProperty(window, 'habeas', { value: bridge, configurable: true });
  return bridge;
}

/** Answers drafts.get/save/discard from a map, the way the vault keeps one draft per form key. */
export function serveDrafts(bridge: TestBridge, stored = new Map<string, unknown>()): Map<string, unknown> {
  let tick = 0;
  bridge.answer('drafts.get', ({ formKey }) => (stored.has(formKey) ? { formKey, data: stored.get(formKey), updatedAt: '2026-03-02T10:15:00.000Z' } : null));
  bridge.answer('drafts.save', ({ formKey, data }) => {
    stored.set(formKey, structuredClone(data));
    tick += 1;
    return { updatedAt: `2026-03-02T10:${String(15 + (tick % 40)).padStart(2, '0')}:00.000Z` };
  });
  bridge.answer('drafts.discard', ({ formKey }) => ({ discarded: stored.delete(formKey) }));
  return stored;
}
