import { useQuery } from '@tanstack/react-query';
import { QualifierBadges } from '@/components/qualifier-badges.tsx';
import { SourceLine } from '@/components/source-line.tsx';
import { useLocale } from '@/components/use-locale.ts';
import { tradeQuery } from '@/data/queries.ts';
import { formatGrowth, formatUsdMillions } from '@/i18n/format.ts';
import { tradeCardFigure } from './card-figures.ts';
import { HeadlineCard } from './headline-card.tsx';

/** Total trade in the latest year against the last year before the FTA, from one reporting side. */
export function TradeCard() {
  const { t, locale } = useLocale();
  const query = useQuery({ ...tradeQuery(), select: (file) => tradeCardFigure(file.annual, locale, t) });
  return (
    <HeadlineCard card="trade" queries={[query]}>
      {() => {
        if (!query.data) return undefined;
        const { compare, figure } = query.data;
        const { before, after, reporter, ratio } = compare;
        return {
          shown: figure,
          footer: (
            <>
              <QualifierBadges qualifiers={after.qualifiers} withConflictNote={false} />
              <SourceLine sourceIds={[after.sourceIds[0]!, before.sourceIds[0]!]} />
            </>
          ),
          more: (
            <>
              <p className="kpi-card__growth">
                {t('cards.trade.growth', { growth: formatGrowth(ratio, locale), beforeYear: before.year })}
              </p>
              <p>
                {t('cards.trade.detail', {
                  before: formatUsdMillions(before.valueUsdM, locale),
                  beforeYear: before.year,
                  reporter: t(`reporters.${reporter}`),
                })}
              </p>
            </>
          ),
        };
      }}
    </HeadlineCard>
  );
}
