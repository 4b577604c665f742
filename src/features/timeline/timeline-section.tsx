import { useLocale } from '@/components/use-locale.ts';

/** Placeholder until the section is built. */
export function TimelineSection() {
  const { t } = useLocale();
  return (
    <section className="panel" id="timeline-section" aria-labelledby="timeline-section-title">
      <h2 id="timeline-section-title" className="section-title">
        {t('timeline.title')}
      </h2>
    </section>
  );
}
