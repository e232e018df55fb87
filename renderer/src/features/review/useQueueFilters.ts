// The review queue's search, filters and sort, remembered per user in the vault (preferences
// 'review.queue'), never in the browser's storage. A link may ask for one reason (the overview's
// "changed since review"): that replaces what was remembered.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

import { REVIEW_REASONS, type ReviewQueueFilters, type ReviewReason } from '../../../../db/api';
import { call } from '../../api/client';

export const DEFAULT_QUEUE_FILTERS: ReviewQueueFilters = { mineOnly: false, sort: 'oldest_change' };

const SAVE_DELAY_MS = 400;

function reasonFrom(value: string | null): ReviewReason | undefined {
  return (REVIEW_REASONS as readonly string[]).includes(value ?? '') ? (value as ReviewReason) : undefined;
}

/** null until the remembered filters are read, so the queue is asked once, with them. */
export function useQueueFilters(): [ReviewQueueFilters | null, (patch: Partial<ReviewQueueFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const asked = reasonFrom(params.get('reason'));
  const [filters, setFilters] = useState<ReviewQueueFilters | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<ReviewQueueFilters | null>(null);
  const current = useRef<ReviewQueueFilters | null>(null);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const value = pending.current;
    pending.current = null;
    if (value) void call('preferences.set', { key: 'review.queue', value });
  }, []);

  const save = useCallback(
    (next: ReviewQueueFilters) => {
      pending.current = next;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    let live = true;
    void call('preferences.get', { key: 'review.queue' }).then((r) => {
      if (!live) return;
      const remembered = r.ok && r.value.value !== null ? (r.value.value as ReviewQueueFilters) : DEFAULT_QUEUE_FILTERS;
      const next = asked ? { ...DEFAULT_QUEUE_FILTERS, reason: asked } : remembered;
      current.current = next;
      setFilters(next);
      if (asked) {
        save(next);
        // Applied once: a reload shows what is remembered, not the link's choice again.
        setParams({}, { replace: true });
      }
    });
    return () => {
      live = false;
    };
    // Read once per visit.
  }, []);

  // A change not yet saved is saved when the screen is left.
  useEffect(() => flush, [flush]);

  const update = useCallback(
    (patch: Partial<ReviewQueueFilters>) => {
      const next: ReviewQueueFilters = { ...(current.current ?? DEFAULT_QUEUE_FILTERS), ...patch };
      for (const key of Object.keys(next) as (keyof ReviewQueueFilters)[]) if (next[key] === undefined || next[key] === '') delete next[key];
      current.current = next;
      setFilters(next);
      save(next);
    },
    [save],
  );
  return [filters, update];
}
