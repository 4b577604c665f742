import { useQuery } from '@tanstack/react-query';
import { useLocale } from '@/components/use-locale.ts';
import { aidQuery, headlinesQuery } from '@/data/queries.ts';
import { headlineFor, latestCumulativeAid } from '@/domain/headline-figures.ts';
import { formatUsdMillions } from '@/i18n/format.ts';
import { aidCardFigure } from './card-figures.ts';
import { HeadlineCard, LaterFigure, StatedFooter } from './headline-card.tsx';

/** About US$10 million a year as stated in 2023, beside the latest cumulative total on record. */
export function AidCard() {
  const { t, locale } = useLocale();
  const headline = useQuery({ ...headlinesQuery(), select: (file) => headlineFor(file.figures, 'aid') });
  const cumulative = useQuery({ ...aidQuery(), select: (file) => latestCumulativeAid(file.statements) });
  return (
    <HeadlineCard card="aid" queries={[headline, cumulative]}>
      {() => {
        const figure = headline.data;
        const shown = aidCardFigure(figure, locale, t);
        if (!figure || !shown) return undefined;
        const total = cumulative.data;
        return {
          shown,
          footer: <StatedFooter figure={figure} />,
          more: (
            <>
              <p>{t('cards.aid.detail', { year: figure.statedOn.slice(0, 4) })}</p>
              {total && total.valueUsdM !== undefined && (
                <LaterFigure
                  figure={total}
                  text={t('cards.aid.cumulative', {
                    value: formatUsdMillions(total.valueUsdM, locale),
                    from: total.sinceYear ?? '…',
                    to: total.year,
                  })}
                />
              )}
            </>
          ),
        };
      }}
    </HeadlineCard>
  );
}
