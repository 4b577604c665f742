import { lazyChart } from '@/components/chart/lazy-chart.tsx';
import { Suspense, useMemo } from 'react';
import type { AidProject } from '@/data/schema/aid.ts';
import type { RegionCode } from '@/data/regions.ts';
import { SECTORS } from '@/data/vocabulary.ts';
import { regionsPictureView } from '@/domain/aid-regions.ts';
import { YEAR_BOUNDS, type ViewFilter } from '@/domain/filters.ts';
import { loadPeruMap } from './load-peru-map.ts';
import { useMapText } from './use-map-text.ts';

const PeruMap = lazyChart(loadPeruMap);
const ALL: ViewFilter = { sectors: [], from: YEAR_BOUNDS.min, to: YEAR_BOUNDS.max };

/**
 * The aid map as a picture, for a slide: counts per region (the same classes and inset as the aid section's map),
 * the nation-wide projects named apart, no focus stops. Prefetch `loadPeruMap` (./load-peru-map.ts) and
 * `peruGeometryQuery` (./peru-geometry.ts) before the talk so that the slide never waits.
 */
export function AidRegionsPicture({
  projects,
  filter = ALL,
}: {
  projects: readonly AidProject[];
  filter?: ViewFilter;
}) {
  const tm = useMapText();
  const { counts, classes, nationalCount } = useMemo(
    () => regionsPictureView(projects, filter, SECTORS),
    [projects, filter],
  );
  const label = (code: RegionCode) =>
    tm('regionLabel', { region: tm(`regions.${code}`), count: counts.get(code) ?? 0 });
  const summary = [...counts].map(([code]) => label(code)).join('; ');
  return (
    <figure className="aid-regions-picture">
      <Suspense fallback={null}>
        <PeruMap label={`${tm('title')}: ${summary}`} classes={classes} counts={counts} regionLabel={label} />
      </Suspense>
      <figcaption>
        {tm('inset')}. {tm('nationalCount', { count: nationalCount })}
      </figcaption>
    </figure>
  );
}
