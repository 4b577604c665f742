import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { EmptyState } from './empty-state.tsx';
import { QueryState } from './query-state.tsx';
import { SectionPanel } from './section-panel.tsx';

interface QuerySectionProps<View> {
  /** The section's area: its anchor is `${area}-section`, its class `area`, its intro line's `${area}__intro`. */
  area: string;
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
  area,
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
      id={`${area}-section`}
      className={area}
      title={title}
      intro={{ text: intro, className: `${area}__intro` }}
    >
      <QueryState queries={[query]} what={title} height={height}>
        {() => (isEmpty(query.data!) ? <EmptyState /> : children(query.data!))}
      </QueryState>
    </SectionPanel>
  );
}
