import { lazyChart } from '@/components/chart/lazy-chart.tsx';
import { SourcesFold } from '@/components/sources-fold.tsx';
import { csvHeader } from '@/components/csv-header.ts';
import { Suspense, useMemo } from 'react';
import { ChartFrame } from '@/components/chart-frame.tsx';
import { REPORTER_STYLE } from '@/components/chart-palette.ts';
import { DataTable, type Column } from '@/components/data-table.tsx';
import { Legend, type LegendItem } from '@/components/legend.tsx';
import { PanelLoading } from '@/components/panel-status.tsx';
import { QualifierBadges } from '@/components/qualifier-badges.tsx';
import { qualifierLabels } from '@/components/qualifier-labels.ts';
import { SourceLine } from '@/components/source-line.tsx';
import { useHiddenSeries } from '@/components/use-hidden-series.ts';
import { useLocale } from '@/components/use-locale.ts';
import { sourceCells, useSourceLookup } from '@/components/use-source-lookup.ts';
import type { Reporter } from '@/data/schema/common.ts';
import { REPORTERS } from '@/data/vocabulary.ts';
import type { TradeRecord } from '@/data/schema/trade.ts';
import type { TradeCoverage } from '@/domain/coverage.ts';
import { formatUsdMillions } from '@/i18n/format.ts';
import { formatYearRanges } from './method-utils.ts';
import { coverageChartHeight, type CoverageLayout } from '@/domain/coverage-view.ts';
import { useMediaQuery } from '@/components/use-media-query.ts';

/** Recharts arrives only when this section is rendered. */
const CoverageChart = lazyChart(() => import('./coverage-chart.tsx'));

const CHART_ID = 'method-coverage';

interface YearRow {
  year: number;
  cells: Map<Reporter, TradeRecord[]>;
}

/** Which reporting side published total trade in which year: a grid where gaps stay visibly empty. */
export function CoveragePanel({ coverage }: { coverage: TradeCoverage }) {
  const { t, locale } = useLocale();
  const sources = useSourceLookup();
  const [hidden, toggle] = useHiddenSeries();
  const wideScreen = useMediaQuery('(min-width: 52rem)');
  const layout: CoverageLayout = wideScreen ? 'wide' : 'tall';
  const height = coverageChartHeight(layout, coverage.years.length);
  const title = t('method.coverage.title');

  const visible = useMemo(() => REPORTERS.filter((r) => !hidden.has(r)), [hidden]);
  const rows: YearRow[] = useMemo(
    () =>
      coverage.years.map((year) => ({
        year,
        cells: new Map(coverage.cells.filter((c) => c.year === year).map((c) => [c.reporter, c.records] as const)),
      })),
    [coverage],
  );
  const sourceIds = useMemo(
    () => [...new Set(coverage.cells.flatMap((c) => c.records.map((r) => r.sourceIds[0]!)))],
    [coverage],
  );

  const legendItems: LegendItem[] = coverage.bySide.map((s) => ({
    id: s.reporter,
    label: t(`reporters.${s.reporter}`),
    color: REPORTER_STYLE[s.reporter].color,
    shape: REPORTER_STYLE[s.reporter].shape,
    count: s.figures,
  }));

  const columns: Column<YearRow>[] = [
    { key: 'year', header: t('table.year'), cell: (r) => r.year },
    ...visible.map((reporter): Column<YearRow> => ({
      key: reporter,
      header: t(`reporters.${reporter}`),
      cell: (row) => <CoverageTableCell records={row.cells.get(reporter) ?? []} />,
    })),
  ];

  const description = [
    t('method.coverage.description', { years: coverage.years.length }),
    ...coverage.bySide.map((s) =>
      t('method.coverage.sideCounts', {
        side: t(`reporters.${s.reporter}`),
        figures: s.figures,
        years: s.years,
        span: coverage.years.length,
      }),
    ),
  ].join(' ');

  return (
    <ChartFrame
      unfiltered
      id={CHART_ID}
      title={title}
      subtitle={t('method.coverage.subtitle', { from: coverage.from, to: coverage.to })}
      height={height}
      chart={
        <>
          <p className="visually-hidden">{description}</p>
          {visible.length > 0 && (
            <Suspense fallback={<PanelLoading what={title} height={height} />}>
              <CoverageChart coverage={coverage} reporters={visible} layout={layout} />
            </Suspense>
          )}
        </>
      }
      table={
        <DataTable
          caption={t('method.coverage.tableCaption')}
          columns={columns}
          rows={rows}
          rowKey={(r) => String(r.year)}
          testId={`table-${CHART_ID}`}
        />
      }
      csv={() => ({
        header: csvHeader(t, [
          'table.year',
          'table.side',
          'method.coverage.status',
          'method.coverage.figuresInCell',
          'table.valueUsdM',
          'table.agency',
          'table.qualifiers',
        ]),
        rows: rows.flatMap((row) =>
          visible.flatMap((reporter) => {
            const records = row.cells.get(reporter) ?? [];
            const side = t(`reporters.${reporter}`);
            if (records.length === 0) return [[row.year, side, t('method.coverage.gap')]];
            return records.map((r) => [
              row.year,
              side,
              t('method.coverage.covered'),
              records.length,
              r.valueUsdM,
              r.agency,
              qualifierLabels(r.qualifiers, t, locale).join('; '),
              ...sourceCells(sources, r.sourceIds),
            ]);
          }),
        ),
      })}
      notes={
        <>
          <Legend items={legendItems} hidden={hidden} onToggle={toggle}>
            <li className="legend__item method-gap-legend">
              <span className="method-gap-swatch" aria-hidden="true" />
              {t('method.coverage.gapLegend')}
            </li>
          </Legend>
          {coverage.emptyYears.length > 0 && (
            <p className="chart-note">
              {t('method.coverage.emptyYears', { years: formatYearRanges(coverage.emptyYears, t) })}
            </p>
          )}
          <p className="chart-note">{t('trade.differenceNote')}</p>
          <p className="chart-note">{t('method.coverage.unusableNote')}</p>
        </>
      }
      sources={<SourcesFold sourceIds={sourceIds} />}
    />
  );
}

function CoverageTableCell({ records }: { records: readonly TradeRecord[] }) {
  const { t, locale } = useLocale();
  if (records.length === 0)
    return (
      <span className="method-gap-text">
        <span aria-hidden="true">— </span>
        {t('method.coverage.gapCell')}
      </span>
    );
  return (
    <ul className="method-cell-list">
      {records.map((r) => (
        <li key={r.id}>
          <strong>{formatUsdMillions(r.valueUsdM, locale)}</strong>
          {r.agency ? ` (${r.agency})` : ''}
          <QualifierBadges qualifiers={r.qualifiers} withConflictNote={false} />
          <SourceLine sourceIds={r.sourceIds} primaryOnly />
        </li>
      ))}
    </ul>
  );
}
