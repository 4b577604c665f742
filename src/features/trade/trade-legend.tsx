import { REPORTER_STYLE } from '@/components/chart-palette.ts';
import { Legend } from '@/components/legend.tsx';
import { useLocale } from '@/components/use-locale.ts';
import type { AxisMilestone } from '@/domain/milestones.ts';
import type { TradeSeries } from '@/domain/trade-series.ts';
import { formatPartialDate } from '@/i18n/format.ts';

interface TradeLegendProps {
  series: TradeSeries[];
  hidden: ReadonlySet<string>;
  onToggle: (reporter: string) => void;
  milestones: AxisMilestone[];
}

/** Which marker is which side (a button that hides it), how many figures each has, and what each event line marks. */
export function TradeLegend({ series, hidden, onToggle, milestones }: TradeLegendProps) {
  const { t, locale, pick } = useLocale();
  const items = series.map((s) => ({
    id: s.reporter,
    label: t(`reporters.${s.reporter}`),
    color: REPORTER_STYLE[s.reporter].color,
    shape: REPORTER_STYLE[s.reporter].shape,
    count: s.points.reduce((n, p) => n + p.records.length, 0),
  }));
  return (
    <Legend items={items} hidden={hidden} onToggle={onToggle}>
      {milestones.map((m) => (
        <li key={m.id} className="legend__item legend__item--event">
          <span className="legend__mark" aria-hidden="true">
            {m.mark}
          </span>
          {pick(m.title)} ({formatPartialDate(m.date, locale)})
        </li>
      ))}
    </Legend>
  );
}
