import { useQuery } from '@tanstack/react-query';
import { KpiCard } from '@/components/kpi-card.tsx';
import { QualifierBadges } from '@/components/qualifier-badges.tsx';
import { QueryState } from '@/components/query-state.tsx';
import { SourceLine } from '@/components/source-line.tsx';
import { useLocale } from '@/components/use-locale.ts';
import { headlinesQuery } from '@/data/queries.ts';
import { formatNumber } from '@/i18n/format.ts';
import { peopleCardFigure, peopleLead } from './card-figures.ts';
import { StatedBy } from './stated-by.tsx';
import { staticCard } from './static-card.tsx';

/** Peruvians who studied in Korea (GKS) and officials trained by KOICA, as stated in 2023. */
export function PeopleCard() {
  const { t, locale } = useLocale();
  const figures = useQuery({
    ...headlinesQuery(),
    select: (file) => peopleLead(file.figures),
  });
  const title = t('cards.people.title');
  return (
    <QueryState queries={[figures]} what={title} placeholder={staticCard('people')}>
      {() => {
        const { scholars, trainees, lead } = figures.data ?? {};
        const shown = peopleCardFigure(lead, locale);
        if (!lead || !shown) return <KpiCard title={title} value={t('status.noData')} testId="card-people" />;
        return (
          <KpiCard
            title={title}
            testId="card-people"
            value={shown.value}
            source={<SourceLine sourceIds={[shown.sourceId]} primaryOnly />}
            footer={
              <>
                <QualifierBadges qualifiers={lead.qualifiers} />
                <StatedBy figure={lead} />
                <SourceLine sourceIds={lead.sourceIds} primaryOnly />
              </>
            }
          >
            {lead === trainees && <p>{t('cards.people.traineesLabel')}</p>}
            {scholars && scholars.value !== undefined && scholars !== lead && (
              <div className="kpi-card__later">
                <p>{t('cards.people.scholars', { n: formatNumber(scholars.value, locale) })}</p>
                <QualifierBadges qualifiers={scholars.qualifiers} withConflictNote={false} />
              </div>
            )}
          </KpiCard>
        );
      }}
    </QueryState>
  );
}
