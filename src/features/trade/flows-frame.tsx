import { lazyChart } from '@/components/chart/lazy-chart.tsx';
import { Suspense } from 'react';
import { ChartFrame } from '@/components/chart-frame.tsx';
import { REPORTER_STYLE } from '@/components/chart-palette.ts';
import { legendItems } from '@/components/legend-items.ts';
import { Legend, LegendNote } from '@/components/legend.tsx';
import { PanelLoading } from '@/components/panel-status.tsx';
import { figureCells } from '@/components/qualifier-labels.ts';
import { useFrameTools } from '@/components/use-frame-tools.ts';
import { useLocale } from '@/components/use-locale.ts';
import { sourceCells } from '@/components/use-source-lookup.ts';
import { REPORTERS } from '@/data/vocabulary.ts';
import type { TradeRecord } from '@/data/schema/trade.ts';
import {
  spanLabel,
  type DetailFlow,
  type FlowPanel,
  type FlowsView,
  type SideDifference,
} from '@/domain/trade-flows.ts';
import { formatFigure, TRADE_RECORD_CSV } from './flows-format.ts';
import { ConflictList, FrameSources, FtaLegendNote } from './flows-notes.tsx';
import { TradeTable } from './trade-table.tsx';
import { csvHeader } from '@/components/csv-header.ts';

/** Recharts arrives on demand: the panels' frames and notes paint first. */
const FlowPanelChart = lazyChart(() => import('./flows-chart.tsx'));
const PANEL_HEIGHT = 250;

const WHY: Record<DetailFlow, 'whyExports' | 'whyImports' | 'whyBalance'> = {
  exports_pe_to_kr: 'whyExports',
  imports_pe_from_kr: 'whyImports',
  balance: 'whyBalance',
};

/** Peru's exports to and imports from Korea and its balance, one small panel each, markers by reporting side. */
export function FlowsFrame({ view }: { view: FlowsView }) {
  const { t, locale, pick, sources, hidden, toggle } = useFrameTools();
  const title = t('tradeDetail.flows.title');
  const charted = view.panels.reduce((n, p) => n + p.series.reduce((m, s) => m + s.points.length, 0), 0);
  const items = legendItems(
    REPORTERS,
    REPORTER_STYLE,
    (r) => t(`reporters.${r}`),
    (r) => view.counts[r],
  );
  const hasDifferences = view.panels.some((p) => p.differences.length > 0);
  const conflicts = view.panels.flatMap((p) => p.conflicts);

  return (
    <ChartFrame
      id="trade-flows"
      title={title}
      subtitle={t('tradeDetail.flows.subtitle', { years: spanLabel(view.span) })}
      height={PANEL_HEIGHT + 60}
      chart={
        <>
          <p className="visually-hidden">
            {t('tradeDetail.flows.description', {
              n: charted,
              years: spanLabel(view.span),
              panels: view.panels.length,
            })}
          </p>
          <div className="td-flow-panels">
            {view.panels.map((panel) => (
              <FlowPanelBlock key={panel.flow} panel={panel} view={view} hidden={hidden} />
            ))}
          </div>
        </>
      }
      table={<TradeTable caption={title} records={view.records} testId="table-trade-flows" />}
      csv={() => ({
        header: csvHeader(t, [
          ...TRADE_RECORD_CSV,
          'tradeDetail.table.valuation',
          'table.qualifiers',
          'tradeDetail.table.conflictNote',
          'table.note',
          'tradeDetail.table.charted',
        ]),
        rows: view.records.map((r: TradeRecord) => [
          r.year,
          t(`tradeDetail.flowNames.${r.flow as DetailFlow}`),
          r.valueUsdM,
          t(`reporters.${r.reporter}`),
          r.agency,
          t(`tradeDetail.valuations.${r.valuation}`),
          ...figureCells(r, t, locale, pick),
          r.qualifiers.unusable ? t('tradeDetail.table.chartedNo') : t('tradeDetail.table.chartedYes'),
          ...sourceCells(sources, r.sourceIds),
        ]),
      })}
      notes={
        <>
          <Legend items={items} hidden={hidden} onToggle={toggle}>
            <FtaLegendNote span={view.span} />
            {hasDifferences && (
              <LegendNote swatch="td-differ-swatch" mark={t('tradeDetail.flows.differMark')}>
                {t('tradeDetail.flows.differLegend')}
              </LegendNote>
            )}
          </Legend>
          <p className="chart-note">{t('tradeDetail.flows.gapNote')}</p>
          <p className="chart-note">{t('tradeDetail.flows.offsetNote')}</p>
          <ConflictList conflicts={conflicts} open={false} />
        </>
      }
      sources={<FrameSources sourceIds={view.sourceIds} />}
    />
  );
}

function FlowPanelBlock({ panel, view, hidden }: { panel: FlowPanel; view: FlowsView; hidden: ReadonlySet<string> }) {
  const { t } = useLocale();
  const name = t(`tradeDetail.flowNames.${panel.flow}`);
  const n = panel.series.reduce((m, s) => m + s.points.length, 0);
  return (
    <section className="td-flow-panel" aria-label={name}>
      <h4 className="td-panel-title">{name}</h4>
      <p className="visually-hidden">{t('tradeDetail.flows.panelDescription', { flow: name, n })}</p>
      <div className="td-flow-panel__chart" style={{ minHeight: PANEL_HEIGHT }}>
        <Suspense fallback={<PanelLoading what={name} height={PANEL_HEIGHT} />}>
          <FlowPanelChart panel={panel} span={view.span} scale={view.scale} hidden={hidden} />
        </Suspense>
      </div>
      {panel.flow === 'balance' && <p className="chart-note td-panel-note">{t('tradeDetail.flows.balanceNote')}</p>}
      {panel.differences.length > 0 && <DifferenceNote flow={panel.flow} differences={panel.differences} />}
    </section>
  );
}

/** Beside the panel: the years where the two sides differ, their figures, and why they can differ. */
function DifferenceNote({ flow, differences }: { flow: DetailFlow; differences: SideDifference[] }) {
  const { t, locale } = useLocale();
  const list = (records: TradeRecord[]) =>
    records.map((r) => formatFigure(r.valueUsdM, 'usd_m', r.qualifiers, t, locale)).join(', ');
  const sourceIds = [...new Set(differences.flatMap((d) => [...d.korea, ...d.peru].map((r) => r.sourceIds[0]!)))];
  return (
    <div className="td-differ-note">
      <p className="td-differ-note__title">
        <span className="td-differ-swatch" aria-hidden="true">
          {t('tradeDetail.flows.differMark')}
        </span>
        {t('tradeDetail.flows.differTitle')}
      </p>
      <ul>
        {differences.map((d) => (
          <li key={d.year}>
            {t('tradeDetail.flows.differYear', { year: d.year, korea: list(d.korea), peru: list(d.peru) })}
          </li>
        ))}
      </ul>
      <p>{t(`tradeDetail.flows.${WHY[flow]}`)}</p>
      <FrameSources sourceIds={sourceIds} className="td-differ-note__sources" />
    </div>
  );
}
