import { lazy, Suspense } from 'react';
import { ChartFrame } from '@/components/chart-frame.tsx';
import { Legend, type LegendItem } from '@/components/legend.tsx';
import { PanelLoading } from '@/components/panel-status.tsx';
import { useHiddenSeries } from '@/components/use-hidden-series.ts';
import { useLocale } from '@/components/use-locale.ts';
import { useSourceLookup } from '@/components/use-source-lookup.ts';
import { FTA_IN_FORCE, yearFraction } from '@/domain/milestones.ts';
import type { KoreaShareView } from '@/domain/products.ts';
import { spanIncludes, spanLabel } from '@/domain/trade-flows.ts';
import { formatPartialDate } from '@/i18n/format.ts';
import { ConflictList, FrameSources } from './flows-notes.tsx';
import { seriesStyle } from './flows-palette.ts';
import { productCsv } from './products-csv.ts';
import { ProductTable } from './products-table.tsx';

/** Recharts arrives on demand. */
const KoreaShareChart = lazy(() => import('./products-share-chart.tsx'));
const HEIGHT = 320;

/** Korea's share of Peru's imports of cars, colour TVs, chemicals and transport equipment, by year, in percent. */
export function KoreaShareFrame({ view }: { view: KoreaShareView }) {
  const { t, locale, pick } = useLocale();
  const sources = useSourceLookup();
  const [hidden, toggle] = useHiddenSeries();
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
        <>
          <p className="visually-hidden">
            {t('tradeDetail.koreaShare.description', { n: charted, products: names.join(', ') })}
          </p>
          <Suspense fallback={<PanelLoading what={title} height={HEIGHT} />}>
            <KoreaShareChart view={view} hidden={hidden} />
          </Suspense>
        </>
      }
      table={<ProductTable caption={title} records={view.records} testId="table-trade-korea-share" />}
      csv={() => productCsv(view.records, t, locale, pick, sources)}
      notes={
        <>
          <Legend items={items} hidden={hidden} onToggle={toggle}>
            {hasPartial && (
              <li className="legend__item">
                <span className="td-hollow-swatch" aria-hidden="true" />
                {t('tradeDetail.hollowLegend')}
              </li>
            )}
            {spanIncludes(view.span, yearFraction(FTA_IN_FORCE)) && (
              <li className="legend__item legend__item--event">
                <span className="legend__event" aria-hidden="true" />
                {t('tradeDetail.ftaLegend', { date: formatPartialDate(FTA_IN_FORCE, locale) })}
              </li>
            )}
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
