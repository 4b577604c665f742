import { lazyChart } from '@/components/chart/lazy-chart.tsx';
import { useMemo } from 'react';
import { ChartFrame } from '@/components/chart-frame.tsx';
import { legendItems } from '@/components/legend-items.ts';
import { Legend, LegendNote } from '@/components/legend.tsx';
import { ChartSlot } from '@/components/chart/chart-slot.tsx';
import { qualifierLabels } from '@/components/qualifier-labels.ts';
import { useFrameTools } from '@/components/use-frame-tools.ts';
import { sourceCells } from '@/components/use-source-lookup.ts';
import { STATEMENT_BODIES, pointYearSpan, type StatementPoint, whoStated } from '@/domain/investment-statements.ts';
import type { InvestmentView } from '@/domain/investment-view.ts';
import { formatPartialDate } from '@/i18n/format.ts';
import { StatementsTable } from './investment-tables.tsx';
import { BODY_STYLE, STATEMENTS_CHART_HEIGHT } from './investment-styles.ts';
import { SourcesDetails, YearsEmpty } from './investment-frame-parts.tsx';
import { listOf, uniqueSources } from './investment-rows.ts';
import { csvHeader } from '@/components/csv-header.ts';

/** Recharts arrives on demand, after the first paint. */
const StatementsChart = lazyChart(() => import('@/components/charts/statements-chart.tsx'));

export function StatementsFrame({ view }: { view: InvestmentView }) {
  const { t, locale, pick, sources, hidden, toggle } = useFrameTools();
  const title = t('investment.statements.title');
  const span = useMemo(() => pointYearSpan(view.points), [view.points]);
  const visible = useMemo(() => view.points.filter((p) => !hidden.has(p.body)), [view.points, hidden]);
  if (!view.statementsInSectors) return null;
  if (!span) return <YearsEmpty title={title} />;
  const items = legendItems(
    STATEMENT_BODIES,
    BODY_STYLE,
    (body) => t(`investment.bodies.${body}`),
    (body) => view.points.filter((p) => p.body === body).length,
  );
  const headline = visible.find((p) => p.headline)?.headline;
  const csvRows = (points: readonly StatementPoint[]) =>
    points.map((p) => [
      p.asOf,
      p.sinceYear ?? '',
      p.valueUsdM,
      pick(p.measure),
      t(`investment.bodies.${p.body}`),
      whoStated(p, pick) ?? '',
      p.headline ? t('investment.statements.headlineBadge') : '',
      qualifierLabels(p.qualifiers, t, locale).join('; '),
      p.qualifiers.conflict ? pick(p.qualifiers.conflict) : '',
      p.quote ?? '',
      ...sourceCells(sources, p.sourceIds),
    ]);
  return (
    <ChartFrame
      id="investment-statements"
      title={title}
      subtitle={t('investment.statements.subtitle', { from: span.from, to: span.to })}
      height={STATEMENTS_CHART_HEIGHT}
      chart={
        <ChartSlot
          description={t('investment.statements.description', { n: visible.length, from: span.from, to: span.to })}
          what={title}
          height={STATEMENTS_CHART_HEIGHT}
        >
          <StatementsChart points={visible} span={span} bodyStyle={BODY_STYLE} height={STATEMENTS_CHART_HEIGHT} />
        </ChartSlot>
      }
      table={<StatementsTable caption={title} points={visible} />}
      csv={() => ({
        header: csvHeader(t, [
          'investment.statements.asOf',
          'investment.statements.sinceHeader',
          'table.valueUsdM',
          'investment.statements.measure',
          'investment.statements.statedBy',
          'table.agency',
          'investment.statements.headlineBadge',
          'table.qualifiers',
          'investment.statements.conflictHeader',
          'investment.statements.quote',
        ]),
        rows: csvRows(visible),
      })}
      notes={
        <>
          <Legend items={items} hidden={hidden} onToggle={toggle}>
            {headline && (
              <LegendNote className="investment-legend__ring" swatch="investment-ring">
                {t('investment.statements.headlineLegend', {
                  who: pick(headline.statedBy),
                  date: formatPartialDate(headline.statedOn, locale),
                })}
              </LegendNote>
            )}
          </Legend>
          <p className="chart-note investment-callout">{t('investment.statements.stockNote')}</p>
          <p className="chart-note">{t('investment.statements.conflictNote')}</p>
          <p className="chart-note">{t('investment.statements.positionNote')}</p>
          {view.unusable.length > 0 && (
            <p className="chart-note">
              {t('investment.statements.unusableNote', {
                list: listOf(view.unusable.map((s) => `${pick(s.measure)} (${formatPartialDate(s.asOf, locale)})`)),
              })}
            </p>
          )}
        </>
      }
      sources={<SourcesDetails sourceIds={uniqueSources(visible)} />}
    />
  );
}
