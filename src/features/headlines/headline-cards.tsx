import { useLocale } from '@/components/use-locale.ts';
import { AidCard } from './aid-card.tsx';
import { InvestmentCard } from './investment-card.tsx';
import { PeopleCard } from './people-card.tsx';
import { TradeCard } from './trade-card.tsx';

/** The four headline figures, each an independent panel: one failing file never blanks the others. */
export function HeadlineCards() {
  const { t } = useLocale();
  return (
    <section className="headline-cards" aria-labelledby="headlines-title" data-testid="headline-cards">
      <h2 id="headlines-title" className="visually-hidden">
        {t('cards.regionLabel')}
      </h2>
      <TradeCard />
      <InvestmentCard />
      <AidCard />
      <PeopleCard />
    </section>
  );
}
