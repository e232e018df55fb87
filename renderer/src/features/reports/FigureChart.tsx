// A group's figures as bars, this period beside the previous one, for the groups people would rather
// look at than read. The table beside it stays the source of truth; the chart is named and described
// for screen readers as one image. Fixed size (it scales down by CSS in print), no animation (a PDF
// must not catch bars half-grown), colours from CSS classes so dark mode and print follow the theme.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { YAxisTickContentProps } from 'recharts';

import type { ReportGroup } from '../../../../db/api';
import { useReportFormat } from './formatting';
import { useFigureLabel } from './useFigureLabel';
import { wrapLabel } from './wrapLabel';

const WIDTH = 520;
const BAR_ROW = 42;
const AXIS_SPACE = 44;

const AXIS_WIDTH = 200;
const TICK_FONT = 13;
// About 0.62em per character of a system sans-serif (Cyrillic runs wider than Latin): what fits the axis.
const TICK_CHARS = Math.floor((AXIS_WIDTH - 12) / (TICK_FONT * 0.62));

/** A category name in up to three lines, centred on its bars and right-aligned to the axis. */
function CategoryTick({ x, y, payload }: YAxisTickContentProps) {
  const lines = wrapLabel(String(payload.value), TICK_CHARS, 3);
  const firstShift = 0.35 - (lines.length - 1) * 0.55;
  return (
    <text x={x} y={y} textAnchor="end" fontSize={TICK_FONT} className="report-chart-tick">
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={`${i === 0 ? firstShift : 1.1}em`}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

interface ChartRow {
  label: string;
  current: number;
  previous: number;
}

export function FigureChart({ group, title, idPrefix }: { group: ReportGroup; title: string; idPrefix: string }) {
  const { t } = useTranslation('reports');
  const label = useFigureLabel();
  const format = useReportFormat();
  // The total would dwarf its parts, and rows that are zero in both periods say nothing in a chart.
  const rows: ChartRow[] = group.figures
    .filter((f) => f.key !== 'total' && ((f.current ?? 0) !== 0 || (f.previous ?? 0) !== 0))
    .map((f) => ({ label: label(group.group, f.key), current: f.current ?? 0, previous: f.previous ?? 0 }));
  if (rows.length === 0) return null;
  const descriptionId = `${idPrefix}-${group.group}-chart`;
  const numberLabel = (value: unknown): string => (typeof value === 'number' ? format.number(value) : '');
  return (
    <figure className="report-chart">
      <div role="img" aria-label={t('chart.name', { group: title })} aria-describedby={descriptionId}>
        <BarChart
          width={WIDTH}
          height={rows.length * BAR_ROW + AXIS_SPACE}
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 40, bottom: 4, left: 4 }}
          barGap={1}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} className="report-chart-grid" />
          <XAxis type="number" allowDecimals={false} tickFormatter={numberLabel} tick={{ fontSize: 13 }} />
          <YAxis type="category" dataKey="label" width={AXIS_WIDTH} interval={0} tick={CategoryTick} />
          <Bar dataKey="current" className="report-bar-current" isAnimationActive={false}>
            <LabelList dataKey="current" position="right" className="report-bar-label" formatter={numberLabel} />
          </Bar>
          <Bar dataKey="previous" className="report-bar-previous" isAnimationActive={false}>
            <LabelList dataKey="previous" position="right" className="report-bar-label" formatter={numberLabel} />
          </Bar>
        </BarChart>
      </div>
      <figcaption>
        <p id={descriptionId} className="visually-hidden">
          {t('chart.description')}
        </p>
        <span className="report-legend" aria-hidden="true">
          <span className="report-swatch report-swatch-current" />
          {t('table.current')}
          <span className="report-swatch report-swatch-previous" />
          {t('table.previous')}
        </span>
      </figcaption>
    </figure>
  );
}
