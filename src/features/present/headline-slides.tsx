import { lazyChart } from '@/components/chart/lazy-chart.tsx';
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { qualifierLabels } from '@/components/qualifier-labels.ts';
import { useLocale } from '@/components/use-locale.ts';
import { headlinesQuery, investmentQuery, tradeQuery } from '@/data/queries.ts';
import type { HeadlineFigure } from '@/data/schema/headlines.ts';
import { headlineFor, investmentStatementsAfter } from '@/domain/headline-figures.ts';
import { pointYearSpan, STATEMENT_BODIES, statementPoints } from '@/domain/investment-statements.ts';
import { RELATIONS_ESTABLISHED } from '@/domain/milestones.ts';
import { tradeBeforeAfterFta } from '@/domain/trade-series.ts';
import { formatGrowth, formatNumber, formatPartialDate, formatUsdMillions } from '@/i18n/format.ts';
import { loadStatementsSlideChart } from './load-slide-charts.ts';
import { BigNumber, SlideFrame, SlideLegend } from './slide-frame.tsx';
import { SLIDE_BODY_STYLE } from './slide-styles.ts';
import { SLIDE_SCALE } from '@/components/chart/axes.ts';

/** "approximate · not verified" under a stated figure. */
function useQualifierNote() {
  const { t, locale } = useLocale();
  return (figure: Pick<HeadlineFigure, 'qualifiers'>) =>
    qualifierLabels(figure.qualifiers, t, locale).join(' · ') || undefined;
}

/** Opening slide: the four headline figures. */
export function HeadlinesSlide() {
  const { t, locale } = useLocale();
  const note = useQualifierNote();
  const figures = useQuery({ ...headlinesQuery(), select: (f) => f.figures }).data ?? [];
  const trade = useQuery({ ...tradeQuery(), select: (f) => tradeBeforeAfterFta(f.annual) }).data;
  const investment = headlineFor(figures, 'investment');
  const aid = headlineFor(figures, 'aid');
  const trainees = headlineFor(figures, 'trainees');
  const sourceIds = [trade?.after.sourceIds[0], investment?.sourceIds[0]].filter((id): id is string => !!id);
  return (
    <SlideFrame
      title={t('present.headlinesTitle')}
      kicker={t('present.headlinesKicker', { date: formatPartialDate(RELATIONS_ESTABLISHED, locale) })}
      sourceIds={sourceIds}
    >
      <div className="big-number-grid">
        {trade && (
          <BigNumber
            value={formatUsdMillions(trade.after.valueUsdM, locale)}
            label={`${t('cards.trade.title')} · ${trade.after.year}`}
            note={t('cards.trade.growth', { growth: formatGrowth(trade.ratio, locale), beforeYear: trade.before.year })}
          />
        )}
        {investment?.value !== undefined && (
          <BigNumber
            value={formatUsdMillions(investment.value, locale)}
            label={t('cards.investment.title')}
            note={note(investment)}
          />
        )}
        {aid?.value !== undefined && (
          <BigNumber
            value={formatUsdMillions(aid.value, locale)}
            label={t('present.aidBody', { year: aid.statedOn.slice(0, 4) })}
            note={note(aid)}
          />
        )}
        {trainees?.value !== undefined && (
          <BigNumber
            value={formatNumber(trainees.value, locale)}
            label={t('cards.people.traineesLabel')}
            note={note(trainees)}
          />
        )}
      </div>
    </SlideFrame>
  );
}

const StatementsChart = lazyChart(loadStatementsSlideChart);
const ALL_YEARS = { sectors: [], from: 0, to: 9999 };

/** Korean investment: the stated stock, and every statement of it by who stated it (the page's statements chart). */
export function InvestmentSlide() {
  const { t, locale } = useLocale();
  const note = useQualifierNote();
  const figure = useQuery({ ...headlinesQuery(), select: (f) => headlineFor(f.figures, 'investment') }).data;
  const headlines = useQuery({ ...headlinesQuery(), select: (f) => f.figures }).data;
  const statements = useQuery({ ...investmentQuery(), select: (f) => f.statements }).data;
  const points = useMemo(
    () => (statements && headlines ? statementPoints(statements, headlines, ALL_YEARS) : []),
    [statements, headlines],
  );
  const span = pointYearSpan(points);
  if (!figure || figure.value === undefined || !span) return null;
  const later = investmentStatementsAfter(statements ?? [], figure.statedOn)[0];
  const series = STATEMENT_BODIES.map((body) => ({ body, points: points.filter((p) => p.body === body) })).filter(
    (s) => s.points.length > 0,
  );
  return (
    <SlideFrame title={t('present.investmentTitle')} sourceIds={[...figure.sourceIds, ...(later?.sourceIds ?? [])]}>
      <div className="big-number-grid">
        <BigNumber
          value={formatUsdMillions(figure.value, locale)}
          label={t('present.investmentBody', { year: figure.statedOn.slice(0, 4) })}
          note={[
            later?.valueUsdM !== undefined &&
              t('present.investmentLater', {
                value: formatUsdMillions(later.valueUsdM, locale),
                date: formatPartialDate(later.asOf, locale),
              }),
            note(figure),
          ]
            .filter(Boolean)
            .join(' · ')}
        />
      </div>
      <div className="slide__figure slide__figure--chart" data-figure="chart">
        <div className="slide__chart">
          <StatementsChart points={points} span={span} bodyStyle={SLIDE_BODY_STYLE} height="100%" scale={SLIDE_SCALE} />
        </div>
        <SlideLegend
          items={series.map((s) => ({
            key: s.body,
            label: `${t(`investment.bodies.${s.body}`)} (${s.points.length})`,
            style: SLIDE_BODY_STYLE[s.body],
          }))}
        />
      </div>
    </SlideFrame>
  );
}
