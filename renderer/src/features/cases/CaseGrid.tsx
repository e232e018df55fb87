// The virtualised case list: an ARIA grid whose rows are rendered only when on screen and fetched
// a page at a time. One row holds the focus (roving tabindex); arrows, Page Up/Down, Home and End
// move it, Enter or a click opens the case.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { useCaseFilters } from './caseFilters';
import { CaseGridHeader } from './CaseGridHeader';
import { CaseRow, LoadingRow } from './CaseRow';
import type { CasePages } from './useCasePages';

const ROW_HEIGHT = 38;

export function CaseGrid({ pages }: { pages: CasePages }) {
  const { t } = useTranslation('cases');
  const navigate = useNavigate();
  const total = pages.total ?? 0;
  const active = useCaseFilters((s) => s.activeIndex);
  // Where the list was left (coming back from a case file); read once, not followed on every scroll.
  const [initialOffset] = useState(() => useCaseFilters.getState().scrollOffset);
  const setActive = useCaseFilters((s) => s.setActive);
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowRefs = useRef(new Map<number, HTMLDivElement>());
  const focusWanted = useRef(false);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialOffset,
    onChange: (v) => useCaseFilters.setState({ scrollOffset: v.scrollOffset ?? 0 }),
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items[items.length - 1]?.index ?? 0;
  const { ensureRange } = pages;

  useEffect(() => {
    if (total > 0) ensureRange(firstIndex, lastIndex);
  }, [ensureRange, firstIndex, lastIndex, total]);

  // Move the focus only when the keyboard asked for it, once the row has been rendered.
  useEffect(() => {
    if (!focusWanted.current) return;
    const row = rowRefs.current.get(active);
    if (row) {
      focusWanted.current = false;
      row.focus();
    }
  });

  const clampedActive = Math.min(active, Math.max(0, total - 1));
  const activeRendered = items.some((i) => i.index === clampedActive);
  const tabbable = activeRendered ? clampedActive : firstIndex;

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(total - 1, index));
    setActive(next);
    focusWanted.current = true;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const open = (index: number) => {
    const row = pages.rowAt(index);
    if (row) void navigate(`/cases/${row.caseId}`);
  };

  const perPage = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, () => number> = {
      ArrowDown: () => clampedActive + 1,
      ArrowUp: () => clampedActive - 1,
      PageDown: () => clampedActive + perPage,
      PageUp: () => clampedActive - perPage,
      Home: () => 0,
      End: () => total - 1,
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      moveTo(move());
    } else if (e.key === 'Enter') {
      e.preventDefault();
      open(clampedActive);
    }
  };

  return (
    <div role="grid" className="case-grid" aria-label={t('grid.label')} aria-rowcount={total + 1} aria-colcount={7} aria-busy={pages.total === null}>
      <CaseGridHeader />
      <div role="rowgroup" className="case-grid-body" ref={scrollRef} onKeyDown={onKeyDown}>
        {total === 0 && pages.total !== null ? (
          <div role="row" aria-rowindex={2} className="case-grid-empty">
            <div role="gridcell">{t('grid.empty')}</div>
          </div>
        ) : null}
        <div className="case-grid-sizer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = pages.rowAt(item.index);
            const common = {
              index: item.index,
              top: item.start,
              height: ROW_HEIGHT,
              tabbable: item.index === tabbable,
              active: item.index === clampedActive,
              refCallback: (el: HTMLDivElement | null) => {
                if (el) rowRefs.current.set(item.index, el);
                else rowRefs.current.delete(item.index);
              },
            };
            return row ? (
              <CaseRow key={item.key} {...common} row={row} onOpen={() => open(item.index)} onFocus={() => setActive(item.index)} />
            ) : (
              <LoadingRow key={item.key} {...common} />
            );
          })}
        </div>
      </div>
    </div>
  );
}
