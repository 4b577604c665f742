import { ChartCanvas } from '@/components/chart/chart-canvas.tsx';
import { useChartWidth } from '@/components/chart/use-chart-width.ts';
import { AXIS_STYLE, GRID_AT_TICKS, SMALL_LABEL_FONT } from '@/components/chart/axes.ts';
import { memo, useMemo } from 'react';
import { ChartTooltip } from '@/components/chart/chart-tooltip.tsx';
import { pointTooltip } from '@/components/chart/point-tooltip.tsx';
import { CartesianGrid, ReferenceArea, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { useLocale } from '@/components/use-locale.ts';
import type { Locale } from '@/data/schema/common.ts';
import type { DealType, InvestmentProject } from '@/data/schema/investment.ts';
import {
  dealRowLayout,
  dodgeLanes,
  hasAmount,
  logDomain,
  logTicks,
  type DealGroup,
} from '@/domain/investment-projects.ts';
import { estimateTextWidth, formatUsdTick } from '@/domain/investment-labels.ts';
import { formatUsdMillions } from '@/i18n/format.ts';
import { wrapText } from '@/domain/text-wrap.ts';
import { ShapeMark as Mark } from '@/components/chart/markers.tsx';
import { DEAL_STYLE, projectsChartHeight } from './investment-styles.ts';

const LANE_STEP = 11;
const MARGIN = { top: 8, right: 30, bottom: 6, left: 4 };

interface ProjectDot {
  id: string;
  /** Vertical position of the deal type's row (see dealRowLayout). */
  row: number;
  amountUsdM: number;
  lane: number;
  project: InvestmentProject;
}

interface ProjectsChartProps {
  /** Every group kept by the filter, in display order: each is a row, even when the reader hides its markers. */
  groups: readonly DealGroup[];
  hidden: ReadonlySet<string>;
}

/**
 * Each reported deal amount as its own marker, one row per deal type: FDI on top under "Investment", set apart by a
 * rule from everything that is not investment. On a log scale so US$20 million contracts and US$4 billion plants both
 * read; markers are never stacked into bars or added up.
 */
function ProjectsChart({ groups, hidden }: ProjectsChartProps) {
  const { t, locale } = useLocale();
  const size = useChartWidth();
  const { width } = size;
  const narrow = width < 560;
  const yAxisWidth = narrow ? 100 : 150;
  const layout = useMemo(() => dealRowLayout(groups.map((g) => g.dealType)), [groups]);
  const height = projectsChartHeight(layout.extent);
  const domain = useMemo(
    () => logDomain(groups.flatMap((g) => g.projects.filter(hasAmount).map((p) => p.amountUsdM))),
    [groups],
  );
  const plotWidth = width - yAxisWidth - MARGIN.left - MARGIN.right;
  const dots = useMemo(() => {
    const decades = Math.log10(domain[1] / domain[0]);
    const rowOf = new Map(layout.rows.map((r) => [r.dealType, r.y]));
    const all = groups.flatMap((g) =>
      g.projects
        .filter(hasAmount)
        .map((p) => ({ id: p.id, row: rowOf.get(g.dealType) ?? 0, amountUsdM: p.amountUsdM, project: p })),
    );
    const lanes = dodgeLanes(
      all.map((d) => ({ id: d.id, row: String(d.row), value: d.amountUsdM })),
      (13 * decades) / Math.max(120, plotWidth),
      2,
    );
    return all.map((d): ProjectDot => ({ ...d, lane: lanes.get(d.id) ?? 0 }));
  }, [groups, domain, plotWidth, layout]);
  const withoutAmount = new Map(groups.map((g) => [g.dealType, g.projects.filter((p) => !hasAmount(p)).length]));
  const xTick = useMemo(() => (v: number) => formatUsdTick(v, locale, !narrow), [locale, narrow]);
  const ticks = [...layout.headers.map((h) => h.y), ...layout.rows.map((r) => r.y)].sort((a, b) => a - b);
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;
  return (
    <ChartCanvas height={height} size={size}>
      <ScatterChart margin={MARGIN} accessibilityLayer>
        {layout.fdiBand && (
          <ReferenceArea
            y1={layout.fdiBand[0]}
            y2={layout.fdiBand[1]}
            fill="var(--inv-fdi-band)"
            fillOpacity={1}
            stroke="none"
            ifOverflow="visible"
          />
        )}
        <CartesianGrid {...GRID_AT_TICKS} stroke="var(--grid)" horizontal={false} />
        {layout.separator !== undefined && (
          <ReferenceLine y={layout.separator} stroke="var(--text)" strokeWidth={1.5} className="investment-fdi-line" />
        )}
        <XAxis
          type="number"
          dataKey="amountUsdM"
          scale="log"
          domain={domain}
          ticks={logTicks(domain)}
          tickFormatter={xTick}
          interval={0}
          allowDataOverflow
          {...AXIS_STYLE}
          label={{
            value: t('investment.projects.valueAxis'),
            position: 'insideBottom',
            offset: 0,
            fill: 'var(--text-muted)',
            fontSize: 12,
          }}
          height={44}
        />
        <YAxis
          type="number"
          dataKey="row"
          domain={[0, layout.extent]}
          ticks={ticks}
          interval={0}
          reversed
          width={yAxisWidth}
          stroke="var(--axis)"
          tickLine={false}
          tick={(props: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) => {
            const y = Number(props.payload?.value);
            const x = Number(props.x);
            const header = layout.headers.find((h) => near(h.y, y));
            if (header) {
              return (
                <text
                  x={x - yAxisWidth + 10}
                  y={Number(props.y)}
                  dominantBaseline="central"
                  fontSize={SMALL_LABEL_FONT}
                  fontWeight={700}
                  letterSpacing="0.06em"
                  fill="var(--text)"
                  className="investment-row-header"
                >
                  {t(
                    header.kind === 'investment'
                      ? 'investment.projects.investmentBand'
                      : 'investment.projects.notInvestmentBand',
                  ).toLocaleUpperCase(locale)}
                </text>
              );
            }
            const row = layout.rows.find((r) => near(r.y, y));
            if (!row) return <g />;
            const missing = withoutAmount.get(row.dealType) ?? 0;
            return (
              <DealTick
                x={x}
                y={Number(props.y)}
                width={yAxisWidth - 12}
                label={t(`investment.dealTypesShort.${row.dealType}`)}
                missing={missing ? t('investment.projects.withoutAmount', { n: missing }) : undefined}
                strong={row.dealType === 'fdi'}
              />
            );
          }}
        />
        {pointTooltip((dot: ProjectDot) => (
          <ProjectTooltip dot={dot} locale={locale} />
        ))}
        {layout.rows.map(({ dealType, y }) =>
          hidden.has(dealType) ? null : (
            <Scatter
              key={dealType}
              name={t(`investment.dealTypes.${dealType}`)}
              data={dots.filter((d) => near(d.row, y))}
              fill={DEAL_STYLE[dealType].color}
              isAnimationActive={false}
              className={`investment-deals investment-deals--${dealType}`}
              shape={(props: { cx?: number; cy?: number; payload?: ProjectDot }) => {
                const d = props.payload;
                if (props.cx === undefined || props.cy === undefined || !d) return <g />;
                return (
                  <g className="investment-deal" data-id={d.id}>
                    <Mark
                      cx={props.cx}
                      cy={props.cy + d.lane * LANE_STEP}
                      shape={DEAL_STYLE[dealType].shape}
                      color={DEAL_STYLE[dealType].color}
                      size={11}
                    />
                  </g>
                );
              }}
            />
          ),
        )}
      </ScatterChart>
    </ChartCanvas>
  );
}

/** A row label: the deal type and how many of its deals have no amount, each wrapped to fit the gutter. */
function DealTick({
  x,
  y,
  width,
  label,
  missing,
  strong,
}: {
  x: number;
  y: number;
  width: number;
  label: string;
  missing?: string;
  strong: boolean;
}) {
  const lines = wrap(label, width, 13);
  const extra = missing ? wrap(missing, width, SMALL_LABEL_FONT) : [];
  const lineHeight = 14;
  const total = lines.length + extra.length;
  const top = y - ((total - 1) * lineHeight) / 2;
  return (
    <text x={x - 6} y={top} textAnchor="end" fill="var(--text)" fontSize={13} dominantBaseline="central">
      {lines.map((line, i) => (
        <tspan key={`l${i}`} x={x - 6} dy={i === 0 ? 0 : lineHeight} fontWeight={strong ? 700 : 500}>
          {line}
        </tspan>
      ))}
      {extra.map((line, i) => (
        <tspan
          key={`e${i}`}
          x={x - 6}
          dy={lineHeight}
          fontSize={SMALL_LABEL_FONT}
          fill="var(--text-muted)"
          fontStyle="italic"
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Breaks a label into lines that fit a width, by the rough width estimate (pure: the same on every machine). */
const wrap = (text: string, width: number, fontSize: number) =>
  wrapText(text, width, (line) => estimateTextWidth(line, fontSize));

function ProjectTooltip({ dot, locale }: { dot: ProjectDot; locale: Locale }) {
  const { t, pick } = useLocale();
  const p = dot.project;
  const dealType: DealType = p.dealType;
  return (
    <ChartTooltip
      primaryOnly
      className="investment-tooltip"
      value={formatUsdMillions(dot.amountUsdM, locale)}
      lead={<p className="investment-tooltip__measure">{pick(p.project)}</p>}
      rows={[
        [t('investment.projects.company'), p.company],
        [t('investment.projects.detail'), `${t(`investment.dealTypes.${dealType}`)}: ${pick(p.dealTypeDetail)}`],
        [t('investment.projects.industry'), t(`investment.industries.${p.industry}`)],
        [t('table.year'), p.year ?? t('investment.projects.undated')],
      ]}
      figure={p}
    />
  );
}

export default memo(ProjectsChart);
