import { useLocale } from '@/components/use-locale.ts';

/** Placeholder until the section is built. */
export function AidSection() {
  const { t } = useLocale();
  return (
    <section className="panel" id="aid-section" aria-labelledby="aid-section-title">
      <h2 id="aid-section-title" className="section-title">
        {t('aid.title')}
      </h2>
    </section>
  );
}
