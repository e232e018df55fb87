// Autosaves a react-hook-form's values as an encrypted draft in the vault (never in browser
// storage) and restores it on mount, so a reload, a lock or a crash loses nothing typed. A save
// still waiting when the form leaves the screen is written at once, and a lock asked for in the
// window waits for it (draftRegistry).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

import { call } from '../api/client';
import { registerDraft } from './draftRegistry';

export const DRAFT_SAVE_DELAY_MS = 400;

export interface DraftState {
  /** True once any saved draft has been put back into the form (or there was none). */
  restored: boolean;
  /** When the stored draft was last written, null when none is stored. */
  savedAt: string | null;
  /** True while a draft is stored or waiting to be written. */
  hasDraft: boolean;
  /** Writes a waiting draft now. */
  flush(): Promise<void>;
  /**
   * Throws the draft away and puts the form back to its starting values, or, with keepValues
   * (after a save), makes what is in the form its new starting values.
   */
  discard(options?: { keepValues?: boolean }): Promise<void>;
}

export function useDraft<T extends FieldValues>(formKey: string, form: UseFormReturn<T>): DraftState {
  const [restored, setRestored] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const waiting = useRef(false);
  const typed = useRef(false);
  const quiet = useRef(false);
  const { reset, watch, getValues } = form;

  const write = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!waiting.current) return;
    waiting.current = false;
    const r = await call('drafts.save', { formKey, data: getValues() });
    if (r.ok) setSavedAt(r.value.updatedAt);
    setPending(waiting.current);
  }, [formKey, getValues]);

  useEffect(() => {
    let live = true;
    typed.current = false;
    void call('drafts.get', { formKey }).then((r) => {
      if (!live) return;
      // Whatever the user typed before the answer came wins over the older draft.
      if (r.ok && r.value && !typed.current) {
        quiet.current = true;
        reset(r.value.data as T, { keepDefaultValues: true });
        quiet.current = false;
        setSavedAt(r.value.updatedAt);
      }
      setRestored(true);
    });
    return () => {
      live = false;
    };
  }, [formKey, reset]);

  useEffect(() => {
    const subscription = watch(() => {
      if (quiet.current) return;
      typed.current = true;
      waiting.current = true;
      setPending(true);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void write(), DRAFT_SAVE_DELAY_MS);
    });
    const unregister = registerDraft(write);
    return () => {
      subscription.unsubscribe();
      unregister();
      // Leaving the screen (closing the dialog, a lock, another route): write what is waiting.
      void write();
    };
  }, [watch, write]);

  const discard = useCallback(async (options: { keepValues?: boolean } = {}) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    waiting.current = false;
    quiet.current = true;
    if (options.keepValues) reset(getValues());
    else reset();
    quiet.current = false;
    setPending(false);
    setSavedAt(null);
    await call('drafts.discard', { formKey });
  }, [formKey, getValues, reset]);

  return { restored, savedAt, hasDraft: pending || savedAt !== null, flush: write, discard };
}
