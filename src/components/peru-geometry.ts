import { queryOptions } from '@tanstack/react-query';
import type { GeometryCollection, Topology } from 'topojson-specification';
import geometryUrl from '@/assets/geo/peru-regions.topo.json?url';
import type { RegionCode } from '@/data/regions.ts';

/** Peru's regions, projected into a `size` drawing box at build time (scripts/build-map-geometry.mjs). */
export type PeruTopology = Topology<{ regions: GeometryCollection<{ code: RegionCode; name: string }> }> & {
  size: [number, number];
};

/**
 * The boundary file, fetched once when a map is first drawn (never on the first route). A presentation can
 * prefetch it (`queryClient.prefetchQuery(peruGeometryQuery())`) so that its map slide never waits.
 */
export const peruGeometryQuery = () =>
  queryOptions({
    queryKey: ['geo', 'peru-regions'] as const,
    queryFn: async ({ signal }) => {
      const response = await fetch(geometryUrl, { signal });
      if (!response.ok) throw new Error(`${geometryUrl}: HTTP ${response.status}`);
      return (await response.json()) as PeruTopology;
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  });
