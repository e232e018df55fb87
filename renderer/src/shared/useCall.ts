// Loads one backend read for a screen and reloads it after a change. Answers to an older request
// are dropped, so a quick switch of case never shows the previous case's records.
import { useCallback, useEffect, useRef, useState } from 'react';

import type { ApiError, Input, MethodName, Output } from '../../../db/api';
import { call } from '../api/client';

export interface Loaded<T> {
  value: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => Promise<void>;
}

/** input null: nothing to load yet. */
export function useCall<M extends MethodName>(method: M, input: Input<M> | null): Loaded<Output<M>> {
  const key = input === null ? null : JSON.stringify(input);
  const [value, setValue] = useState<Output<M> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(key !== null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    if (key === null) return;
    const asked = ++latest.current;
    setLoading(true);
    const r = await call(method, JSON.parse(key) as Input<M>);
    if (asked !== latest.current) return;
    setLoading(false);
    if (r.ok) {
      setValue(r.value);
      setError(null);
    } else setError(r.error);
  }, [method, key]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { value, error, loading, reload };
}
