// Types of window.habeas, the bridge exposed by electron/preload.ts, derived from the contract in
// db/api.ts so every call is checked end to end. Type imports only: the renderer holds no db/ code.
import type { Input, MethodName, Output, Result } from '../db/api';
// Event types live beside the worker protocol until the contract exports them; type-only, no code.
// eslint-disable-next-line import-x/no-restricted-paths
import type { BackendEvent, BackendEventName } from '../db/backend/worker-protocol';

export type BackendEventPayload<E extends BackendEventName> = Extract<BackendEvent, { event: E }>['payload'];

export interface HabeasBridge {
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  /** Subscribes to one backend event; returns the unsubscribe function. */
  on<E extends BackendEventName>(event: E, handler: (payload: BackendEventPayload<E>) => void): () => void;
}

declare global {
  interface Window {
    readonly habeas: HabeasBridge;
  }
}
