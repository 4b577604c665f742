import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { headlinesQuery, timelineQuery } from '@/data/queries.ts';
import type { HeadlinesFile } from '@/data/schema/headlines.ts';
import type { TimelineEvent, TimelineFile } from '@/data/schema/timeline.ts';
import { matchesSectors, sectorsCarried, viewByScope, type ViewFilter } from '@/domain/filters.ts';
import { defenseHighlights, filterEvents } from '@/domain/timeline.ts';

// Remembered per filter scope: a chip that no event carries changes nothing here.
const selectTimeline = viewByScope(
  (file: TimelineFile, filter: ViewFilter) => ({
    all: file.events,
    sectorMatches: file.events.filter((e) => matchesSectors(e.sectors, filter.sectors)).length,
    events: filterEvents(file.events, filter),
  }),
  (file) => sectorsCarried(file.events),
);

/** The timeline section's data: every event, how many match the sectors, and those the filter keeps. */
export function useTimelineView(filter: ViewFilter) {
  const select = useCallback((file: TimelineFile) => selectTimeline(file, filter), [filter]);
  return useQuery({ ...timelineQuery(), select });
}

/** The defense programmes among the events, each with the count the headline figures state for it. */
export function useDefenseHighlights(events: readonly TimelineEvent[], filter: ViewFilter) {
  const select = useCallback(
    (file: HeadlinesFile) => defenseHighlights(events, file.figures, filter),
    [events, filter],
  );
  return useQuery({ ...headlinesQuery(), select });
}
