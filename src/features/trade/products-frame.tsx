import { lazyChart } from '@/components/chart/lazy-chart.tsx';
import { Suspense, useMemo } from 'react';
import { ChartFrame } from '@/components/chart-frame.tsx';
import { REPORTER_STYLE } from '@/components/chart-palette.ts';
import { legendItems } from '@/components/legend-items.ts';
import { Legend, LegendNote } from '@/components/legend.tsx';
import { PanelLoading } from '@/components/panel-status.tsx';
import { useFrameTools } from '@/components/use-frame-tools.ts';
import { useLocale } from '@/components/use-locale.ts';
import { REPORTERS } from '@/data/vocabulary.ts';
import type { ProductsView } from '@/domain/products.ts';
import { spanLabel } from '@/domain/trade-flows.ts';
import { ConflictList, FrameSources } from './flows-notes.tsx';
import { productCsv } from './products-csv.ts';
import type { BarRow } from '@/domain/product-bars-layout.ts';
import { shareRows, valueRows } from './products-rows.ts';
import { ProductTable } from './products-table.tsx';
import './products-detail.css';

/** Recharts arrives on demand. */
const ProductBars = lazyChart(() => import('./products-chart.tsx'));

/** What Peru sells to Korea: single products, product groups and shares, one bar per published figure. */
export function ProductsFrame({ view }: { view: ProductsView }) {
  const { t, locale, pick, sources, hidden, toggle } = useFrameTools();
  const title = t('tradeDetail.products.title');
  const years = view.records.map((r) => r.year);
  const span = { from: Math.min(...years), to: Math.max(...years) };

  const all = [...view.items, ...view.categories, ...view.shares];
  const items = legendItems(
    REPORTERS,
    REPORTER_STYLE,
    (r) => t(`reporters.${r}`),
    (r) => all.filter((b) => b.record.reporter === r).length,
  );
  const hasPartial = all.some((b) => b.partial);
  const unusable = view.records.filter((r) => r.qualifiers.unusable);

  return (
    <ChartFrame
      id="trade-products"
      title={title}
      subtitle={t('tradeDetail.products.subtitle', { years: spanLabel(span) })}
      height={400}
      chart={
        <>
          <p className="visually-hidden">{t('tradeDetail.products.description', { n: all.length })}</p>
          <ProductPanels view={view} hidden={hidden} />
        </>
      }
      table={<ProductTable caption={title} records={view.records} testId="table-trade-products" />}
      csv={() => productCsv(view.records, t, locale, pick, sources)}
      notes={
        <>
          <Legend items={items} hidden={hidden} onToggle={toggle}>
            {hasPartial && <LegendNote swatch="td-stripe-swatch">{t('tradeDetail.partialLegend')}</LegendNote>}
          </Legend>
          {hasPartial && <p className="chart-note">{t('tradeDetail.products.partialNote')}</p>}
          {unusable.length > 0 && (
            <p className="chart-note">
              {t('tradeDetail.products.unusableNote', {
                list: unusable.map((r) => `${pick(r.product)} (${r.year})`).join('; '),
              })}
            </p>
          )}
          <ConflictList conflicts={view.conflicts} />
        </>
      }
      sources={<FrameSources sourceIds={view.sourceIds} />}
    />
  );
}

/**
 * The three bar panels. Their rows (a formatted period, value and flags per bar) are worked out here, inside the
 * chart, so they cost nothing while the chart is far from the screen and not drawn.
 */
function ProductPanels({ view, hidden }: { view: ProductsView; hidden: ReadonlySet<string> }) {
  const { t, locale, pick } = useLocale();
  const panels = useMemo(() => {
    const visible = (rows: BarRow[]) => rows.filter((r) => !hidden.has(r.reporter));
    return [
      {
        key: 'items',
        title: t('tradeDetail.products.itemsTitle'),
        subtitle: t('tradeDetail.products.itemsSubtitle'),
        rows: visible(valueRows(view.items, t, locale, pick)),
      },
      {
        key: 'categories',
        title: t('tradeDetail.products.categoriesTitle'),
        subtitle: t('tradeDetail.products.categoriesSubtitle'),
        rows: visible(valueRows(view.categories, t, locale, pick)),
      },
      {
        key: 'shares',
        title: t('tradeDetail.products.sharesTitle'),
        subtitle: t('tradeDetail.products.sharesSubtitle'),
        rows: visible(shareRows(view.shares, t, locale, pick)),
      },
    ];
  }, [view, hidden, t, locale, pick]);
  return (
    <div className="td-product-panels">
      {panels.map((panel) => (
        <section key={panel.key} className={`td-product-panel td-product-panel--${panel.key}`} aria-label={panel.title}>
          <h4 className="td-panel-title">{panel.title}</h4>
          <p className="td-panel-subtitle">{panel.subtitle}</p>
          {panel.rows.length === 0 ? (
            <p className="chart-note">{t('tradeDetail.products.empty')}</p>
          ) : (
            <Suspense fallback={<PanelLoading what={panel.title} height={panel.rows.length * 34} />}>
              <ProductBars rows={panel.rows} />
            </Suspense>
          )}
        </section>
      ))}
    </div>
  );
}
