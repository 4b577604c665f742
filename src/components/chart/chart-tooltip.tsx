import type { ReactNode } from 'react';
import { QualifierBadges } from '@/components/qualifier-badges.tsx';
import { SourceLine } from '@/components/source-line.tsx';
import type { LocalizedText, Qualifiers } from '@/data/schema/common.ts';
import { useLocale } from '@/components/use-locale.ts';
import './chart.css';

/** The published figure a tooltip is about. */
export interface TooltipFigure {
  qualifiers: Qualifiers;
  note?: LocalizedText;
  sourceIds: readonly string[];
}

interface ChartTooltipProps {
  /** The figure, formatted with its unit and qualifier words. */
  value: string;
  /** What the figure is (product, fact), when the chart does not say it already. */
  title?: string;
  /** Lines between the value and the rows (a badge, what was measured). */
  lead?: ReactNode;
  /** Label and text: the year or period, the side that reported it, who stated it… */
  rows: readonly (readonly [string, ReactNode])[];
  /** The published figure the tooltip is about: its qualifiers, note and sources, unless given one by one. */
  figure?: TooltipFigure;
  qualifiers?: Qualifiers;
  note?: LocalizedText;
  /** Further notes after the record's own (e.g. "the same figure from 2 sources"). */
  extra?: ReactNode;
  sourceIds?: readonly string[];
  /** Show only each source's first (primary) reference. */
  primaryOnly?: boolean;
  className?: string;
}

/**
 * The one chart tooltip, for one published figure: the value, what and when, its side, its qualifiers and note, its
 * sources. Every chart's tooltip is this, with its own rows.
 */
export function ChartTooltip(props: ChartTooltipProps) {
  const { value, title, lead, rows, figure, extra, primaryOnly = false, className } = props;
  const { qualifiers = figure?.qualifiers, note = figure?.note, sourceIds = figure?.sourceIds ?? [] } = props;
  const { pick } = useLocale();
  return (
    <div className={className ? `chart-tooltip ${className}` : 'chart-tooltip'}>
      {title && <p className="chart-tooltip__title">{title}</p>}
      <p className="chart-tooltip__value">{value}</p>
      {lead}
      <dl>
        {rows.map(([label, text]) => (
          <div key={label} className="chart-tooltip__row">
            <dt>{label}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      {qualifiers && <QualifierBadges qualifiers={qualifiers} />}
      {note && <p className="chart-tooltip__note">{pick(note)}</p>}
      {extra}
      <SourceLine sourceIds={sourceIds} primaryOnly={primaryOnly} />
    </div>
  );
}
