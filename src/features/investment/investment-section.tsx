import { useLocale } from '@/components/use-locale.ts';

/** Placeholder until the section is built. */
export function InvestmentSection() {
  const { t } = useLocale();
  return (
    <section className="panel" id="investment-section" aria-labelledby="investment-section-title">
      <h2 id="investment-section-title" className="section-title">
        {t('investment.title')}
      </h2>
    </section>
  );
}
