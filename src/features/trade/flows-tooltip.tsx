import { QualifierBadges } from '@/components/qualifier-badges.tsx';
import { SourceLine } from '@/components/source-line.tsx';
import type { LocalizedText, Qualifiers } from '@/data/schema/common.ts';
import { useLocale } from '@/components/use-locale.ts';

interface FigureTooltipProps {
  /** The figure, formatted with its unit and qualifier words. */
  value: string;
  /** What the figure is (product, fact), when the chart does not say it already. */
  title?: string;
  rows: readonly (readonly [string, string])[];
  qualifiers: Qualifiers;
  note?: LocalizedText;
  sourceIds: readonly string[];
}

/** A chart tooltip for one published figure: the value, what and when, its qualifiers and conflict note, its source. */
export function FigureTooltip({ value, title, rows, qualifiers, note, sourceIds }: FigureTooltipProps) {
  const { pick } = useLocale();
  return (
    <div className="chart-tooltip td-tooltip">
      {title && <p className="td-tooltip__title">{title}</p>}
      <p className="chart-tooltip__value">{value}</p>
      <dl>
        {rows.map(([label, text]) => (
          <div key={label} className="td-tooltip__row">
            <dt>{label}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      <QualifierBadges qualifiers={qualifiers} />
      {note && <p className="chart-tooltip__note">{pick(note)}</p>}
      <SourceLine sourceIds={sourceIds} primaryOnly />
    </div>
  );
}
