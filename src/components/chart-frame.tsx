import type { ReactNode } from 'react';

interface ChartFrameProps {
  id: string;
  title: string;
  subtitle: string;
  /** The chart (or its table); the frame reserves `height` px for it so the page never shifts. */
  children: ReactNode;
  height: number;
  /** Notes and qualifiers shown under the chart. */
  notes?: ReactNode;
  /** Source line(s). */
  sources?: ReactNode;
  actions?: ReactNode;
}

/**
 * Every chart sits in one frame: title, subtitle (unit, years), the chart, notes, sources and actions —
 * the footer convention readers know from Our World in Data and Datawrapper.
 */
export function ChartFrame({ id, title, subtitle, children, height, notes, sources, actions }: ChartFrameProps) {
  return (
    <figure className="chart-frame" aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
      <header className="chart-frame__header">
        <div>
          <h3 id={`${id}-title`} className="chart-frame__title">
            {title}
          </h3>
          <p className="chart-frame__subtitle">{subtitle}</p>
        </div>
        {actions && <div className="chart-frame__actions">{actions}</div>}
      </header>
      <div className="chart-frame__body" style={{ minHeight: height }}>
        {children}
      </div>
      <figcaption className="chart-frame__footer">
        {notes}
        {sources}
      </figcaption>
    </figure>
  );
}
