// Types of window.habeas, the bridge exposed by electron/preload.ts, derived from the contract in
// db/api.ts so every call is checked end to end. Type imports only: the renderer holds no db/ code.
import type { BackendEventName, BackendEventPayload, Input, MethodName, Output, Result } from '../db/api';

export interface HabeasBridge {
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  /** Subscribes to one backend event; returns the unsubscribe function. */
  on<E extends BackendEventName>(event: E, handler: (payload: BackendEventPayload<E>) => void): () => void;
  /**
   * The report screen's PDF export (Electron only): asks where to save and prints the page there.
   * Absent where there is no main process to print (a plain browser), so the screen checks for it.
   */
  saveReportPdf?(suggestedName: string): Promise<{ saved: boolean }>;
  /**
   * Electron only: the handler that writes every pending draft before the shell locks on its own
   * (Ctrl/Cmd+L, the menu, idle time). Returns the function removing it again.
   */
  onFlushDrafts?(handler: () => Promise<void>): () => void;
}

declare global {
  interface Window {
    readonly habeas: HabeasBridge;
  }
}
