import { ChartCanvas } from '@/components/chart/chart-canvas.tsx';
import type { BarShapeProps } from '@/components/chart/bar-shape.ts';
import { fitText } from '@/components/chart/text-measure.ts';
import { AXIS_STYLE, GRID_AT_TICKS } from '@/components/chart/axes.ts';
import { memo, useMemo } from 'react';
import { pointTooltip } from '@/components/chart/point-tooltip.tsx';
import { ChartTooltip } from '@/components/chart/chart-tooltip.tsx';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { useLocale } from '@/components/use-locale.ts';
import { amountsAxis, type AmountRow } from '@/domain/aid-statements.ts';
import type { YearSpan } from '@/domain/aid-records.ts';
import { useAidFormat } from './aid-format.ts';
import { AMOUNT_AXIS_HEIGHT, AMOUNT_MARGIN, AMOUNT_ROW_HEIGHT, AMOUNT_STYLE, amountChartHeight } from './aid-styles.ts';

interface Datum {
  id: string;
  range: [number, number];
  row: AmountRow;
  value: string;
  period: string;
  qualifiers: string;
  measure: string;
}

type ShapeProps = BarShapeProps<Datum>;

const LABEL_FONT = 14;
const MEASURE_FONT = 12.5;

/**
 * One row per statement: its value and years, what it measures (shortened to the width; in full in the tooltip and
 * table), and the mark — a bar over the years a cumulative total covers, or a diamond at a yearly figure's year.
 */
function AmountMark({ x = 0, y = 0, width = 0, payload, background }: ShapeProps) {
  if (!payload) return null;
  const left = background?.x ?? 0;
  const room = Math.max(80, background?.width ?? 300);
  const { row } = payload;
  const color = AMOUNT_STYLE[row.kind].color;
  const markY = y + AMOUNT_ROW_HEIGHT - 15;
  const second = [payload.qualifiers, payload.measure].filter(Boolean).join(' — ');
  return (
    <g className={`aid-amount aid-amount--${row.kind}`}>
      <text x={left} y={y + 17} fontSize={LABEL_FONT} fontWeight={700} fill="var(--text)">
        {fitText(`${payload.value} · ${payload.period}`, room, LABEL_FONT, 700)}
      </text>
      <text x={left} y={y + 34} fontSize={MEASURE_FONT} fill="var(--text-muted)">
        {fitText(second, room, MEASURE_FONT)}
      </text>
      {row.kind === 'cumulative' ? (
        <>
          <rect x={x} y={markY - 5} width={Math.max(width, 2)} height={10} rx={2} fill={color} />
          <rect x={x - 1.5} y={markY - 9} width={3} height={18} fill={color} />
          <rect x={x + Math.max(width, 2) - 1.5} y={markY - 9} width={3} height={18} fill={color} />
        </>
      ) : (
        <path
          d={`M ${x} ${markY - 9} L ${x + 9} ${markY} L ${x} ${markY + 9} L ${x - 9} ${markY} Z`}
          fill={color}
          stroke="var(--surface)"
          strokeWidth={1.5}
        />
      )}
    </g>
  );
}

interface AidStatementsChartProps {
  rows: readonly AmountRow[];
  span: YearSpan;
}

/** Stated amounts of Korean aid: each statement on its own row over a shared year axis, never summed. */
function AidStatementsChart({ rows, span }: AidStatementsChartProps) {
  const f = useAidFormat();
  const { t, pick } = f;
  const height = amountChartHeight(rows.length);
  const data: Datum[] = rows.map((row) => ({
    id: row.id,
    range: [row.from, row.to],
    row,
    value: f.amount(row.valueUsdM, row.statement.qualifiers),
    period: f.range(row.from, row.to),
    qualifiers: f.qualifiers(row.statement.qualifiers).join(' · '),
    measure: pick(row.statement.measure),
  }));
  const { domain, ticks } = useMemo(() => amountsAxis({ from: span.from, to: span.to }), [span.from, span.to]);
  return (
    <ChartCanvas height={height}>
      <BarChart
        layout="vertical"
        data={data}
        margin={AMOUNT_MARGIN}
        barCategoryGap={0}
        barSize={AMOUNT_ROW_HEIGHT}
        accessibilityLayer
      >
        <CartesianGrid {...GRID_AT_TICKS} stroke="var(--grid)" horizontal={false} />
        <XAxis
          type="number"
          domain={domain}
          ticks={ticks}
          allowDataOverflow
          tickFormatter={String}
          height={AMOUNT_AXIS_HEIGHT}
          {...AXIS_STYLE}
          interval="preserveStartEnd"
          minTickGap={6}
          name={t('aid.statements.yearAxis')}
        />
        <YAxis type="category" dataKey="id" hide interval={0} />
        {pointTooltip(
          (datum: Datum) => (
            <AmountTooltip datum={datum} />
          ),
          { fill: 'var(--surface-2)' },
        )}
        <Bar dataKey="range" shape={(props: ShapeProps) => <AmountMark {...props} />} isAnimationActive={false} />
      </BarChart>
    </ChartCanvas>
  );
}

function AmountTooltip({ datum }: { datum: Datum }) {
  const { t, pick } = useLocale();
  const { statedBy } = datum.row;
  return (
    <ChartTooltip
      value={datum.value}
      lead={<p className="chart-tooltip__note">{datum.measure}</p>}
      rows={[
        [t('aid.statements.tooltipPeriod'), datum.period],
        ...(statedBy ? [[t('aid.statements.tooltipStatedBy'), pick(statedBy)] as const] : []),
      ]}
      figure={datum.row.statement}
      primaryOnly
    />
  );
}

export default memo(AidStatementsChart);
