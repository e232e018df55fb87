// Column headings of the case list; the sortable ones are buttons that say how the list is sorted.
import { useTranslation } from 'react-i18next';

import type { CaseSort } from '../../../../db/api';
import { useCaseFilters } from './caseFilters';

type Column = { key: string; sort?: CaseSort };

export const CASE_COLUMNS: readonly Column[] = [
  { key: 'name', sort: 'name' },
  { key: 'reference' },
  { key: 'country', sort: 'country' },
  { key: 'status' },
  { key: 'detention' },
  { key: 'caseworker' },
  { key: 'opened', sort: 'openedOn' },
  { key: 'lastActivity', sort: 'lastActivityAt' },
];

export function CaseGridHeader() {
  const { t } = useTranslation('cases');
  const sort = useCaseFilters((s) => s.sort);
  const direction = useCaseFilters((s) => s.direction);
  const sortBy = useCaseFilters((s) => s.sortBy);
  return (
    <div role="rowgroup" className="case-grid-head">
      <div role="row" aria-rowindex={1} className="case-grid-row">
        {CASE_COLUMNS.map((column) => {
          const sorted = column.sort !== undefined && column.sort === sort;
          return (
            <div
              key={column.key}
              role="columnheader"
              className="case-grid-cell"
              aria-sort={sorted ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              {column.sort ? (
                <button type="button" className="sort-button" onClick={() => column.sort && sortBy(column.sort)}>
                  {t(`column.${column.key}`)}
                  <span aria-hidden="true" className="sort-arrow">
                    {sorted ? (direction === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              ) : (
                t(`column.${column.key}`)
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
