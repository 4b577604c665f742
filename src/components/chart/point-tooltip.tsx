import type { ReactNode } from 'react';
import { Tooltip, type TooltipProps } from 'recharts';

/**
 * A chart's Recharts tooltip: `render` draws the hovered point (the datum the chart was given), only while one is
 * hovered. An element, not a component: Recharts reads its children's types.
 */
export function pointTooltip<P>(
  render: (point: P) => ReactNode,
  cursor: TooltipProps<number, string>['cursor'] = false,
) {
  return (
    <Tooltip
      content={({ active, payload }) => {
        const point = payload?.[0]?.payload as P | undefined;
        return active && point ? render(point) : null;
      }}
      cursor={cursor}
      isAnimationActive={false}
    />
  );
}
