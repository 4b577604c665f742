import { lazyChart } from '@/components/chart/lazy-chart.tsx';
import { ChartFrame } from '@/components/chart-frame.tsx';
import { ChartSlot } from '@/components/chart/chart-slot.tsx';
import { Legend, type LegendItem } from '@/components/legend.tsx';
import { useFrameTools } from '@/components/use-frame-tools.ts';
import type { KoreaShareView } from '@/domain/products.ts';
import { spanLabel } from '@/domain/trade-flows.ts';
import { ConflictList, FrameSources, FtaLegendNote, HollowLegendNote } from './flows-notes.tsx';
import { seriesStyle } from './flows-palette.ts';
import { productCsv } from './products-csv.ts';
import { ProductTable } from './products-table.tsx';

/** Recharts arrives on demand. */
const KoreaShareChart = lazyChart(() => import('./products-share-chart.tsx'));
const HEIGHT = 320;

/** Korea's share of Peru's imports of cars, colour TVs, chemicals and transport equipment, by year, in percent. */
export function KoreaShareFrame({ view }: { view: KoreaShareView }) {
  const { t, locale, pick, sources, hidden, toggle } = useFrameTools();
  const title = t('tradeDetail.koreaShare.title');
  const names = view.series.map((s) => pick(s.points[0]!.record.product));
  const items: LegendItem[] = view.series.map((s, i) => ({
    id: s.family,
    label: names[i]!,
    color: seriesStyle(i).color,
    shape: seriesStyle(i).shape,
    count: s.points.length,
  }));
  const charted = view.series.reduce((n, s) => n + s.points.length, 0);
  const hasPartial = view.series.some((s) => s.points.some((p) => p.partial));
  return (
    <ChartFrame
      id="trade-korea-share"
      title={title}
      subtitle={t('tradeDetail.koreaShare.subtitle', { years: spanLabel(view.span) })}
      height={HEIGHT}
      chart={
        <ChartSlot
          description={t('tradeDetail.koreaShare.description', { n: charted, products: names.join(', ') })}
          what={title}
          height={HEIGHT}
        >
          <KoreaShareChart view={view} hidden={hidden} />
        </ChartSlot>
      }
      table={<ProductTable caption={title} records={view.records} testId="table-trade-korea-share" />}
      csv={() => productCsv(view.records, t, locale, pick, sources)}
      notes={
        <>
          <Legend items={items} hidden={hidden} onToggle={toggle}>
            <HollowLegendNote shown={hasPartial} />
            <FtaLegendNote span={view.span} />
          </Legend>
          <p className="chart-note">{t('tradeDetail.koreaShare.basesNote')}</p>
          <p className="chart-note">{t('tradeDetail.koreaShare.gapNote')}</p>
          <ConflictList conflicts={view.conflicts} />
        </>
      }
      sources={<FrameSources sourceIds={view.sourceIds} />}
    />
  );
}
