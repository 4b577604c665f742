import type { ReactNode } from 'react';
import { FrameHeading } from '@/components/frame-heading.tsx';
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
      <FrameHeading block="method-card" titleId={`${id}-title`} title={title} subtitle={subtitle}>
        <CsvButton id={id} label={csvLabel} csv={csv} />
      </FrameHeading>
      {children}
    </section>
  );
}
