import type { ReactNode } from 'react';
import { useLocale } from './use-locale.ts';

export interface LegendItem {
  id: string;
  label: string;
  color: string;
  shape: 'circle' | 'diamond' | 'triangle' | 'square' | 'line';
  /** How many figures the series has, shown beside its name. */
  count?: number;
}

interface LegendProps {
  items: readonly LegendItem[];
  hidden: ReadonlySet<string>;
  onToggle: (id: string) => void;
  /** Extra, non-toggle entries (e.g. what a dashed event line means). */
  children?: ReactNode;
}

/** A legend whose entries are real buttons: pressing one hides or shows its series. */
export function Legend({ items, hidden, onToggle, children }: LegendProps) {
  const { t } = useLocale();
  return (
    <ul className="legend">
      {items.map((item) => {
        const visible = !hidden.has(item.id);
        return (
          <li key={item.id}>
            <button
              type="button"
              className={`legend__item legend__button legend__item--${item.shape}`}
              aria-pressed={visible}
              title={visible ? t('legend.hide', { name: item.label }) : t('legend.show', { name: item.label })}
              onClick={() => onToggle(item.id)}
            >
              <span className="legend__swatch" style={{ background: item.color }} aria-hidden="true" />
              {item.label}
              {item.count !== undefined && ` (${item.count})`}
            </button>
          </li>
        );
      })}
      {children}
    </ul>
  );
}

interface LegendNoteProps {
  /** The class of the swatch that shows the mark this entry explains. */
  swatch: string;
  /** The entry's own class, beside `legend__item`. */
  className?: string;
  /** Text inside the swatch (a mark drawn as a letter), if any. */
  mark?: ReactNode;
  children: ReactNode;
}

/** An entry that explains a mark (a ring, a stripe, an event line) and hides nothing: it is not a button. */
export function LegendNote({ swatch, className, mark, children }: LegendNoteProps) {
  return (
    <li className={className ? `legend__item ${className}` : 'legend__item'}>
      <span className={swatch} aria-hidden="true">
        {mark}
      </span>
      {children}
    </li>
  );
}
