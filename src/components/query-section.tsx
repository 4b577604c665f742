import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { EmptyState } from './empty-state.tsx';
import { QueryState } from './query-state.tsx';
import { SectionPanel } from './section-panel.tsx';
import { useLocale } from './use-locale.ts';

interface QuerySectionProps<View extends { sectorMatches: number }> {
  /**
   * The section's area: its anchor is `${area}-section`, its class `area`, its intro line's `${area}__intro`; its
   * title and intro are the messages `${area}.title` and `${area}.intro`.
   */
  area: 'exchange' | 'timeline';
  /** The section's view query; the section is hidden while none of its records is in the chosen sectors. */
  query: UseQueryResult<View>;
  /** The height held while the data loads. */
  height: number;
  /** Whether the years chosen leave nothing to draw (the empty state is shown instead). */
  isEmpty: (view: View) => boolean;
  children: (view: View) => ReactNode;
}

/** A section drawn from one view query: its panel, loading and error states, and the empty state. */
export function QuerySection<View extends { sectorMatches: number }>({
  area,
  query,
  height,
  isEmpty,
  children,
}: QuerySectionProps<View>) {
  const { t } = useLocale();
  const title = t(`${area}.title`);
  return (
    <SectionPanel
      shown={!query.data || query.data.sectorMatches > 0}
      id={`${area}-section`}
      className={area}
      title={title}
      intro={{ text: t(`${area}.intro`), className: `${area}__intro` }}
    >
      <QueryState queries={[query]} what={title} height={height}>
        {() => (isEmpty(query.data!) ? <EmptyState /> : children(query.data!))}
      </QueryState>
    </SectionPanel>
  );
}
