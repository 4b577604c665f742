import { useQuery } from '@tanstack/react-query';
import { KpiCard } from '@/components/kpi-card.tsx';
import { QualifierBadges } from '@/components/qualifier-badges.tsx';
import { QueryState } from '@/components/query-state.tsx';
import { SourceLine } from '@/components/source-line.tsx';
import { useLocale } from '@/components/use-locale.ts';
import { aidQuery, headlinesQuery } from '@/data/queries.ts';
import { headlineFor, latestCumulativeAid } from '@/domain/headline-figures.ts';
import { formatUsdMillions } from '@/i18n/format.ts';
import { aidCardFigure } from './card-figures.ts';
import { StatedBy } from './stated-by.tsx';
import { staticCard } from './static-card.tsx';

/** About US$10 million a year as stated in 2023, beside the latest cumulative total on record. */
export function AidCard() {
  const { t, locale } = useLocale();
  const headline = useQuery({ ...headlinesQuery(), select: (file) => headlineFor(file.figures, 'aid') });
  const cumulative = useQuery({ ...aidQuery(), select: (file) => latestCumulativeAid(file.statements) });
  const title = t('cards.aid.title');
  return (
    <QueryState queries={[headline, cumulative]} what={title} placeholder={staticCard('aid')}>
      {() => {
        const figure = headline.data;
        const shown = aidCardFigure(figure, locale, t);
        if (!figure || !shown) return <KpiCard title={title} value={t('status.noData')} testId="card-aid" />;
        const total = cumulative.data;
        return (
          <KpiCard
            title={title}
            testId="card-aid"
            value={shown.value}
            source={<SourceLine sourceIds={[shown.sourceId]} primaryOnly />}
            footer={
              <>
                <QualifierBadges qualifiers={figure.qualifiers} />
                <StatedBy figure={figure} />
                <SourceLine sourceIds={figure.sourceIds} primaryOnly />
              </>
            }
          >
            <p>{t('cards.aid.detail', { year: figure.statedOn.slice(0, 4) })}</p>
            {total && total.valueUsdM !== undefined && (
              <div className="kpi-card__later">
                <p>
                  {t('cards.aid.cumulative', {
                    value: formatUsdMillions(total.valueUsdM, locale),
                    from: total.sinceYear ?? '…',
                    to: total.year,
                  })}
                </p>
                <QualifierBadges qualifiers={total.qualifiers} withConflictNote={false} />
                <SourceLine sourceIds={total.sourceIds} primaryOnly />
              </div>
            )}
          </KpiCard>
        );
      }}
    </QueryState>
  );
}
