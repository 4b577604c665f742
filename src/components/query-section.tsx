import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { EmptyState } from './empty-state.tsx';
import { QueryState } from './query-state.tsx';
import { SectionPanel } from './section-panel.tsx';

interface QuerySectionProps<View> {
  /** The section's anchor; its class is `className`, its intro line `${className}__intro`. */
  id: string;
  className: string;
  title: string;
  intro: string;
  /** The section's view query; the section is hidden while its data leaves the chosen sectors out (`inSectors`). */
  query: UseQueryResult<View>;
  inSectors: (view: View) => boolean;
  /** The height held while the data loads. */
  height: number;
  /** Whether the years chosen leave nothing to draw (the empty state is shown instead). */
  isEmpty: (view: View) => boolean;
  children: (view: View) => ReactNode;
}

/** A section drawn from one view query: its panel, loading and error states, and the empty state. */
export function QuerySection<View>({
  id,
  className,
  title,
  intro,
  query,
  inSectors,
  height,
  isEmpty,
  children,
}: QuerySectionProps<View>) {
  return (
    <SectionPanel
      shown={!query.data || inSectors(query.data)}
      id={id}
      className={className}
      title={title}
      intro={{ text: intro, className: `${className}__intro` }}
    >
      <QueryState queries={[query]} what={title} height={height}>
        {() => (isEmpty(query.data!) ? <EmptyState /> : children(query.data!))}
      </QueryState>
    </SectionPanel>
  );
}
