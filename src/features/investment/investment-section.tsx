import { SourcesFold } from '@/components/sources-fold.tsx';
import { lazy, Suspense, useMemo } from 'react';
import { ChartFrame } from '@/components/chart-frame.tsx';
import { EmptyState } from '@/components/empty-state.tsx';
import { Legend, type LegendItem } from '@/components/legend.tsx';
import { PanelLoading } from '@/components/panel-status.tsx';
import { QualifierBadges } from '@/components/qualifier-badges.tsx';
import { qualifierLabels } from '@/components/qualifier-labels.ts';
import { QueryState } from '@/components/query-state.tsx';
import { SourceLine } from '@/components/source-line.tsx';
import { useHiddenSeries } from '@/components/use-hidden-series.ts';
import { useLocale } from '@/components/use-locale.ts';
import { sourceCells, useSourceLookup } from '@/components/use-source-lookup.ts';
import type { InvestmentProject, InvestmentStatement } from '@/data/schema/investment.ts';
import {
  STATEMENT_BODIES,
  dealRowLayout,
  hasAmount,
  pointYearSpan,
  projectYearSpan,
  statementBody,
  type DealGroup,
  type IndustryShare,
  type InvestmentView,
  type StatementPoint,
  whoStated,
} from '@/domain/investment.ts';
import { formatNumber, formatPartialDate, formatUsdMillions } from '@/i18n/format.ts';
import { useViewFilter } from '@/state/view-params.ts';
import { IndustriesTable, ProjectsTables, StatementsTable } from './investment-tables.tsx';
import {
  BODY_STYLE,
  DEAL_STYLE,
  STATEMENTS_CHART_HEIGHT,
  industriesChartHeight,
  projectsChartHeight,
} from './investment-styles.ts';
import { useInvestmentView } from './use-investment-view.ts';
import './investment.css';

/** Recharts arrives on demand, after the first paint. */
const StatementsChart = lazy(() => import('./statements-chart.tsx'));
const ProjectsChart = lazy(() => import('./projects-chart.tsx'));
const IndustriesChart = lazy(() => import('./industries-chart.tsx'));

const uniqueSources = (records: readonly { sourceIds: readonly string[] }[]) => [
  ...new Set(records.flatMap((r) => r.sourceIds)),
];

/**
 * Korean investment in Peru: the statements of the accumulated stock (never a flow, never joined), the deals by type
 * with FDI set apart from contracts, loans and plans, and how FDI splits between mining, oil & gas and the rest.
 */
export function InvestmentSection() {
  const { t } = useLocale();
  const [filter] = useViewFilter();
  const { investment, headlines } = useInvestmentView(filter);
  const view = investment.data;
  if (view && headlines.data && !view.sectorMatch) return null;
  const nothingInYears =
    view !== undefined && view.points.length === 0 && view.projects.length === 0 && view.withoutAmount.length === 0;
  return (
    <section className="panel investment" id="investment-section" aria-labelledby="investment-section-title">
      <h2 id="investment-section-title" className="section-title">
        {t('investment.title')}
      </h2>
      <QueryState queries={[investment, headlines]} what={t('investment.title')} height={STATEMENTS_CHART_HEIGHT + 200}>
        {() =>
          nothingInYears ? (
            <EmptyState />
          ) : (
            <>
              <p className="investment__lede">{t('investment.lede')}</p>
              <div className="investment__frames">
                <StatementsFrame view={view!} />
                <ProjectsFrame view={view!} />
                <IndustriesFrame view={view!} />
              </div>
            </>
          )
        }
      </QueryState>
    </section>
  );
}

/** A frame's place when the sectors match but the years leave it empty. */
function YearsEmpty({ title }: { title: string }) {
  const { t } = useLocale();
  return (
    <div className="investment__frame-empty" role="status">
      <p className="investment__frame-empty-title">{title}</p>
      <p>{t('investment.yearsEmpty')}</p>
    </div>
  );
}

function SourcesDetails({ sourceIds }: { sourceIds: readonly string[] }) {
  return <SourcesFold sourceIds={sourceIds} />;
}

const listOf = (items: readonly string[]) => items.join('; ');

/* ---------------------------------------------------------------------------------------------------------------- */

function StatementsFrame({ view }: { view: InvestmentView }) {
  const { t, locale, pick } = useLocale();
  const sources = useSourceLookup();
  const [hidden, toggle] = useHiddenSeries();
  const title = t('investment.statements.title');
  const span = useMemo(() => pointYearSpan(view.points), [view.points]);
  const visible = useMemo(() => view.points.filter((p) => !hidden.has(p.body)), [view.points, hidden]);
  if (!view.statementsInSectors) return null;
  if (!span) return <YearsEmpty title={title} />;
  const items: LegendItem[] = STATEMENT_BODIES.flatMap((body) => {
    const n = view.points.filter((p) => p.body === body).length;
    return n === 0
      ? []
      : [
          {
            id: body,
            label: t(`investment.bodies.${body}`),
            color: BODY_STYLE[body].color,
            shape: BODY_STYLE[body].shape,
            count: n,
          },
        ];
  });
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
        <>
          <p className="visually-hidden">
            {t('investment.statements.description', { n: visible.length, from: span.from, to: span.to })}
          </p>
          <Suspense fallback={<PanelLoading what={title} height={STATEMENTS_CHART_HEIGHT} />}>
            <StatementsChart points={visible} span={span} />
          </Suspense>
        </>
      }
      table={<StatementsTable caption={title} points={visible} />}
      csv={() => ({
        header: [
          t('investment.statements.asOf'),
          t('investment.statements.sinceHeader'),
          t('table.valueUsdM'),
          t('investment.statements.measure'),
          t('investment.statements.statedBy'),
          t('table.agency'),
          t('investment.statements.headlineBadge'),
          t('table.qualifiers'),
          t('investment.statements.conflictHeader'),
          t('investment.statements.quote'),
          t('table.sourcePublisher'),
          t('table.sourceTitle'),
          t('table.sourceDate'),
          t('table.sourceUrl'),
        ],
        rows: csvRows(visible),
      })}
      notes={
        <>
          <Legend items={items} hidden={hidden} onToggle={toggle}>
            {headline && (
              <li className="legend__item investment-legend__ring">
                <span className="investment-ring" aria-hidden="true" />
                {t('investment.statements.headlineLegend', {
                  who: pick(headline.statedBy),
                  date: formatPartialDate(headline.statedOn, locale),
                })}
              </li>
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

/* ---------------------------------------------------------------------------------------------------------------- */

function ProjectsFrame({ view }: { view: InvestmentView }) {
  const { t, locale, pick } = useLocale();
  const sources = useSourceLookup();
  const [hidden, toggle] = useHiddenSeries();
  const title = t('investment.projects.title');
  const visibleGroups = useMemo(() => view.groups.filter((g) => !hidden.has(g.dealType)), [view.groups, hidden]);
  if (!view.projectsInSectors) return null;
  if (view.groups.length === 0) return <YearsEmpty title={title} />;
  const span = projectYearSpan(view.projects);
  const visibleProjects = visibleGroups.flatMap((g) => g.projects);
  const drawn = visibleProjects.filter(hasAmount).length;
  const noAmount = visibleProjects.filter((p) => !hasAmount(p));
  const items: LegendItem[] = view.groups.map((g: DealGroup) => ({
    id: g.dealType,
    label: t(`investment.dealTypes.${g.dealType}`),
    color: DEAL_STYLE[g.dealType].color,
    shape: DEAL_STYLE[g.dealType].shape,
    count: g.projects.length,
  }));
  const height = projectsChartHeight(dealRowLayout(view.groups.map((g) => g.dealType)).extent);
  const from = span?.from ?? '—';
  const to = span?.to ?? '—';
  return (
    <ChartFrame
      id="investment-projects"
      title={title}
      subtitle={t(
        view.groups.some((g) => g.dealType === 'fdi')
          ? 'investment.projects.subtitle'
          : 'investment.projects.subtitleNoFdi',
        { from, to },
      )}
      height={height}
      chart={
        <>
          <p className="visually-hidden">{t('investment.projects.description', { n: drawn, from, to })}</p>
          <Suspense fallback={<PanelLoading what={title} height={height} />}>
            <ProjectsChart groups={view.groups} hidden={hidden} />
          </Suspense>
        </>
      }
      table={<ProjectsTables groups={visibleGroups} />}
      csv={() => ({
        header: projectCsvHeader(t),
        rows: visibleProjects.map((p) => projectCsvRow(p, t, locale, pick, sources)),
      })}
      notes={
        <>
          <Legend items={items} hidden={hidden} onToggle={toggle} />
          <p className="chart-note investment-callout">{t('investment.projects.notAddedNote')}</p>
          <p className="chart-note">{t('investment.projects.logNote')}</p>
          <p className="chart-note">{t('investment.projects.sameDealNote')}</p>
          {noAmount.length > 0 && (
            <p className="chart-note">
              {t('investment.projects.noAmountNote', {
                list: listOf(
                  noAmount.map(
                    (p) =>
                      `${pick(p.project)} (${t(`investment.dealTypesShort.${p.dealType}`)}, ${p.year ?? t('investment.projects.undated')})`,
                  ),
                ),
              })}
            </p>
          )}
        </>
      }
      sources={<SourcesDetails sourceIds={uniqueSources(visibleProjects)} />}
    />
  );
}

type T = ReturnType<typeof useLocale>['t'];
type Pick_ = ReturnType<typeof useLocale>['pick'];

const projectCsvHeader = (t: T) => [
  t('investment.projects.dealType'),
  t('investment.projects.detail'),
  t('investment.projects.company'),
  t('investment.projects.project'),
  t('investment.projects.industry'),
  t('table.valueUsdM'),
  t('table.year'),
  t('table.qualifiers'),
  t('investment.statements.conflictHeader'),
  t('investment.statements.quote'),
  t('table.sourcePublisher'),
  t('table.sourceTitle'),
  t('table.sourceDate'),
  t('table.sourceUrl'),
];

function projectCsvRow(
  p: InvestmentProject,
  t: T,
  locale: ReturnType<typeof useLocale>['locale'],
  pick: Pick_,
  sources: ReturnType<typeof useSourceLookup>,
) {
  return [
    t(`investment.dealTypes.${p.dealType}`),
    pick(p.dealTypeDetail),
    p.company,
    pick(p.project),
    t(`investment.industries.${p.industry}`),
    p.amountUsdM ?? '',
    p.year ?? '',
    qualifierLabels(p.qualifiers, t, locale).join('; '),
    p.qualifiers.conflict ? pick(p.qualifiers.conflict) : '',
    p.quote ?? '',
    ...sourceCells(sources, p.sourceIds),
  ];
}

/* ---------------------------------------------------------------------------------------------------------------- */

function IndustriesFrame({ view }: { view: InvestmentView }) {
  const { t, locale, pick } = useLocale();
  const sources = useSourceLookup();
  const title = t('investment.industryShare.title');
  if (!view.fdiInSectors) return null;
  const records = view.shares.reduce((n, s) => n + s.records, 0);
  if (records === 0) return <YearsEmpty title={title} />;
  const fdi = view.shares.flatMap((s) => [...s.withAmount, ...s.withoutAmount]);
  const span = projectYearSpan(fdi);
  const from = span?.from ?? '—';
  const to = span?.to ?? '—';
  const height = industriesChartHeight(view.shares.length);
  const summary = view.shares
    .map((s) => `${t(`investment.industryShare.groups.${s.group}`)} ${formatNumber(s.records, locale)}`)
    .join(', ');
  return (
    <ChartFrame
      id="investment-industries"
      title={title}
      subtitle={t('investment.industryShare.subtitle', { from, to })}
      height={height}
      chart={
        <div className="investment-industries">
          <p className="visually-hidden">{t('investment.industryShare.description', { summary })}</p>
          <div className="investment-industries__chart">
            <Suspense fallback={<PanelLoading what={title} height={height} />}>
              <IndustriesChart shares={view.shares} />
            </Suspense>
          </div>
          <IndustryAmounts shares={view.shares} />
        </div>
      }
      table={<IndustriesTable caption={title} shares={view.shares} />}
      csv={() => ({
        header: [t('investment.industryShare.group'), ...projectCsvHeader(t)],
        rows: view.shares.flatMap((s) =>
          [...s.withAmount, ...s.withoutAmount].map((p) => [
            t(`investment.industryShare.groups.${s.group}`),
            ...projectCsvRow(p, t, locale, pick, sources),
          ]),
        ),
      })}
      notes={
        <>
          <p className="chart-note">{t('investment.industryShare.recordsNote')}</p>
          <p className="chart-note investment-callout">{t('investment.projects.notAddedNote')}</p>
          <StatedShares statements={view.withoutAmount} />
        </>
      }
      sources={<SourcesDetails sourceIds={uniqueSources([...fdi, ...view.withoutAmount])} />}
    />
  );
}

/** Each stated FDI amount on its own line, by industry group, with its qualifiers and source. Never a total. */
function IndustryAmounts({ shares }: { shares: readonly IndustryShare[] }) {
  const { t, locale, pick } = useLocale();
  return (
    <div className="investment-amounts">
      <h4 className="investment-amounts__title">{t('investment.industryShare.amountsTitle')}</h4>
      <div className="investment-amounts__groups">
        {shares.map((s) => (
          <section
            key={s.group}
            className="investment-amounts__group"
            aria-labelledby={`investment-amounts-${s.group}`}
          >
            <h5 id={`investment-amounts-${s.group}`} className="investment-amounts__group-title">
              {t(`investment.industryShare.groups.${s.group}`)} ({formatNumber(s.records, locale)})
            </h5>
            {s.records === 0 ? (
              <p className="investment-amounts__none">{t('investment.industryShare.none')}</p>
            ) : (
              <ul className="investment-amounts__list">
                {[...s.withAmount, ...s.withoutAmount].map((p) => (
                  <li key={p.id}>
                    <span className="investment-amounts__value">
                      {p.amountUsdM !== undefined
                        ? formatUsdMillions(p.amountUsdM, locale)
                        : t('investment.industryShare.noAmount')}
                    </span>{' '}
                    <span className="investment-amounts__what">
                      {pick(p.project)} ({p.year ?? t('investment.projects.undated')})
                    </span>
                    <QualifierBadges qualifiers={p.qualifiers} withConflictNote={false} />
                    <SourceLine sourceIds={p.sourceIds} primaryOnly />
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}

/** Statements without a US$ amount (the Ambassador's "about 95% in mining and oil & gas"), told in words. */
function StatedShares({ statements }: { statements: readonly InvestmentStatement[] }) {
  const { t, locale, pick } = useLocale();
  const sources = useSourceLookup();
  if (statements.length === 0) return null;
  return (
    <div className="investment-stated">
      {statements.map((s) => (
        <div key={s.id} className="investment-stated__item">
          <p className="investment-stated__text">
            <strong>{t('investment.industryShare.statedShare')}</strong> {pick(s.measure)} —{' '}
            {t(`investment.bodies.${statementBody(s)}`)}
            {s.agency ? ` (${s.agency})` : ''}, {formatPartialDate(s.asOf, locale)}
          </p>
          {s.quote && (
            <p className="investment-stated__quote" lang={sources.get(s.sourceIds[0] ?? '')?.language}>
              “{s.quote}”
            </p>
          )}
          <QualifierBadges qualifiers={s.qualifiers} />
          <SourceLine sourceIds={s.sourceIds} primaryOnly />
        </div>
      ))}
    </div>
  );
}
