import { ChartCanvas } from '@/components/chart/chart-canvas.tsx';
import type { BarShapeProps } from '@/components/chart/bar-shape.ts';
import { fitText } from '@/components/chart/text-measure.ts';
import { AXIS_STYLE, GRID_AT_TICKS } from '@/components/chart/axes.ts';
import { memo, useId, useMemo } from 'react';
import { pointTooltip } from '@/components/chart/point-tooltip.tsx';
import { ChartTooltip } from '@/components/chart/chart-tooltip.tsx';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { useLocale } from '@/components/use-locale.ts';
import type { CountRow } from '@/domain/aid-projects.ts';
import {
  COUNT_AXIS_HEIGHT,
  COUNT_MARGIN,
  COUNT_ROW_HEIGHT,
  countBarLayout,
  countChartView,
  countTooltipView,
  shownCount,
  type CountSeries,
} from '@/domain/aid-count-view.ts';
import { formatNumber } from '@/i18n/format.ts';
import { useAidFormat } from './aid-format.ts';
import { COUNT_STYLE } from './aid-styles.ts';

/** One bar of a count chart, already labelled in the interface language. */
export interface CountDatum extends CountRow {
  label: string;
}

type ShapeProps = BarShapeProps<CountDatum>;

const LABEL_FONT = 14;

interface CountBarProps extends ShapeProps {
  series: CountSeries;
  visible: readonly CountSeries[];
  emphasis?: string;
  patternId: string;
}

/** A bar segment; the first visible series writes the group's name above it, the last the count at its end. */
function CountBar({
  x = 0,
  y = 0,
  width = 0,
  payload,
  background,
  series,
  visible,
  emphasis,
  patternId,
}: CountBarProps) {
  const { locale } = useLocale();
  if (!payload) return null;
  const first = visible[0] === series;
  const last = visible.at(-1) === series;
  const { labelY, barY, barHeight, countY } = countBarLayout(y);
  const left = background?.x ?? 0;
  const strong = payload.key === emphasis;
  return (
    <g>
      {first && (
        <text x={left} y={labelY} fontSize={LABEL_FONT} fontWeight={strong ? 700 : 600} fill="var(--text)">
          {fitText(payload.label, Math.max(80, background?.width ?? 300), LABEL_FONT, strong ? 700 : 600)}
        </text>
      )}
      {width > 0 && (
        <rect
          x={x}
          y={barY}
          width={width}
          height={barHeight}
          fill={series === 'withBudget' ? COUNT_STYLE.withBudget.color : `url(#${patternId})`}
          stroke={COUNT_STYLE[series].color}
          strokeWidth={strong ? 2 : 1}
        />
      )}
      {last && (
        <text x={x + width + 6} y={countY} fontSize={LABEL_FONT} fontWeight={700} fill="var(--text)">
          {formatNumber(shownCount(payload, visible), locale)}
        </text>
      )}
    </g>
  );
}

interface AidCountChartProps {
  rows: readonly CountDatum[];
  hidden: ReadonlySet<string>;
  /** Row keys to draw with a heavier outline (the leading group). */
  emphasis?: string;
}

/**
 * Project records per group as horizontal bars, the group's name above its bar and the count at its end; projects
 * with a stated budget are solid, those without are hatched. Counts only: no budget is summed.
 */
function AidCountChart({ rows, hidden, emphasis }: AidCountChartProps) {
  const { locale } = useLocale();
  const patternId = `aid-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { visible, height, ticks } = useMemo(() => countChartView(rows, hidden), [rows, hidden]);

  return (
    <ChartCanvas height={height} initialWidth={600}>
      <BarChart
        layout="vertical"
        data={rows as CountDatum[]}
        margin={COUNT_MARGIN}
        barCategoryGap={0}
        barSize={COUNT_ROW_HEIGHT}
        accessibilityLayer
      >
        <defs>
          <pattern id={patternId} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
            <rect width={6} height={6} fill="var(--surface)" />
            <rect width={2.5} height={6} fill="var(--aid-count)" />
          </pattern>
        </defs>
        <CartesianGrid {...GRID_AT_TICKS} stroke="var(--grid)" horizontal={false} />
        <XAxis
          type="number"
          domain={[0, ticks.at(-1)!]}
          ticks={ticks}
          allowDecimals={false}
          height={COUNT_AXIS_HEIGHT}
          {...AXIS_STYLE}
          tickFormatter={(v: number) => formatNumber(v, locale)}
        />
        <YAxis type="category" dataKey="key" hide interval={0} />
        {pointTooltip(
          (datum: CountDatum) => (
            <CountTooltip datum={datum} />
          ),
          { fill: 'var(--surface-2)' },
        )}
        {visible.map((series) => (
          <Bar
            key={series}
            dataKey={series}
            stackId="projects"
            shape={(props: ShapeProps) => (
              <CountBar {...props} series={series} visible={visible} emphasis={emphasis} patternId={patternId} />
            )}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartCanvas>
  );
}

/** The group, its counts, then its first project titles with their budgets (the table lists them all). */
function CountTooltip({ datum }: { datum: CountDatum }) {
  const f = useAidFormat();
  const { t, pick, locale } = f;
  const { listed, more } = countTooltipView(datum);
  return (
    <ChartTooltip
      value={datum.label}
      rows={[
        [t('aid.projects.tooltipCount'), formatNumber(datum.total, locale)],
        [t('aid.projects.withBudget'), formatNumber(datum.withBudget, locale)],
        [t('aid.projects.withoutBudget'), formatNumber(datum.withoutBudget, locale)],
      ]}
      records={{
        className: 'aid-tooltip__projects',
        label: t('aid.projects.tooltipProjects'),
        items: listed.map((p) => ({
          key: p.id,
          content: (
            <>
              {pick(p.title)} — {f.budget(p)}
            </>
          ),
        })),
        more: more > 0 ? t('aid.projects.tooltipMore', { n: more }) : undefined,
      }}
    />
  );
}

export default memo(AidCountChart);
