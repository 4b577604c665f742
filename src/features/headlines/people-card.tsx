import { useQuery } from '@tanstack/react-query';
import { useLocale } from '@/components/use-locale.ts';
import { headlinesQuery } from '@/data/queries.ts';
import { formatNumber } from '@/i18n/format.ts';
import { peopleCardFigure, peopleLead } from './card-figures.ts';
import { HeadlineCard, LaterFigure, StatedFooter } from './headline-card.tsx';

/** Peruvians who studied in Korea (GKS) and officials trained by KOICA, as stated in 2023. */
export function PeopleCard() {
  const { t, locale } = useLocale();
  const figures = useQuery({ ...headlinesQuery(), select: (file) => peopleLead(file.figures) });
  return (
    <HeadlineCard card="people" queries={[figures]}>
      {() => {
        const { scholars, trainees, lead } = figures.data ?? {};
        const shown = peopleCardFigure(lead, locale, t);
        if (!lead || !shown) return undefined;
        return {
          shown,
          footer: <StatedFooter figure={lead} />,
          more: (
            <>
              {lead === trainees && <p>{t('cards.people.traineesLabel')}</p>}
              {scholars && scholars.value !== undefined && scholars !== lead && (
                <LaterFigure
                  figure={{ qualifiers: scholars.qualifiers }}
                  text={t('cards.people.scholars', { n: formatNumber(scholars.value, locale) })}
                />
              )}
            </>
          ),
        };
      }}
    </HeadlineCard>
  );
}
