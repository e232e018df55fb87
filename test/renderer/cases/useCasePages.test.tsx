// The case list's page cache: pages fetched only when their rows come on screen, at most
// MAX_CACHED_PAGES kept, and answers for an old query dropped when the filters change.
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { CaseSummary, Input, Page } from '../../../db/api';
import { MAX_CACHED_PAGES, PAGE_SIZE, useCasePages, type CaseQuery } from '../../../renderer/src/features/cases/useCasePages';
import { installBridge, ok, type HeldCall, type TestBridge } from '../support/bridge';

const TOTAL = 100_000;
let bridge: TestBridge;
let held: HeldCall<'cases.list'>[] = [];

function summary(caseId: string, personName: string): CaseSummary {
  return { caseId, reference: null, personId: `p-${caseId}`, personName, confidential: false, countryCode: 'KZ', status: 'active', detentionStatus: 'detained', caseworkerId: null, caseworkerName: null, openedOn: '2024-01-01', lastActivityAt: '2024-01-01T00:00:00.000Z' };
}

function page({ offset = 0, limit = PAGE_SIZE, search = '' }: Input<'cases.list'>): Page<CaseSummary> {
  const rows = Array.from({ length: Math.min(limit, TOTAL - offset) }, (_, i) => summary(`c${offset + i}`, `${search}person ${offset + i}`));
  return { rows, total: search ? 1 : TOTAL };
}

/** The offsets (and search) of every page asked for. */
const asked = () => bridge.inputsOf('cases.list').map((input) => ({ offset: input.offset, ...(input.search ? { search: input.search } : {}) }));

/** From now on, every page is held until the test answers it. */
function holdAnswers() {
  held = bridge.hold('cases.list');
}

beforeAll(() => {
  bridge = installBridge();
});

beforeEach(() => {
  bridge.answer('cases.list', page);
});

afterEach(() => {
  // Every call the screen made had an answer the test chose.
  expect(bridge.unanswered).toEqual([]);
  bridge.reset();
  held = [];
});

const query: CaseQuery = { sort: 'lastActivityAt', direction: 'desc' };

describe('useCasePages', () => {
  it('fetches the first page, then only the pages that come into view', async () => {
    const { result } = renderHook(() => useCasePages(query));
    await waitFor(() => expect(result.current.total).toBe(TOTAL));
    expect(result.current.rowAt(5)?.caseId).toBe('c5');
    expect(result.current.rowAt(PAGE_SIZE + 1)).toBeUndefined();

    act(() => result.current.ensureRange(50_010, 50_040));
    await waitFor(() => expect(result.current.rowAt(50_020)?.caseId).toBe('c50020'));
    expect(asked().map((a) => a.offset)).toEqual([0, 50_000]);

    // Asking again for a cached range sends nothing.
    act(() => result.current.ensureRange(50_010, 50_040));
    expect(asked()).toHaveLength(2);
  });

  it('keeps a bounded number of pages however far the list is scrolled', async () => {
    const { result } = renderHook(() => useCasePages(query));
    await waitFor(() => expect(result.current.total).toBe(TOTAL));
    for (let p = 1; p <= MAX_CACHED_PAGES * 2; p += 1) {
      act(() => result.current.ensureRange(p * PAGE_SIZE, p * PAGE_SIZE + 30));
      await waitFor(() => expect(result.current.rowAt(p * PAGE_SIZE)).toBeDefined());
    }
    const cached = Array.from({ length: MAX_CACHED_PAGES * 2 + 1 }, (_, p) => result.current.rowAt(p * PAGE_SIZE)).filter(Boolean);
    expect(cached.length).toBeLessThanOrEqual(MAX_CACHED_PAGES);
    // The page on screen is always among those kept.
    expect(result.current.rowAt(MAX_CACHED_PAGES * 2 * PAGE_SIZE)).toBeDefined();
  });

  it('drops an answer that arrives after the query changed', async () => {
    holdAnswers();
    const { result, rerender } = renderHook((q: CaseQuery) => useCasePages(q), { initialProps: query });
    rerender({ ...query, search: 'Кабир' });
    await waitFor(() => expect(held.length).toBeGreaterThanOrEqual(2));
    // Answer the search first, then the stale unfiltered page.
    const stale = held.shift();
    for (const answer of held.splice(0)) act(() => answer.resolve(ok(page(answer.input))));
    await waitFor(() => expect(result.current.total).toBe(1));
    act(() => stale?.resolve(ok(page(stale.input))));
    await new Promise((r) => setTimeout(r, 10));
    expect(result.current.total).toBe(1);
    expect(result.current.rowAt(0)?.personName).toBe('Кабирperson 0');
  });
});
