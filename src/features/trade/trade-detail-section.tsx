import { useLocale } from '@/components/use-locale.ts';

/** Placeholder until the section is built. */
export function TradeDetailSection() {
  const { t } = useLocale();
  return (
    <section className="panel" id="trade-section" aria-labelledby="trade-section-title">
      <h2 id="trade-section-title" className="section-title">
        {t('tradeDetail.title')}
      </h2>
    </section>
  );
}
