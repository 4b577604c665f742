import { useLocale } from '@/components/use-locale.ts';
import type { HeadlineFigure } from '@/data/schema/headlines.ts';
import { formatPartialDate } from '@/i18n/format.ts';

/** "As stated by …, 2023": headline figures are statements, attributed to whoever made them. */
export function StatedBy({ figure }: { figure: HeadlineFigure }) {
  const { t, locale, pick } = useLocale();
  return (
    <p className="stated-by">
      {t('source.statedBy', { who: pick(figure.statedBy), date: formatPartialDate(figure.statedOn, locale) })}
    </p>
  );
}
