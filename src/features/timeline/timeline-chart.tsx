import { ChartCanvas } from '@/components/chart/chart-canvas.tsx';
import { useChartWidth } from '@/components/chart/use-chart-width.ts';
import { createContext, memo, useContext, useMemo, useRef, type KeyboardEvent, type RefObject } from 'react';
import { pointTooltip } from '@/components/chart/point-tooltip.tsx';
import { ChartTooltip } from '@/components/chart/chart-tooltip.tsx';
import { CartesianGrid, ReferenceArea, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { GRID_AT_TICKS, yearAxisProps } from '@/components/chart/axes.ts';
import { useLocale } from '@/components/use-locale.ts';
import type { EventCategory, TimelineEvent } from '@/data/schema/timeline.ts';
import { neighbourEvent, type NavigationKey, type YearSpan } from '@/domain/timeline.ts';
import {
  MARKER_R,
  MILESTONE_R,
  TIMELINE_CHART_HEIGHT,
  TIMELINE_MARGIN,
  TIMELINE_X_AXIS_HEIGHT,
  timelineChartView,
  type TimelineDatum,
} from '@/domain/timeline-view.ts';
import { formatPartialDate } from '@/i18n/format.ts';
import { CATEGORY_STYLE, markerPath } from './category-style.ts';
import { SelectionContext } from './selection-context.ts';

interface TimelineChartProps {
  /** The events to draw (already filtered, zoomed and without hidden categories). */
  events: readonly TimelineEvent[];
  /** The lanes, top to bottom. */
  lanes: readonly EventCategory[];
  range: YearSpan;
}

const KEYS: Record<string, NavigationKey> = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'first',
  End: 'last',
};

interface MarkerProps {
  cx?: number;
  cy?: number;
  payload?: TimelineDatum;
}

/** What every marker of one chart needs to know: the placed events (for arrow keys), their labels, the chart node. */
interface ChartShared {
  placed: readonly TimelineDatum[];
  ids: ReadonlySet<string>;
  label: (event: TimelineEvent) => string;
  wrapper: RefObject<HTMLDivElement | null>;
}
const ChartContext = createContext<ChartShared | null>(null);

/**
 * One event: its category's shape and colour; a milestone is larger and ringed. The marker is a button: one marker
 * at a time is in the tab order (roving focus), the arrow keys move between events, focus or click shows details.
 */
function EventMarker({ cx, cy, payload }: MarkerProps) {
  const chart = useContext(ChartContext);
  const { selectedId, onSelect } = useContext(SelectionContext);
  if (cx === undefined || cy === undefined || !payload || !chart) return null;
  const { event } = payload;
  const style = CATEGORY_STYLE[event.category];
  const r = event.milestone ? MILESTONE_R : MARKER_R;
  const selected = event.id === selectedId;
  const tabbable = selectedId && chart.ids.has(selectedId) ? selected : event.id === chart.placed[0]?.id;
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    const key = KEYS[e.key];
    if (!key) {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onSelect(event.id);
      }
      return;
    }
    e.preventDefault();
    const next = neighbourEvent(chart.placed, event.id, key);
    onSelect(next);
    chart.wrapper.current?.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(next)}"]`)?.focus();
  };
  return (
    <g
      className={`timeline-marker${selected ? ' timeline-marker--selected' : ''}${event.milestone ? ' timeline-marker--milestone' : ''}`}
      data-event-id={event.id}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={chart.label(event)}
      aria-current={selected ? 'true' : undefined}
      onFocus={() => onSelect(event.id)}
      onClick={(e) => {
        // A click focuses the marker too, so the arrow keys carry on from it.
        e.currentTarget.focus();
        onSelect(event.id);
      }}
      onKeyDown={onKeyDown}
    >
      <circle className="timeline-marker__hit" cx={cx} cy={cy} r={r + 5} fill="transparent" />
      <circle className="timeline-marker__focus" cx={cx} cy={cy} r={r + 6} fill="none" strokeWidth={3} />
      {event.milestone && (
        <circle className="timeline-marker__ring" cx={cx} cy={cy} r={r + 3} fill="none" strokeWidth={2} />
      )}
      <path
        className="timeline-marker__shape"
        d={markerPath(style.shape, cx, cy, r)}
        fill={style.color}
        strokeWidth={1.25}
      />
    </g>
  );
}

/** A stable shape renderer: the markers read everything else from context. */
const renderMarker = (props: unknown) => <EventMarker {...(props as MarkerProps)} />;

/**
 * Every dated event on a time axis, one lane per category. Events too close to tell apart in one lane are nudged
 * above or below the lane's line (their dates never move). Hover shows a summary; focus or click shows the details.
 */
function TimelineChart({ events, lanes, range }: TimelineChartProps) {
  const { t, locale } = useLocale();
  const wrapper = useRef<HTMLDivElement>(null);
  const size = useChartWidth();
  const view = useMemo(
    () => timelineChartView(events, lanes, range, size.width, locale),
    [events, lanes, range, size.width, locale],
  );
  const { data } = view;
  const shared: ChartShared = useMemo(
    () => ({
      placed: data,
      ids: new Set(data.map((d) => d.id)),
      label: (event: TimelineEvent) =>
        t(event.milestone ? 'timeline.markerLabelMilestone' : 'timeline.markerLabel', {
          date: formatPartialDate(event.date, locale),
          category: t(`timeline.categories.${event.category}`),
          title: event.title[locale],
        }),
      wrapper,
    }),
    [data, t, locale, wrapper],
  );

  return (
    <ChartContext.Provider value={shared}>
      <div
        ref={wrapper}
        className="timeline-chart"
        role="group"
        aria-label={t('timeline.chartLabel', { n: data.length })}
      >
        <ChartCanvas height={TIMELINE_CHART_HEIGHT} size={size}>
          <ScatterChart margin={TIMELINE_MARGIN} accessibilityLayer={false}>
            {lanes.map((lane, i) =>
              i % 2 === 1 ? (
                <ReferenceArea
                  key={lane}
                  y1={i - 0.5}
                  y2={i + 0.5}
                  fill="var(--timeline-band)"
                  fillOpacity={1}
                  stroke="none"
                  ifOverflow="hidden"
                />
              ) : null,
            )}
            <CartesianGrid {...GRID_AT_TICKS} stroke="var(--grid)" horizontal={false} />
            <XAxis
              {...yearAxisProps(view.domain, view.ticks)}
              name={t('timeline.yearAxis')}
              interval="preserveStartEnd"
              minTickGap={8}
              height={TIMELINE_X_AXIS_HEIGHT}
              tick={{ fill: 'var(--text-muted)', fontSize: view.tickFont }}
            />
            <YAxis
              type="number"
              dataKey="y"
              domain={view.laneDomain}
              ticks={view.laneTicks}
              tickFormatter={(i: number) => {
                const lane = lanes[i];
                return lane ? t(`timeline.categories.${lane}`) : '';
              }}
              reversed
              interval={0}
              width={view.yAxisWidth}
              stroke="var(--axis)"
              tickLine={false}
              tick={{ fill: 'var(--text)', fontSize: view.tickFont, fontWeight: 600 }}
              allowDataOverflow
            />
            {pointTooltip((datum: TimelineDatum) => (
              <EventTooltip datum={datum} />
            ))}
            <Scatter data={data} shape={renderMarker} isAnimationActive={false} className="timeline-events" />
          </ScatterChart>
        </ChartCanvas>
      </div>
    </ChartContext.Provider>
  );
}

/** The event's date and category (and whether it is a milestone) over its title; details show on focus or click. */
function EventTooltip({ datum }: { datum: TimelineDatum }) {
  const { t, locale, pick } = useLocale();
  const { event } = datum;
  const when = (
    <>
      {formatPartialDate(event.date, locale)} · {t(`timeline.categories.${event.category}`)}
      {event.milestone && ` · ${t('timeline.milestone')}`}
    </>
  );
  return <ChartTooltip className="timeline-tooltip" when={when} title={pick(event.title)} />;
}

export default memo(TimelineChart);
