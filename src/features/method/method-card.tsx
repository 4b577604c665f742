import type { ReactNode } from 'react';
import type { CsvExport } from '@/components/chart-frame.tsx';
import { CsvButton } from './csv-button.tsx';

/** One card of the method section: a heading with its summary line and a CSV download, then the card's content. */
export function MethodCard({
  id,
  title,
  subtitle,
  csvLabel,
  csv,
  children,
}: {
  /** The card's test id and CSV file name; the heading's id is `${id}-title`. */
  id: string;
  title: string;
  subtitle: string;
  csvLabel: string;
  csv: () => CsvExport;
  children: ReactNode;
}) {
  return (
    <section className="method-card" aria-labelledby={`${id}-title`} data-testid={id}>
      <div className="method-card__header">
        <div>
          <h3 id={`${id}-title`} className="method-card__title">
            {title}
          </h3>
          <p className="method-card__subtitle">{subtitle}</p>
        </div>
        <CsvButton id={id} label={csvLabel} csv={csv} />
      </div>
      {children}
    </section>
  );
}
