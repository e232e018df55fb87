// Types of window.habeas, the bridge exposed by electron/preload.ts, derived from the contract in
// db/api.ts so every call is checked end to end. Type imports only: the renderer holds no db/ code.
import type { BackendEventName, BackendEventPayload, Input, MethodName, Output, Result } from '../db/api';

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
