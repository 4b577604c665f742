import { useQuery } from '@tanstack/react-query';
import { useLocale } from '@/components/use-locale.ts';
import { timelineQuery } from '@/data/queries.ts';
import type { TimelineEvent } from '@/data/schema/timeline.ts';
import { EVENT_CATEGORIES } from '@/data/vocabulary.ts';
import { placeLeaderLabels, stackLabelRows } from '@/domain/deck-timeline.ts';
import { milestoneEvents } from '@/domain/deck-highlights.ts';
import { estimateTextWidth } from '@/domain/investment-labels.ts';
import { datePosition, yearOf } from '@/domain/timeline.ts';
import { SlideFrame } from './slide-frame.tsx';
import { useStage } from './stage-height.ts';

/** The figure's width in design px: the slide's body, 1760 wide on a wide stage, the stage less 80 on a portrait one. */
const WIDTH = 1760;
const PORTRAIT_MARGINS = 80;
/** On a portrait stage, the design px the title, sources and margins take from the stage's height. */
const PORTRAIT_CHROME = 540;
const LANE_LABEL = 250;
const LABEL_ROW = 44;
/** A lane's height on a 16:9 stage; a taller stage (a 4:3 projector) gives most of its extra height to the lanes. */
const LANE = 36;
const EXTRA_TO_LANES = 0.8;
const AXIS = 52;
const FONT = 28;

const select = (f: { events: TimelineEvent[] }) => f.events;

/**
 * The relationship's events in lanes, one per category, across the years: every event a dot, the milestones large
 * rings with their names above, so a room sees where the relationship thickened.
 */
export function TimelineSlide() {
  const { t, pick } = useLocale();
  const events = useQuery({ ...timelineQuery(), select }).data ?? [];
  const stage = useStage();
  const milestones = milestoneEvents(events);
  if (events.length === 0) return null;
  // The same lanes on a phone held upright, drawn at its width so that names stay 28 px; the names stack in more rows.
  const portrait = stage.orientation === 'portrait';
  const width = portrait ? stage.width - PORTRAIT_MARGINS : WIDTH;
  const plot = { left: LANE_LABEL + 24, right: width - 24 };
  const lanes = EVENT_CATEGORIES.filter((c) => events.some((e) => e.category === c));
  const from = Math.floor(Math.min(...events.map((e) => yearOf(e.date))) / 10) * 10;
  const to = Math.max(...events.map((e) => yearOf(e.date))) + 1;
  const x = (date: string) => plot.left + ((datePosition(date) - from) / (to - from)) * (plot.right - plot.left);
  const label = (e: TimelineEvent) => `${yearOf(e.date)} · ${pick(e.title)}`;
  const spans = milestones.map((e) => ({ id: e.id, x: x(e.date), width: estimateTextWidth(label(e), FONT) }));
  // Upright, the names are too long to sit beside their markers: each gets its own row from the left edge, and the
  // leaders start under the list. Wide, they step down from the right so that no leader crosses a name.
  const { placed, rows } = portrait ? stackLabelRows(spans, 0) : placeLeaderLabels(spans, 0, width);
  const lanesTop = rows * LABEL_ROW + 24;
  const room = portrait ? stage.height - PORTRAIT_CHROME - lanesTop - AXIS - lanes.length * LANE : stage.height - 1080;
  const lane = LANE + (Math.max(0, room) * EXTRA_TO_LANES) / Math.max(1, lanes.length);
  const laneY = (category: string) => lanesTop + (lanes.indexOf(category as never) + 0.5) * lane;
  const height = lanesTop + lanes.length * lane + AXIS;
  const ticks: number[] = [];
  for (let y = from; y <= to; y += portrait ? 20 : 10) ticks.push(y);
  return (
    <SlideFrame title={t('present.timelineTitle')} sourceIds={milestones.flatMap((e) => e.sourceIds)}>
      <div className="slide__figure timeline-figure" data-figure="lanes">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width="100%"
          height="100%"
          role="img"
          aria-label={t('present.timelineFigure', {
            n: events.length,
            milestones: milestones.length,
            from,
            to: to - 1,
          })}
          fontSize={FONT}
        >
          {lanes.map((c) => (
            <g key={c}>
              <line x1={plot.left} x2={plot.right} y1={laneY(c)} y2={laneY(c)} stroke="var(--grid)" strokeWidth={2} />
              <text x={LANE_LABEL} y={laneY(c)} textAnchor="end" dominantBaseline="central" fill="var(--text)">
                {t(`timeline.categories.${c}`)}
              </text>
            </g>
          ))}
          {ticks.map((y) => (
            <text
              key={y}
              x={plot.left + ((y - from) / (to - from)) * (plot.right - plot.left)}
              y={height - 12}
              textAnchor="middle"
              fill="var(--text)"
            >
              {y}
            </text>
          ))}
          {events.map((e) => (
            <circle key={e.id} cx={x(e.date)} cy={laneY(e.category)} r={8} fill="var(--series-korea)" opacity={0.8} />
          ))}
          {placed.map((p) => {
            const e = milestones.find((m) => m.id === p.id)!;
            return (
              <g key={p.id}>
                <line
                  className="timeline-figure__leader"
                  x1={x(e.date)}
                  x2={x(e.date)}
                  // Upright, the names form a list above the lanes: the lines start under it, never across a name.
                  y1={portrait ? rows * LABEL_ROW + 4 : p.row * LABEL_ROW + LABEL_ROW - 4}
                  y2={laneY(e.category) - 16}
                  stroke="var(--text-muted)"
                  strokeWidth={2}
                />
                <circle
                  cx={x(e.date)}
                  cy={laneY(e.category)}
                  r={15}
                  fill="none"
                  stroke="var(--accent-2)"
                  strokeWidth={5}
                />
              </g>
            );
          })}
          {/* The names last, with a halo of the background: no leader crosses a name (deck-timeline.ts), and one passing close keeps off its letters. */}
          {placed.map((p) => {
            const e = milestones.find((m) => m.id === p.id)!;
            return (
              <text
                key={p.id}
                className="timeline-figure__name"
                x={p.anchor === 'end' ? p.right : p.left}
                y={p.row * LABEL_ROW + LABEL_ROW - 12}
                textAnchor={p.anchor}
                fontWeight={700}
                fill="var(--text)"
              >
                {label(e)}
              </text>
            );
          })}
        </svg>
      </div>
    </SlideFrame>
  );
}
