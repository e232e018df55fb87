// Autosaves a react-hook-form's values as an encrypted draft in the vault (never in browser
// storage) and restores it on mount, so a reload, a lock or a crash loses nothing typed.
import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

import { call } from '../api/client';

const SAVE_DELAY_MS = 400;

export interface DraftState {
  /** True once any saved draft has been put back into the form (or there was none). */
  restored: boolean;
  savedAt: string | null;
  discard(): Promise<void>;
}

export function useDraft<T extends FieldValues>(formKey: string, form: UseFormReturn<T>): DraftState {
  const [restored, setRestored] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { reset, watch } = form;

  useEffect(() => {
    let live = true;
    void call('drafts.get', { formKey }).then((r) => {
      if (!live) return;
      if (r.ok && r.value) {
        reset(r.value.data as T, { keepDefaultValues: true });
        setSavedAt(r.value.updatedAt);
      }
      setRestored(true);
    });
    return () => {
      live = false;
    };
  }, [formKey, reset]);

  useEffect(() => {
    if (!restored) return undefined;
    const subscription = watch((values) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        void call('drafts.save', { formKey, data: values }).then((r) => {
          if (r.ok) setSavedAt(r.value.updatedAt);
        });
      }, SAVE_DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      if (timer.current) clearTimeout(timer.current);
    };
  }, [formKey, restored, watch]);

  return {
    restored,
    savedAt,
    async discard() {
      if (timer.current) clearTimeout(timer.current);
      await call('drafts.discard', { formKey });
      setSavedAt(null);
    },
  };
}
