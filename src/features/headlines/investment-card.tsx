import { useQuery } from '@tanstack/react-query';
import { useLocale } from '@/components/use-locale.ts';
import { headlinesQuery, investmentQuery } from '@/data/queries.ts';
import { headlineFor, investmentStatementsAfter } from '@/domain/headline-figures.ts';
import { formatPartialDate, formatUsdMillions } from '@/i18n/format.ts';
import { investmentCardFigure } from './card-figures.ts';
import { HeadlineCard, LaterFigure, StatedFooter } from './headline-card.tsx';

/** The accumulated investment the Ambassador stated in 2023, with the statements made after it beside it. */
export function InvestmentCard() {
  const { t, locale } = useLocale();
  const headline = useQuery({ ...headlinesQuery(), select: (file) => headlineFor(file.figures, 'investment') });
  const statements = useQuery({ ...investmentQuery(), select: (file) => file.statements });
  return (
    <HeadlineCard card="investment" queries={[headline, statements]}>
      {() => {
        const figure = headline.data;
        const shown = investmentCardFigure(figure, locale);
        if (!figure || !shown) return undefined;
        const later = investmentStatementsAfter(statements.data ?? [], figure.statedOn).slice(0, 1);
        return {
          shown,
          footer: <StatedFooter figure={figure} />,
          more: (
            <>
              <p>{t('cards.investment.detail', { year: figure.statedOn.slice(0, 4) })}</p>
              {later.map((s) => (
                <LaterFigure
                  key={s.id}
                  figure={s}
                  text={t('cards.investment.later', {
                    value: formatUsdMillions(s.valueUsdM!, locale),
                    date: formatPartialDate(s.asOf, locale),
                  })}
                />
              ))}
            </>
          ),
        };
      }}
    </HeadlineCard>
  );
}
