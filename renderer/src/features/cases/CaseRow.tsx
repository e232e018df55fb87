// One case in the list, placed by the virtualiser; and the stand-in shown while its page loads.
import { useTranslation } from 'react-i18next';

import type { CaseSummary } from '../../../../db/api';
import { useVocabLabel } from '../../i18n/vocab';
import { useDateFormat } from '../../shared/dates';
import { Highlighted } from '../search/Highlighted';
import { useCountryName } from '../../shared/referenceData';
import { usePersonName } from '../../shared/personName';

interface RowPlacement {
  index: number;
  top: number;
  height: number;
  tabbable: boolean;
  active: boolean;
  refCallback: (el: HTMLDivElement | null) => void;
}

function placement({ index, top, height, tabbable, active, refCallback }: RowPlacement) {
  return {
    ref: refCallback,
    role: 'row',
    'aria-rowindex': index + 2,
    tabIndex: tabbable ? 0 : -1,
    className: `case-grid-row case-grid-item${active ? ' active' : ''}`,
    style: { transform: `translateY(${top}px)`, height },
  } as const;
}

export function CaseRow({ row, onOpen, onFocus, ...place }: RowPlacement & { row: CaseSummary; onOpen: () => void; onFocus: () => void }) {
  const { t } = useTranslation('cases');
  const vocab = useVocabLabel();
  const dates = useDateFormat();
  const countryName = useCountryName();
  const personName = usePersonName();
  const shownName = personName(row) ?? '';
  return (
    <div {...placement(place)} onClick={onOpen} onFocus={onFocus}>
      <div role="gridcell" className="case-grid-cell case-name">
        <span className={`case-name-text${row.personNameWithheld !== undefined ? ' name-withheld' : ''}`} title={shownName}>
          {row.nameRanges ? <Highlighted text={row.personName} ranges={row.nameRanges} /> : shownName}
        </span>
        {/* A withheld name says it is confidential already. */}
        {row.confidential && row.personNameWithheld === undefined ? <span className="badge badge-warning">{t('confidential')}</span> : null}
      </div>
      <div role="gridcell" className="case-grid-cell case-reference">
        {row.reference ?? ''}
      </div>
      <div role="gridcell" className="case-grid-cell">
        {countryName(row.countryCode)}
      </div>
      <div role="gridcell" className="case-grid-cell">
        <span className={`badge status-${row.status}`}>{vocab('caseStatus', row.status)}</span>
      </div>
      <div role="gridcell" className="case-grid-cell">
        {vocab('detentionStatus', row.detentionStatus)}
      </div>
      <div role="gridcell" className="case-grid-cell" title={row.caseworkerName ?? undefined}>
        {row.caseworkerName ?? <span className="muted">{t('unassigned')}</span>}
      </div>
      <div role="gridcell" className="case-grid-cell">
        {dates.short(row.openedOn)}
      </div>
      <div role="gridcell" className="case-grid-cell">
        {dates.short(row.lastActivityAt)}
      </div>
    </div>
  );
}

export function LoadingRow(place: RowPlacement) {
  const { t } = useTranslation();
  return (
    <div {...placement(place)} aria-busy="true">
      <div role="gridcell" className="case-grid-cell muted">
        {t('state.loading')}
      </div>
    </div>
  );
}
