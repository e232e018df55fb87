// The plan row by row: what happens to each row of the file and why, with its warnings. A file
// may hold thousands of rows, so only the rows on screen are rendered (TanStack Virtual).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ImportRowPlan } from '../../../../db/api';
import { usePlanText } from './planText';

export const ROW_FILTERS = ['all', 'create', 'update', 'skip', 'warnings'] as const;
export type RowFilter = (typeof ROW_FILTERS)[number];

export function filterRows(rows: readonly ImportRowPlan[], filter: RowFilter): ImportRowPlan[] {
  if (filter === 'all') return [...rows];
  if (filter === 'warnings') return rows.filter((r) => r.warnings.length > 0);
  return rows.filter((r) => r.action === filter);
}

export function RowPlanList({ rows }: { rows: readonly ImportRowPlan[] }) {
  const { t, i18n } = useTranslation('import');
  const planText = usePlanText();
  const id = useId();
  const [filter, setFilter] = useState<RowFilter>('all');
  const scrollRef = useRef<HTMLDivElement>(null);
  const shown = filterRows(rows, filter);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 44,
    overscan: 10,
  });

  return (
    <div className="import-rows">
      <div className="import-rows-head">
        <h3 className="import-subheading">
          {t('rows.title')}
        </h3>
        <div className="import-inline">
          <label htmlFor={`${id}-filter`}>{t('rows.filter')}</label>
          <select id={`${id}-filter`} className="input select compact" value={filter} onChange={(e) => setFilter(e.target.value as RowFilter)}>
            {ROW_FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`rows.filters.${f}`, { count: filterRows(rows, f).length, formatted: filterRows(rows, f).length.toLocaleString(i18n.language) })}
              </option>
            ))}
          </select>
        </div>
      </div>
      {/* Focusable so the keyboard can scroll it; the list is read with the arrow keys of a screen reader. */}
      <div ref={scrollRef} className="import-rows-scroll" tabIndex={0} role="region" aria-label={t('rows.title')}>
        {shown.length === 0 ? (
          <p className="import-rows-empty">{t('rows.none')}</p>
        ) : (
          <ul className="import-rows-sizer" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = shown[item.index];
              if (!row) return null;
              return (
                <li
                  key={row.row}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  className={`import-row import-row-${row.action}`}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <span className="import-row-number">{t('rows.row', { row: row.row })}</span>
                  <span className={`badge import-action-${row.action}`}>{t(`actions.${row.action}`)}</span>
                  <span className="import-row-name">{row.name ?? <span className="muted">{t('rows.noName')}</span>}</span>
                  <span className="import-row-reason">{planText.reason(row)}</span>
                  {row.conflicts.length > 0 ? (
                    <ul className="import-row-warnings" aria-label={t('rows.conflicts')}>
                      {row.conflicts.map((c, i) => (
                        <li key={i}>{planText.conflict(c)}</li>
                      ))}
                    </ul>
                  ) : null}
                  {row.warnings.length > 0 ? (
                    <ul className="import-row-warnings" aria-label={t('rows.warnings')}>
                      {planText.warnings(row).map((w, i) => (
                        <li key={i}>{w}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
