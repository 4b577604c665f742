import { lazyChart } from '@/components/chart/lazy-chart.tsx';
import { SourcesFold } from '@/components/sources-fold.tsx';
import { useMemo, useState } from 'react';
import { ChartFrame } from '@/components/chart-frame.tsx';
import { ChartSlot } from '@/components/chart/chart-slot.tsx';
import { Legend, LegendNote, type LegendItem } from '@/components/legend.tsx';
import { QuerySection } from '@/components/query-section.tsx';
import { figureCells } from '@/components/qualifier-labels.ts';
import { useHiddenSeries } from '@/components/use-hidden-series.ts';
import { useLocale } from '@/components/use-locale.ts';
import { sourceCells, useSourceLookup } from '@/components/use-source-lookup.ts';
import type { TimelineEvent } from '@/data/schema/timeline.ts';
import {
  categoriesWithEvents,
  countByCategory,
  eventsInSpan,
  zoomRange,
  ZOOM_PRESETS,
  type ZoomId,
} from '@/domain/timeline.ts';
import { TIMELINE_CHART_HEIGHT } from '@/domain/timeline-view.ts';
import { useViewFilter } from '@/state/view-params.ts';
import { CATEGORY_STYLE } from './category-style.ts';
import { DefenseHighlights } from './defense-highlights.tsx';
import { EventDetails } from './event-details.tsx';
import { SelectionContext } from './selection-context.ts';
import { yearsText } from './timeline-format.ts';
import { TimelineTable } from './timeline-table.tsx';
import { useTimelineView } from './use-timeline-view.ts';
import './timeline.css';
import { csvHeader } from '@/components/csv-header.ts';

/** Recharts arrives on demand, after the first paint. */
const TimelineChart = lazyChart(() => import('./timeline-chart.tsx'));
const ZOOM_BAR_HEIGHT = 52;

/** Every dated event 1922–2026 by category, with a list view, event details and the defense highlights. */
export function TimelineSection() {
  const [filter] = useViewFilter();
  const query = useTimelineView(filter);
  return (
    <QuerySection
      area="timeline"
      query={query}
      height={TIMELINE_CHART_HEIGHT + ZOOM_BAR_HEIGHT + 160}
      isEmpty={(view) => view.events.length === 0}
    >
      {({ all, events }) => (
        <div className="timeline__frames">
          <EventsFrame events={events} />
          <DefenseHighlights events={all} filter={filter} />
        </div>
      )}
    </QuerySection>
  );
}

function EventsFrame({ events }: { events: TimelineEvent[] }) {
  const { t, locale, pick } = useLocale();
  const sources = useSourceLookup();
  const [filter] = useViewFilter();
  // On a phone a century of events is too tight to read, so the timeline opens on 2000–2026; "All years" is one tap away.
  const [zoom, setZoom] = useState<ZoomId>(() =>
    typeof window !== 'undefined' && window.matchMedia?.('(max-width: 599px)').matches ? 'since2000' : 'all',
  );
  const [hidden, toggle] = useHiddenSeries();
  const [selectedId, setSelectedId] = useState<string>();

  // A preset outside the filter's years falls back to all years (the filter's own range).
  const activeZoom = zoomRange(zoom, filter) ? zoom : 'all';
  // Memoized so that selecting an event re-renders the markers in place (keeping keyboard focus on them).
  const view = useMemo(() => {
    const range = zoomRange(activeZoom, filter) ?? { from: filter.from, to: filter.to };
    const allLanes = categoriesWithEvents(events);
    const inRange = eventsInSpan(events, range);
    return {
      range,
      allLanes,
      lanes: allLanes.filter((c) => !hidden.has(c)),
      shown: inRange.filter((e) => !hidden.has(e.category)),
      counts: countByCategory(inRange),
    };
  }, [activeZoom, filter, events, hidden]);
  const { range, allLanes, lanes, shown, counts } = view;
  const selected = shown.find((e) => e.id === selectedId);
  const selection = useMemo(() => ({ selectedId: selected?.id, onSelect: setSelectedId }), [selected]);
  const title = t('timeline.chartTitle');
  const sourceIds = [...new Set(shown.flatMap((e) => e.sourceIds))];

  const items: LegendItem[] = allLanes.map((c) => ({
    id: c,
    label: t(`timeline.categories.${c}`),
    color: CATEGORY_STYLE[c].color,
    shape: CATEGORY_STYLE[c].shape,
    count: counts.get(c) ?? 0,
  }));

  const zoomBar = (
    <div className="timeline-zoom" role="group" aria-labelledby="timeline-zoom-label">
      <span id="timeline-zoom-label" className="timeline-zoom__label">
        {t('timeline.zoomLabel')}
      </span>
      {ZOOM_PRESETS.map((preset) => {
        const available = zoomRange(preset.id, filter) !== undefined;
        return (
          <button
            key={preset.id}
            type="button"
            className="button button--small"
            aria-pressed={activeZoom === preset.id}
            disabled={!available}
            title={available ? undefined : t('timeline.zoomUnavailable')}
            onClick={() => setZoom(preset.id)}
          >
            {t(`timeline.zoom.${preset.id}`)}
          </button>
        );
      })}
    </div>
  );

  let body;
  if (lanes.length === 0) body = <p className="timeline-message">{t('timeline.hiddenAll')}</p>;
  else if (shown.length === 0) body = <p className="timeline-message">{t('timeline.noEventsInZoom')}</p>;
  else
    body = (
      <div className="timeline-layout">
        <div className="timeline-layout__chart">
          <ChartSlot
            description={t('timeline.description', {
              n: shown.length,
              from: range.from,
              to: range.to,
              lanes: lanes.length,
            })}
            what={title}
            height={TIMELINE_CHART_HEIGHT}
          >
            <SelectionContext.Provider value={selection}>
              <TimelineChart events={shown} lanes={lanes} range={range} />
            </SelectionContext.Provider>
          </ChartSlot>
        </div>
        <EventDetails event={selected} />
      </div>
    );

  return (
    <ChartFrame
      id="timeline-events"
      title={title}
      subtitle={
        shown.length === 1
          ? t('timeline.subtitleOne', { years: yearsText(range.from, range.to, locale) })
          : t('timeline.subtitle', { n: shown.length, years: yearsText(range.from, range.to, locale) })
      }
      height={TIMELINE_CHART_HEIGHT + ZOOM_BAR_HEIGHT}
      chart={
        <>
          {zoomBar}
          {body}
        </>
      }
      table={
        <>
          {zoomBar}
          <TimelineTable caption={title} events={shown} />
        </>
      }
      csv={() => ({
        header: csvHeader(t, [
          'table.date',
          'timeline.table.category',
          'timeline.table.title',
          'timeline.table.description',
          'timeline.table.milestone',
          'table.qualifiers',
          'timeline.table.conflict',
          'table.note',
        ]),
        rows: shown.map((e) => [
          e.date,
          t(`timeline.categories.${e.category}`),
          pick(e.title),
          pick(e.description),
          e.milestone ? t('timeline.table.yes') : t('timeline.table.no'),
          ...figureCells(e, t, locale, pick),
          ...sourceCells(sources, e.sourceIds),
        ]),
      })}
      notes={
        <>
          <Legend items={items} hidden={hidden} onToggle={toggle}>
            <LegendNote className="timeline-legend__milestone" swatch="timeline-legend__ring">
              {t('timeline.milestoneLegend')}
            </LegendNote>
          </Legend>
          <p className="chart-note">{t('timeline.keyboardHint')}</p>
          <p className="chart-note">{t('timeline.precisionNote')}</p>
        </>
      }
      sources={<SourcesFold sourceIds={sourceIds} />}
    />
  );
}
