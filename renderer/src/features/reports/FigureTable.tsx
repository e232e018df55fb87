// One figure group as a table: each figure in this period, in the previous one, and the change
// with its sign. Rows carry their figure key so tests compare the screen with the CSV exactly.
import { useTranslation } from 'react-i18next';

import type { CountryReport, ReportGroup } from '../../../../db/api';
import { changeText } from './changeText';
import { useReportFormat } from './formatting';
import { useFigureLabel } from './useFigureLabel';

interface FigureTableProps {
  group: ReportGroup;
  title: string;
  periods: Pick<CountryReport, 'period' | 'previousPeriod'>;
}

export function FigureTable({ group, title, periods }: FigureTableProps) {
  const { t } = useTranslation('reports');
  const format = useReportFormat();
  const label = useFigureLabel();
  return (
    <table className="table report-table" data-group={group.group}>
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.figure')}</th>
          <th scope="col" className="num">
            {t('table.current')}
            <span className="report-period-dates">{format.period(periods.period)}</span>
          </th>
          <th scope="col" className="num">
            {t('table.previous')}
            <span className="report-period-dates">{format.period(periods.previousPeriod)}</span>
          </th>
          <th scope="col" className="num">
            {t('table.change')}
          </th>
        </tr>
      </thead>
      <tbody>
        {group.figures.length === 0 ? (
          <tr>
            <td colSpan={4} className="table-empty">
              {t('table.empty')}
            </td>
          </tr>
        ) : (
          group.figures.map((f) => {
            const change = changeText(f.change, format.number);
            return (
              <tr key={f.key} data-figure={f.key} className={f.key === 'total' ? 'report-total' : undefined}>
                <th scope="row">{label(group.group, f.key)}</th>
                <td className="num">{format.number(f.current)}</td>
                <td className="num">{format.number(f.previous)}</td>
                <td className={`num report-change report-change-${change.tone}`}>{change.text}</td>
              </tr>
            );
          })
        )}
      </tbody>
    </table>
  );
}
