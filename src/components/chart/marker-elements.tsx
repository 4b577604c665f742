import { ReferenceLine } from 'recharts';
import { FTA_IN_FORCE, yearFraction, type AxisMilestone } from '@/domain/milestones.ts';
import { eventLineProps, PAGE_SCALE, type ChartScale } from './axes.ts';
import { PointMarker, type SeriesShape } from './markers.tsx';

/*
 * Markers and event lines as props and elements, not components, so that each chart's children stay Recharts' own
 * (Recharts reads its children's types).
 */

/** A Scatter's `shape`: the series' marker, hollow where the figure covers part of a year. */
export const markerShape =
  (style: { shape: SeriesShape; color: string }, size?: number, outline?: number) =>
  (props: { cx?: number; cy?: number; payload?: { partial?: boolean } }) => (
    <PointMarker
      cx={props.cx}
      cy={props.cy}
      shape={style.shape}
      color={style.color}
      hollow={props.payload?.partial}
      size={size}
      outline={outline}
    />
  );

/** The FTA's entry into force as a line across a year axis, when it falls inside the years shown. */
export function ftaLine(domain: [number, number], label: string) {
  const fta = yearFraction(FTA_IN_FORCE);
  return fta >= domain[0] && fta <= domain[1] ? <ReferenceLine x={fta} {...eventLineProps(label)} /> : null;
}

/**
 * Dated milestones as vertical lines marked A, B, C…; the FTA's drawn heavier, its long label above the plot and the
 * other marks just inside it, so that neighbours never collide. Elements, not a component: Recharts reads its
 * children's types.
 */
export function milestoneLines(
  milestones: readonly AxisMilestone[],
  fta: { id?: string; label: string },
  scale: ChartScale = PAGE_SCALE,
) {
  return milestones.map((m) => {
    const isFta = m.id === fta.id;
    return (
      <ReferenceLine
        key={m.id}
        x={m.x}
        stroke="var(--event-line)"
        strokeDasharray={isFta ? scale.ftaDash : '2 4'}
        strokeWidth={isFta ? scale.ftaStroke : 1.5}
        label={{
          value: isFta ? (scale.markLetters ? `${m.mark} · ${fta.label}` : fta.label) : m.mark,
          position: isFta ? 'top' : 'insideTop',
          fill: 'var(--text)',
          fontSize: scale.eventFont,
          fontWeight: 700,
        }}
        className={isFta ? 'fta-line' : 'milestone-line'}
      />
    );
  });
}
