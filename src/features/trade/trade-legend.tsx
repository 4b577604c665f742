import { REPORTER_STYLE } from '@/components/chart-palette.ts';
import { useLocale } from '@/components/use-locale.ts';
import { FTA_IN_FORCE } from '@/domain/milestones.ts';
import type { TradeSeries } from '@/domain/trade-series.ts';
import { formatPartialDate } from '@/i18n/format.ts';

/** Which marker is which side, how many figures each has, and what the dashed line means. */
export function TradeLegend({ series }: { series: TradeSeries[] }) {
  const { t, locale } = useLocale();
  return (
    <ul className="legend">
      {series.map((s) => (
        <li key={s.reporter} className={`legend__item legend__item--${REPORTER_STYLE[s.reporter].shape}`}>
          <span
            className="legend__swatch"
            style={{ background: REPORTER_STYLE[s.reporter].color }}
            aria-hidden="true"
          />
          {t(`reporters.${s.reporter}`)} ({s.points.length})
        </li>
      ))}
      <li className="legend__item legend__item--event">
        <span className="legend__event" aria-hidden="true" />
        {t('trade.ftaDescription', { date: formatPartialDate(FTA_IN_FORCE, locale) })}
      </li>
    </ul>
  );
}
