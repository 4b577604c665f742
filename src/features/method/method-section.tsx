import { useLocale } from '@/components/use-locale.ts';

/** Placeholder until the section is built. */
export function MethodSection() {
  const { t } = useLocale();
  return (
    <section className="panel" id="method-section" aria-labelledby="method-section-title">
      <h2 id="method-section-title" className="section-title">
        {t('method.title')}
      </h2>
    </section>
  );
}
