import { useLocale } from '@/components/use-locale.ts';

/** Placeholder until the section is built. */
export function ExchangeSection() {
  const { t } = useLocale();
  return (
    <section className="panel" id="exchange-section" aria-labelledby="exchange-section-title">
      <h2 id="exchange-section-title" className="section-title">
        {t('exchange.title')}
      </h2>
    </section>
  );
}
