import { lazyChart } from '@/components/chart/lazy-chart.tsx';
import { useQuery } from '@tanstack/react-query';
import { REPORTER_STYLE } from '@/components/chart-palette.ts';
import { useLocale } from '@/components/use-locale.ts';
import { productsQuery, tradeQuery } from '@/data/queries.ts';
import { latestExportItems, latestKoreaShares, latestMineralShare } from '@/domain/deck-highlights.ts';
import { tradeBeforeAfterFta, tradeSeriesByReporter, tradeYearSpan } from '@/domain/trade-series.ts';
import { formatGrowth, formatPercent, formatUsdMillions } from '@/i18n/format.ts';
import { SLIDE_SCALE } from '@/components/chart/axes.ts';
import { ftaMilestone } from '@/domain/milestones.ts';
import { loadTradeSlideChart } from './load-slide-charts.ts';
import { SlideFrame, SlideLegend } from './slide-frame.tsx';

const TotalTradeChart = lazyChart(loadTradeSlideChart);
/** The slide marks the FTA only (its label is the chart's own, in the slide's language). */
const FTA = ftaMilestone({ en: '', es: '', ko: '' });

/** Trade since the FTA: every published total as a marker, the FTA line, and the before/after in one sentence. */
export function TradeSlide() {
  const { t, locale } = useLocale();
  const data = useQuery({
    ...tradeQuery(),
    select: (f) => ({
      series: tradeSeriesByReporter(f.annual, 'total'),
      span: tradeYearSpan(f.annual, 'total'),
      compare: tradeBeforeAfterFta(f.annual),
    }),
  }).data;
  if (!data?.span) return null;
  const { series, span, compare } = data;
  return (
    <SlideFrame
      title={t('present.tradeTitle')}
      sourceIds={compare ? [compare.after.sourceIds[0]!, compare.before.sourceIds[0]!] : []}
    >
      {compare && (
        <p className="slide__lead">
          {t('present.tradeBody', {
            after: formatUsdMillions(compare.after.valueUsdM, locale),
            afterYear: compare.after.year,
            growth: formatGrowth(compare.ratio, locale),
            beforeYear: compare.before.year,
            reporter: t(`reporters.${compare.reporter}`),
          })}
        </p>
      )}
      <div className="slide__figure slide__figure--chart" data-figure="chart">
        <div className="slide__chart">
          <TotalTradeChart
            series={series}
            span={span}
            milestones={[FTA]}
            ftaId={FTA.id}
            scale={SLIDE_SCALE}
            height="100%"
          />
        </div>
        <SlideLegend
          items={series.map((s) => ({
            key: s.reporter,
            label: t(`reporters.${s.reporter}`),
            style: REPORTER_STYLE[s.reporter],
          }))}
        />
      </div>
    </SlideFrame>
  );
}

/** What Peru sells (latest comparable full-year product values) and buys (Korea's share of Peru's imports), as bars. */
export function ProductsSlide() {
  const { t, locale, pick } = useLocale();
  const data = useQuery({
    ...productsQuery(),
    select: (f) => ({
      sells: latestExportItems(f.products).slice(0, 5),
      buys: latestKoreaShares(f.products).slice(0, 4),
      minerals: latestMineralShare(f.products),
    }),
  }).data;
  if (!data) return null;
  const { sells, buys, minerals } = data;
  const max = Math.max(1, ...sells.map((r) => r.valueUsdM ?? 0));
  return (
    <SlideFrame title={t('present.productsTitle')} sourceIds={[...sells, ...buys].flatMap((r) => r.sourceIds)}>
      <div className="products-figure slide__figure" data-figure="bars">
        <div>
          <p className="slide__line">
            {t('present.productsSells')} · {sells[0]?.year}
          </p>
          <ul className="hbars">
            {sells.map((r) => (
              <li key={r.id}>
                <span className="hbars__label">{pick(r.product)}</span>
                <span className="hbars__track">
                  <span
                    className="hbars__bar"
                    style={{ width: `calc((100% - 340px) * ${(r.valueUsdM ?? 0) / max})` }}
                  />
                  <span className="hbars__value">{formatUsdMillions(r.valueUsdM ?? 0, locale)}</span>
                </span>
              </li>
            ))}
          </ul>
          {minerals?.sharePct !== undefined && minerals.shareOf && (
            <p className="slide__line">
              {t('present.productsMinerals', {
                share: formatPercent(minerals.sharePct, locale),
                what: pick(minerals.shareOf),
                year: minerals.year,
              })}
            </p>
          )}
        </div>
        <div>
          <p className="slide__line">{t('present.productsBuys')}</p>
          <ul className="hbars">
            {buys.map((r) => (
              <li key={r.id}>
                <span className="hbars__label">
                  {pick(r.product)} ({r.year})
                </span>
                <span className="hbars__track">
                  <span
                    className="hbars__bar hbars__bar--share"
                    style={{ width: `calc((100% - 180px) * ${(r.sharePct ?? 0) / 100})` }}
                  />
                  <span className="hbars__value">{formatPercent(r.sharePct ?? 0, locale)}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </SlideFrame>
  );
}
