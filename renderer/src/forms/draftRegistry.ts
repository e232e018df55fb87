// Every mounted form's "write the pending draft now", so a lock asked for in the window waits for
// what was typed in the last moments to reach the vault before the database closes.
const flushers = new Set<() => Promise<void>>();

/** Registers a form's flush; returns the unregister function. */
export function registerDraft(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Writes every pending draft; never throws (a failed write must not stop a lock). */
export async function flushDrafts(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}
