import { Suspense } from 'react';
import { lazyChart } from '@/components/chart/lazy-chart.tsx';
import { ChartFrame } from '@/components/chart-frame.tsx';
import { PanelLoading } from '@/components/panel-status.tsx';
import { QualifierBadges } from '@/components/qualifier-badges.tsx';
import { SourceLine } from '@/components/source-line.tsx';
import { useLocale } from '@/components/use-locale.ts';
import { useSourceLookup } from '@/components/use-source-lookup.ts';
import type { InvestmentStatement } from '@/data/schema/investment.ts';
import { projectYearSpan, type IndustryShare } from '@/domain/investment-projects.ts';
import { statementBody } from '@/domain/investment-statements.ts';
import type { InvestmentView } from '@/domain/investment-view.ts';
import { formatNumber, formatPartialDate, formatUsdMillions } from '@/i18n/format.ts';
import { IndustriesTable } from './investment-tables.tsx';
import { industriesChartHeight } from './investment-styles.ts';
import { SourcesDetails, YearsEmpty } from './investment-frame-parts.tsx';
import { projectCsvHeader, projectCsvRow, uniqueSources } from './investment-rows.ts';

/** Recharts arrives on demand, after the first paint. */
const IndustriesChart = lazyChart(() => import('./industries-chart.tsx'));

export function IndustriesFrame({ view }: { view: InvestmentView }) {
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
