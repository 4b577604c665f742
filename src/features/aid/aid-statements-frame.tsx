import { lazyChart } from '@/components/chart/lazy-chart.tsx';
import { SourcesFold } from '@/components/sources-fold.tsx';
import type { LocalizedText } from '@/data/schema/common.ts';
import { Suspense } from 'react';
import { ChartFrame } from '@/components/chart-frame.tsx';
import { Legend, type LegendItem } from '@/components/legend.tsx';
import { PanelLoading } from '@/components/panel-status.tsx';
import { QualifierBadges } from '@/components/qualifier-badges.tsx';
import { SourceLine } from '@/components/source-line.tsx';
import { useHiddenSeries } from '@/components/use-hidden-series.ts';
import { useSourceLookup } from '@/components/use-source-lookup.ts';
import type { AidStatement } from '@/data/schema/aid.ts';
import { spanOf, type AmountRow, type ShareRow } from '@/domain/aid-statements.ts';
import { statementYears } from '@/domain/aid-records.ts';
import { formatPercent } from '@/i18n/format.ts';
import { statementsCsv } from './aid-csv.ts';
import { useAidFormat } from './aid-format.ts';
import { AMOUNT_SERIES, AMOUNT_STYLE, amountChartHeight } from './aid-styles.ts';
import { StatementsTable } from './aid-tables.tsx';

const AidStatementsChart = lazyChart(() => import('./aid-statements-chart.tsx'));

interface StatementsFrameProps {
  statements: readonly AidStatement[];
  amounts: readonly AmountRow[];
  shares: readonly ShareRow[];
  statedBy: ReadonlyMap<string, LocalizedText>;
}

/** Chart `aid-statements`: cumulative totals as ranges, yearly figures as points, shares listed with their base. */
export function StatementsFrame({ statements, amounts, shares, statedBy }: StatementsFrameProps) {
  const f = useAidFormat();
  const { t, pick, locale } = f;
  const sources = useSourceLookup();
  const [hidden, toggle] = useHiddenSeries();
  const title = t('aid.statements.title');
  const span = spanOf(statements.map(statementYears))!;
  const drawn = amounts.filter((r) => !hidden.has(r.kind));
  const axisSpan = spanOf(amounts) ?? span;
  const height = amountChartHeight(amounts.length);
  const sourceIds = [...new Set(statements.flatMap((s) => s.sourceIds))];
  const items: LegendItem[] = AMOUNT_SERIES.filter((kind) => amounts.some((r) => r.kind === kind)).map((kind) => ({
    id: kind,
    label: kind === 'cumulative' ? t('aid.statements.seriesCumulative') : t('aid.statements.seriesAnnual'),
    color: AMOUNT_STYLE[kind].color,
    shape: AMOUNT_STYLE[kind].shape,
    count: amounts.filter((r) => r.kind === kind).length,
  }));

  return (
    <ChartFrame
      id="aid-statements"
      title={title}
      subtitle={t('aid.statements.subtitle', { years: f.range(span.from, span.to) })}
      height={amounts.length ? height : 0}
      chart={
        amounts.length === 0 ? (
          <p className="aid-note">{t('aid.statements.noAmounts')}</p>
        ) : (
          <>
            <p className="visually-hidden">
              {t('aid.statements.description', {
                cumulative: amounts.filter((r) => r.kind === 'cumulative').length,
                annual: amounts.filter((r) => r.kind === 'annual').length,
                years: f.range(axisSpan.from, axisSpan.to),
              })}
            </p>
            {drawn.length === 0 ? (
              <p className="aid-note">{t('aid.statements.hiddenAll')}</p>
            ) : (
              <Suspense fallback={<PanelLoading what={title} height={height} />}>
                <AidStatementsChart rows={drawn} span={axisSpan} />
              </Suspense>
            )}
          </>
        )
      }
      table={<StatementsTable caption={title} statements={statements} statedBy={statedBy} />}
      csv={() => statementsCsv(f, sources, statements, statedBy)}
      notes={
        <>
          {items.length > 0 && <Legend items={items} hidden={hidden} onToggle={toggle} />}
          <p className="chart-note">{t('aid.statements.notSummed')}</p>
          {shares.length > 0 && (
            <div className="aid-shares">
              <h4 className="aid-shares__title">{t('aid.statements.sharesTitle')}</h4>
              <ul className="aid-shares__list">
                {shares.map((s) => (
                  <li key={s.id} className="aid-shares__item">
                    <span className="aid-shares__value">{formatPercent(s.sharePct, locale)}</span>
                    <span className="aid-shares__body">
                      <span className="aid-shares__base">
                        {pick(s.statement.measure)} ({s.year})
                      </span>
                      <QualifierBadges qualifiers={s.statement.qualifiers} />
                      <SourceLine sourceIds={s.statement.sourceIds} primaryOnly />
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      }
      sources={<SourcesFold sourceIds={sourceIds} />}
    />
  );
}
