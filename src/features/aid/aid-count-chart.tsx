import { ChartCanvas } from '@/components/chart/chart-canvas.tsx';
import type { BarShapeProps } from '@/components/chart/bar-shape.ts';
import { fitText } from '@/components/chart/text-measure.ts';
import { AXIS_STYLE, GRID_AT_TICKS } from '@/components/chart/axes.ts';
import { memo, useId } from 'react';
import { pointTooltip } from '@/components/chart/point-tooltip.tsx';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { useLocale } from '@/components/use-locale.ts';
import type { AidProject } from '@/data/schema/aid.ts';
import { countTicks } from '@/domain/year-ticks.ts';
import { formatNumber } from '@/i18n/format.ts';
import { useAidFormat } from './aid-format.ts';
import {
  COUNT_AXIS_HEIGHT,
  COUNT_MARGIN,
  COUNT_ROW_HEIGHT,
  COUNT_SERIES,
  COUNT_STYLE,
  countChartHeight,
  type CountSeries,
} from './aid-styles.ts';

/** One bar of a count chart, already labelled in the interface language. */
export interface CountDatum {
  key: string;
  label: string;
  withBudget: number;
  withoutBudget: number;
  total: number;
  projects: AidProject[];
}

type ShapeProps = BarShapeProps<CountDatum>;

const LABEL_FONT = 14;
const TOOLTIP_TITLES = 8;

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
  const barY = y + 24;
  const barH = COUNT_ROW_HEIGHT - 32;
  const shown = visible.reduce((n, s) => n + payload[s], 0);
  const left = background?.x ?? 0;
  const strong = payload.key === emphasis;
  return (
    <g>
      {first && (
        <text x={left} y={y + 17} fontSize={LABEL_FONT} fontWeight={strong ? 700 : 600} fill="var(--text)">
          {fitText(payload.label, Math.max(80, background?.width ?? 300), LABEL_FONT, strong ? 700 : 600)}
        </text>
      )}
      {width > 0 && (
        <rect
          x={x}
          y={barY}
          width={width}
          height={barH}
          fill={series === 'withBudget' ? COUNT_STYLE.withBudget.color : `url(#${patternId})`}
          stroke={COUNT_STYLE[series].color}
          strokeWidth={strong ? 2 : 1}
        />
      )}
      {last && (
        <text x={x + width + 6} y={barY + barH - 4} fontSize={LABEL_FONT} fontWeight={700} fill="var(--text)">
          {formatNumber(shown, locale)}
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
  const visible = COUNT_SERIES.filter((s) => !hidden.has(s));
  const height = countChartHeight(rows.length);
  const ticks = countTicks(Math.max(0, ...rows.map((r) => visible.reduce((n, s) => n + r[s], 0))));

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

function CountTooltip({ datum }: { datum: CountDatum }) {
  const f = useAidFormat();
  const { t, pick, locale } = f;
  const more = datum.projects.length - TOOLTIP_TITLES;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__value">{datum.label}</p>
      <dl>
        <dt>{t('aid.projects.tooltipCount')}</dt>
        <dd>{formatNumber(datum.total, locale)}</dd>
        <dt>{t('aid.projects.withBudget')}</dt>
        <dd>{formatNumber(datum.withBudget, locale)}</dd>
        <dt>{t('aid.projects.withoutBudget')}</dt>
        <dd>{formatNumber(datum.withoutBudget, locale)}</dd>
      </dl>
      <ul className="aid-tooltip__projects" aria-label={t('aid.projects.tooltipProjects')}>
        {datum.projects.slice(0, TOOLTIP_TITLES).map((p) => (
          <li key={p.id}>
            {pick(p.title)} — {f.budget(p)}
          </li>
        ))}
      </ul>
      {more > 0 && <p className="chart-tooltip__note">{t('aid.projects.tooltipMore', { n: more })}</p>}
    </div>
  );
}

export default memo(AidCountChart);
