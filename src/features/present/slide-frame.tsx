import type { ReactNode } from 'react';
import { SourceLine } from '@/components/source-line.tsx';

interface SlideFrameProps {
  title: string;
  kicker?: string;
  children: ReactNode;
  /** The slide's sources, primary first; every slide keeps its source line. */
  sourceIds?: readonly string[];
}

/** One story on one screen: a title, the figures, and the sources at the foot. */
export function SlideFrame({ title, kicker, children, sourceIds }: SlideFrameProps) {
  return (
    <div className="slide__inner">
      <header className="slide__header">
        {kicker && <p className="slide__kicker">{kicker}</p>}
        <h2 className="slide__title">{title}</h2>
      </header>
      <div className="slide__body">{children}</div>
      {sourceIds && sourceIds.length > 0 && (
        <footer className="slide__sources">
          <SourceLine sourceIds={[...new Set(sourceIds)].slice(0, 3)} />
        </footer>
      )}
    </div>
  );
}

/**
 * A headline number, 96 design px, and its words. Inside a `.big-number-grid` the numbers form one column and the
 * words another, so that a long amount ("US$ 3.63 mil millones") keeps its line and the words wrap beside it.
 */
export function BigNumber({ value, label, note }: { value: string; label: string; note?: string }) {
  return (
    <div className="big-number">
      <p className="big-number__value">{value}</p>
      <div className="big-number__words">
        <p className="big-number__label">{label}</p>
        {note && <p className="big-number__note">{note}</p>}
      </div>
    </div>
  );
}

/** A chart slide's key: one swatch in its series' colour and marker shape, and the series' name. */
export function SlideLegend({
  items,
}: {
  items: readonly { key: string; label: string; style: { color: string; shape: string } }[];
}) {
  return (
    <ul className="slide-legend">
      {items.map(({ key, label, style }) => (
        <li key={key} className={`legend__item--${style.shape}`}>
          <span className="legend__swatch" style={{ background: style.color }} aria-hidden="true" />
          {label}
        </li>
      ))}
    </ul>
  );
}
