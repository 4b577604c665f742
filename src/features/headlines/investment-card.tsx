import { useQuery } from '@tanstack/react-query';
import { KpiCard } from '@/components/kpi-card.tsx';
import { QualifierBadges } from '@/components/qualifier-badges.tsx';
import { QueryState } from '@/components/query-state.tsx';
import { SourceLine } from '@/components/source-line.tsx';
import { useLocale } from '@/components/use-locale.ts';
import { headlinesQuery, investmentQuery } from '@/data/queries.ts';
import { headlineFor, investmentStatementsAfter } from '@/domain/headline-figures.ts';
import { formatPartialDate, formatUsdMillions } from '@/i18n/format.ts';
import { investmentCardFigure } from './card-figures.ts';
import { StatedBy } from './stated-by.tsx';
import { staticCard } from './static-card.tsx';

/** The accumulated investment the Ambassador stated in 2023, with the statements made after it beside it. */
export function InvestmentCard() {
  const { t, locale } = useLocale();
  const headline = useQuery({ ...headlinesQuery(), select: (file) => headlineFor(file.figures, 'investment') });
  const statements = useQuery({ ...investmentQuery(), select: (file) => file.statements });
  const title = t('cards.investment.title');
  return (
    <QueryState queries={[headline, statements]} what={title} placeholder={staticCard('investment')}>
      {() => {
        const figure = headline.data;
        const shown = investmentCardFigure(figure, locale);
        if (!figure || !shown) return <KpiCard title={title} value={t('status.noData')} testId="card-investment" />;
        const later = investmentStatementsAfter(statements.data ?? [], figure.statedOn).slice(0, 1);
        return (
          <KpiCard
            title={title}
            testId="card-investment"
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
            <p>{t('cards.investment.detail', { year: figure.statedOn.slice(0, 4) })}</p>
            {later.map((s) => (
              <div key={s.id} className="kpi-card__later">
                <p>
                  {t('cards.investment.later', {
                    value: formatUsdMillions(s.valueUsdM!, locale),
                    date: formatPartialDate(s.asOf, locale),
                  })}
                </p>
                <QualifierBadges qualifiers={s.qualifiers} withConflictNote={false} />
                <SourceLine sourceIds={s.sourceIds} primaryOnly />
              </div>
            ))}
          </KpiCard>
        );
      }}
    </QueryState>
  );
}
