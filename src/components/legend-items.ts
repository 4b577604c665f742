import type { LegendItem } from './legend.tsx';

/** One legend entry per key that has figures, coloured and shaped by the chart's own style table. */
export function legendItems<K extends string>(
  keys: readonly K[],
  style: Record<K, Pick<LegendItem, 'color' | 'shape'>>,
  label: (key: K) => string,
  count: (key: K) => number,
): LegendItem[] {
  return keys
    .map((id) => ({ id, label: label(id), color: style[id].color, shape: style[id].shape, count: count(id) }))
    .filter((item) => item.count > 0);
}
