// Pages of the case list fetched on demand as the list scrolls, kept in a small least-recently-used
// cache so 100,000 cases never sit in memory at once. A change of query drops every page.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import type { ApiError, CaseSummary, Input } from '../../../../db/api';
import { call } from '../../api/client';

export const PAGE_SIZE = 100;
/** Pages kept at most (3,000 rows): enough for a screen and quick scrolling back and forth. */
export const MAX_CACHED_PAGES = 30;

export type CaseQuery = Omit<Input<'cases.list'>, 'limit' | 'offset'>;

export interface CasePages {
  /** Matching cases in all, null until the first page of this query arrives. */
  total: number | null;
  error: ApiError | null;
  /** The row at an index, or undefined while its page is loading. */
  rowAt: (index: number) => CaseSummary | undefined;
  /** Fetches any page of rows start..end (inclusive) not cached yet. */
  ensureRange: (start: number, end: number) => void;
}

export function useCasePages(query: CaseQuery): CasePages {
  const key = JSON.stringify(query);
  const stableQuery = useMemo(() => JSON.parse(key) as CaseQuery, [key]);
  const cache = useRef(new Map<number, CaseSummary[]>());
  const inflight = useRef(new Set<number>());
  const generation = useRef(0);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // Bumped when a page arrives, so rows re-render; the pages themselves live in the ref.
  const [, setArrivals] = useState(0);

  const fetchPage = useCallback(
    (page: number) => {
      if (cache.current.has(page) || inflight.current.has(page)) return;
      inflight.current.add(page);
      const asked = generation.current;
      void call('cases.list', { ...stableQuery, limit: PAGE_SIZE, offset: page * PAGE_SIZE }).then((r) => {
        if (asked !== generation.current) return;
        inflight.current.delete(page);
        if (!r.ok) {
          setError(r.error);
          return;
        }
        cache.current.set(page, r.value.rows);
        // Map order is use order (ensureRange re-inserts what is on screen): the first key is the
        // page least recently wanted, and the page just arrived is the last.
        for (const old of cache.current.keys()) {
          if (cache.current.size <= MAX_CACHED_PAGES) break;
          cache.current.delete(old);
        }
        setError(null);
        setTotal(r.value.total);
        setArrivals((n) => n + 1);
      });
    },
    [stableQuery],
  );

  useEffect(() => {
    generation.current += 1;
    cache.current.clear();
    inflight.current.clear();
    setTotal(null);
    setError(null);
    fetchPage(0);
  }, [fetchPage]);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      const first = Math.floor(Math.max(0, start) / PAGE_SIZE);
      const last = Math.floor(Math.max(0, end) / PAGE_SIZE);
      for (let page = first; page <= last; page += 1) {
        const rows = cache.current.get(page);
        if (rows) {
          // Re-inserting marks the page as recently used.
          cache.current.delete(page);
          cache.current.set(page, rows);
        } else fetchPage(page);
      }
    },
    [fetchPage],
  );

  const rowAt = useCallback((index: number) => cache.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], []);

  return { total, error, rowAt, ensureRange };
}
