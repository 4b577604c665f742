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

/** Several records in one tooltip (a grid cell's figures, a group's projects), one list item each. */
export interface TooltipRecords {
  items: readonly { key: string; content: ReactNode }[];
  /** The list's name for a screen reader, when the tooltip's value does not say it. */
  label?: string;
  /** The chart's own list style (bullets or none, spacing). */
  className?: string;
  /** A note after the list: e.g. how many more the table lists. */
  more?: string;
}

interface ChartTooltipProps {
  /** The figure, formatted with its unit and qualifier words; absent for a record with no number (an event). */
  value?: ReactNode;
  /** When, and what kind of record (an event's date and category): a muted line above the title. */
  when?: ReactNode;
  /** What the figure is (product, fact, event), when the chart does not say it already. */
  title?: string;
  /** Lines between the value and the rows (a badge, what was measured, a count). */
  lead?: ReactNode;
  /** Label and text: the year or period, the side that reported it, who stated it… */
  rows?: readonly (readonly [string, ReactNode])[];
  records?: TooltipRecords;
  /** The published figure the tooltip is about: its qualifiers, note and sources, unless given one by one. */
  figure?: TooltipFigure;
  qualifiers?: Qualifiers;
  note?: LocalizedText;
  /** Further notes after the record's own (e.g. "the same figure from 2 sources"). */
  extra?: ReactNode;
  /** Without a `figure` or `sourceIds` there is no source line (a chart whose records carry their own, or none). */
  sourceIds?: readonly string[];
  /** Show only each source's first (primary) reference. */
  primaryOnly?: boolean;
  className?: string;
}

/**
 * The one chart tooltip: a figure's value, what and when, its side, its qualifiers and note, its sources; or several
 * records listed; or an event's date and title. Every chart's tooltip is this, with its own rows.
 */
export function ChartTooltip(props: ChartTooltipProps) {
  const { value, when, title, lead, rows, records, figure, extra, primaryOnly = false, className } = props;
  const { qualifiers = figure?.qualifiers, note = figure?.note, sourceIds = figure?.sourceIds } = props;
  const { pick } = useLocale();
  return (
    <div className={className ? `chart-tooltip ${className}` : 'chart-tooltip'}>
      {when && <p className="chart-tooltip__when">{when}</p>}
      {title && <p className="chart-tooltip__title">{title}</p>}
      {value && <p className="chart-tooltip__value">{value}</p>}
      {lead}
      {rows && (
        <dl>
          {rows.map(([label, text]) => (
            <div key={label} className="chart-tooltip__row">
              <dt>{label}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      )}
      {records && (
        <>
          <ul className={records.className} aria-label={records.label}>
            {records.items.map((item) => (
              <li key={item.key}>{item.content}</li>
            ))}
          </ul>
          {records.more && <p className="chart-tooltip__note">{records.more}</p>}
        </>
      )}
      {qualifiers && <QualifierBadges qualifiers={qualifiers} />}
      {note && <p className="chart-tooltip__note">{pick(note)}</p>}
      {extra}
      {sourceIds && <SourceLine sourceIds={sourceIds} primaryOnly={primaryOnly} />}
    </div>
  );
}
